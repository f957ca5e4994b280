"""Start-up and scale figures for albres, printed in one run (no assertions, no thresholds).

    python benchmarks/bench.py [--runs 20] [--sizes 10000,100000,1000000] [--skip-scale]

1. Start-up. Every call pays it, so each command is measured against its floor: a process that
   only imports what the command cannot do without (click, sqlite3 and json; and rich.console
   for a table: its Console, Text and Segment draw the tables). Medians of --runs interleaved
   runs, after a warm-up round.
2. Scale. Synthetic fact bases of each size (benchmarks/synth.py, one entity a line) in a
   temporary folder: the one-off index build (entities a second, peak memory), the index's
   size over the JSON's (whole, and without its full text), and warm look-ups (an exact name,
   a typo, a search) as a ratio to the same look-up on the bundled fact base, with their peak memory.

The albres command is the console script beside this interpreter (an installed albres), else
`python -m albres`; its modules are compiled first, as an install compiles them. Indexes go to
a temporary cache directory, not yours.
"""

from __future__ import annotations

import argparse
import compileall
import glob
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
FLOOR = "import click, sqlite3, json"
TABLE_FLOOR = FLOOR + "; import rich.console"
STARTUP = [  # (label, arguments, the floor it is measured against)
    ("who 'Abaz Kupi' --json", ["who", "Abaz Kupi", "--json"], FLOOR),
    ("who 'Abaz Kupi' (table)", ["who", "Abaz Kupi"], TABLE_FLOOR),
    ("who 'Abaz Kuppi' --json (typo)", ["who", "Abaz Kuppi", "--json"], FLOOR),
    ("events --year 1943 (table)", ["events", "--year", "1943"], TABLE_FLOOR),
]
LOOKUPS = [
    ("exact", ["who", "Abaz Kupi", "--json"]),
    ("typo", ["who", "Abaz Kuppi", "--json"]),
    ("search", ["search", "kryeziu", "--json"]),
    ("question", ["search", "who created the Unity Front", "--json"]),
    ("paraphrase", ["when", "the gathering at Peza", "--json"]),
]


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


def startup(albres: list[str], runs: int, env: dict[str, str]) -> dict[str, float]:
    floors = sorted({floor for _, _, floor in STARTUP})
    commands = [[sys.executable, "-c", floor] for floor in floors]
    commands += [[*albres, *argv] for _, argv, _ in STARTUP]
    figures = medians(commands, runs, env)
    floor_time = {floor: seconds for floor, (seconds, _) in zip(floors, figures[: len(floors)], strict=True)}
    print(f"{'floor: ' + FLOOR:58} {floor_time[FLOOR] * 1000:7.1f} ms")
    print(f"{'floor for tables: + rich.console':58} {floor_time[TABLE_FLOOR] * 1000:7.1f} ms")
    ratios = {}
    for (label, _, floor), (seconds, memory) in zip(STARTUP, figures[len(floors) :], strict=True):
        ratios[label] = seconds / floor_time[floor]
        print(f"{label:58} {seconds * 1000:7.1f} ms  {ratios[label]:5.2f}x its floor  {memory:5.1f} MB")
    return ratios


FULL_TEXT = ("texts", "fact_texts", "terms")  # the tables of the full text, and their shadow tables


def index_sizes(path: str) -> tuple[int, int]:
    """Bytes of an index, whole and without its full text (by SQLite's dbstat, where built in)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        pages = connection.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name").fetchall()
    except sqlite3.OperationalError:  # an SQLite without dbstat
        pages = []
    finally:
        connection.close()
    whole = os.path.getsize(path)
    text = sum(size for name, size in pages if name.startswith(FULL_TEXT))
    return whole, whole - text if pages else -1


def scale(albres: list[str], sizes: list[int], runs: int, env: dict[str, str], scratch: str) -> None:
    on_bundled = [[*albres, *argv] for _, argv in LOOKUPS]
    columns = [("entities", 9), ("build", 8), ("rate", 10), ("build peak", 10)]
    columns += [("index/JSON", 10), ("no text", 8)]
    print(" ".join(f"{label:>{width}}" for label, width in columns), end="")
    for label, _ in LOOKUPS:
        print(f" {label:>13}", end="")
    print("  (look-ups: ratio to the bundled base, peak MB)")
    for size in sizes:
        folder = os.path.join(scratch, f"synth-{size}")
        subprocess.run(
            [sys.executable, str(HERE / "synth.py"), str(size), folder], check=True, stdout=subprocess.DEVNULL
        )
        cache = os.path.join(scratch, f"cache-{size}")
        sized = {**env, "ALBRES_CACHE_DIR": cache}
        build, build_memory = run_once([*albres, "--data", folder, "who", "Abaz Kupi", "--json"], sized)
        [index] = glob.glob(os.path.join(cache, "*", "*.sqlite"))
        whole, without_text = index_sizes(index)
        json_size = os.path.getsize(os.path.join(folder, "factbase.json"))
        print(f"{size:>9,} {build:7.1f}s {size / build:8,.0f}/s {build_memory:8.0f}MB", end="")
        print(f" {whole / json_size:9.2f}x {without_text / json_size:7.2f}x", end="")
        # Interleaved with the same look-ups on the bundled base, so that a slow spell of the
        # machine falls on both sides of each ratio.
        sized_lookups = [[*albres, "--data", folder, *argv] for _, argv in LOOKUPS]
        figures = medians(sized_lookups + on_bundled, runs, sized)
        for (seconds, memory), (base, _) in zip(
            figures[: len(LOOKUPS)], figures[len(LOOKUPS) :], strict=True
        ):
            print(f" {seconds / base:5.2f}x {memory:4.0f}MB", end="")
        print()
        subprocess.run(["rm", "-rf", folder, cache], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--sizes", default="10000,100000,1000000", help="synthetic sizes, comma-separated")
    parser.add_argument("--skip-scale", action="store_true")
    args = parser.parse_args()
    albres = albres_command()
    # As an install does (pip compiles what it installs): an editable checkout under
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module on every call.
    import albres as package

    compileall.compile_dir(os.path.dirname(package.__file__), quiet=1)
    with tempfile.TemporaryDirectory(prefix="albres-bench-") as scratch:
        env = {**os.environ, "COLUMNS": "80", "ALBRES_CACHE_DIR": os.path.join(scratch, "cache")}
        env.pop("ALBRES_DATA", None)
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
        print(f"albres: {' '.join(albres)}; medians of {args.runs} interleaved runs after a warm-up\n")
        startup(albres, args.runs, env)
        if not args.skip_scale:
            print()
            scale(albres, [int(s) for s in args.sizes.split(",")], max(3, args.runs // 4), env, scratch)


if __name__ == "__main__":
    main()
