"""Start-up and scale figures for albres, printed in one run (no assertions).

    python benchmarks/bench.py [--runs 10] [--sizes 10000,100000] [--skip-scale]

1. Start-up: the median wall time of whole albres processes (one warm-up, then --runs runs),
   as a ratio to `python -c pass` measured in the same run, on the bundled fact base.
2. Scale: synthetic fact bases of each size (benchmarks/synth.py) in a temporary folder: the
   one-off build of the index (its time and peak memory), then `who "Abaz Kuppi" --json`
   served from it, as a ratio to the same command on the bundled fact base, with peak memory.

The albres command is the console script beside this interpreter (an installed albres), else
`python -m albres`. Indexes go to a temporary cache directory, not yours.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
STARTUP = [
    ("who 'Abaz Kupi' --json", ["who", "Abaz Kupi", "--json"], 4.5),
    ("who 'Abaz Kuppi' --json (typo)", ["who", "Abaz Kuppi", "--json"], 5.5),
    ("who 'Abaz Kupi' (table)", ["who", "Abaz Kupi"], 8.0),
    ("events --year 1943 (table)", ["events", "--year", "1943"], 8.0),
]
TYPO = ["who", "Abaz Kuppi", "--json"]
SCALE_TARGETS = {10_000: 1.5, 100_000: 3.0}
MEMORY_TARGET_MB = 150


def albres_command() -> list[str]:
    script = Path(sys.executable).with_name("albres")
    return [str(script)] if script.exists() else [sys.executable, "-m", "albres"]


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of one process."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, _, usage = os.wait4(process.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def medians(commands: list[list[str]], runs: int, env: dict[str, str]) -> list[tuple[float, float]]:
    """For each command: median wall seconds and largest peak memory (MB). The commands take
    turns, round after round, so that a slow spell of the machine falls on all of them."""
    samples: list[list[tuple[float, float]]] = [[] for _ in commands]
    for round_number in range(runs + 1):
        for argv, taken in zip(commands, samples, strict=True):
            sample = run_once(argv, env)
            if round_number:  # the first round warms up
                taken.append(sample)
    return [(statistics.median(s for s, _ in taken), max(m for _, m in taken)) for taken in samples]


def verdict(value: float, target: float) -> str:
    return f"target {target}x: {'ok' if value <= target else 'OVER'}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--sizes", default="10000,100000", help="synthetic fact base sizes, comma-separated")
    parser.add_argument("--skip-scale", action="store_true")
    args = parser.parse_args()
    albres = albres_command()
    with tempfile.TemporaryDirectory(prefix="albres-bench-") as scratch:
        env = {**os.environ, "COLUMNS": "80", "ALBRES_CACHE_DIR": os.path.join(scratch, "cache")}
        env.pop("ALBRES_DATA", None)
        python = platform.python_version()
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {python}, {platform.system()}")
        print(f"albres: {' '.join(albres)}; median of {args.runs} runs after a warm-up\n")
        commands = [[sys.executable, "-c", "pass"], *([*albres, *argv] for _, argv, _ in STARTUP)]
        (baseline, _), *figures = medians(commands, args.runs, env)
        print(f"{'python -c pass':40} {baseline * 1000:7.1f} ms  1.00x")
        bundled_typo = 0.0
        for (label, argv, target), (seconds, memory) in zip(STARTUP, figures, strict=True):
            ratio = seconds / baseline
            figures = f"{seconds * 1000:7.1f} ms {ratio:5.2f}x  {memory:5.1f} MB"
            print(f"{label:40} {figures}  ({verdict(ratio, target)})")
            if argv == TYPO:
                bundled_typo = seconds
        if args.skip_scale:
            return
        print()
        for size in (int(s) for s in args.sizes.split(",")):
            folder = os.path.join(scratch, f"synth-{size}")
            subprocess.run(
                [sys.executable, str(HERE / "synth.py"), str(size), folder],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            argv = [*albres, "--data", folder, *TYPO]
            build, build_memory = run_once(argv, env)
            [(seconds, memory)] = medians([argv], args.runs, env)
            ratio = seconds / bundled_typo
            target = SCALE_TARGETS.get(size)
            judged = f"  ({verdict(ratio, target)})" if target else ""
            memory_ok = "ok" if memory < MEMORY_TARGET_MB else "OVER"
            print(f"{size:>7,} entities: index built once in {build:5.2f} s (peak {build_memory:5.0f} MB)")
            print(
                f"{'':17}who 'Abaz Kuppi' --json {seconds * 1000:6.1f} ms = {ratio:4.2f}x bundled{judged},"
                f" peak {memory:5.1f} MB (target < {MEMORY_TARGET_MB} MB: {memory_ok})"
            )


if __name__ == "__main__":
    main()
