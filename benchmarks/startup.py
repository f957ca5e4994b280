"""Wall time of whole albres processes, as a ratio to `python -c pass` measured in the same run.

    python benchmarks/startup.py [--runs 10] [--data PATH]

Each command runs once to warm up, then --runs times; the figure is the median. The
albres command is the console script beside this interpreter (an installed albres), else
`python -m albres`.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

COMMANDS = [
    ("who 'Abaz Kupi' --json", ["who", "Abaz Kupi", "--json"], 4.5),
    ("who 'Abaz Kuppi' --json (typo)", ["who", "Abaz Kuppi", "--json"], 5.5),
    ("who 'Abaz Kupi' (table)", ["who", "Abaz Kupi"], 8.0),
    ("events --year 1943 (table)", ["events", "--year", "1943"], 8.0),
]


def albres_command() -> list[str]:
    script = os.path.join(os.path.dirname(sys.executable), "albres")
    if os.path.exists(script):
        return [script]
    return [sys.executable, "-m", "albres"]


def median_seconds(argv: list[str], runs: int, env: dict[str, str]) -> float:
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--data", help="a fact base folder (default: the bundled one)")
    args = parser.parse_args()
    env = {**os.environ, "COLUMNS": "80"}
    if args.data:
        env["ALBRES_DATA"] = args.data
    albres = albres_command()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"albres: {' '.join(albres)}; data: {args.data or 'bundled'}; median of {args.runs} runs")
    baseline = median_seconds([sys.executable, "-c", "pass"], args.runs, env)
    print(f"{'python -c pass':36} {baseline * 1000:7.1f} ms   1.00x")
    for label, argv, target in COMMANDS:
        seconds = median_seconds([*albres, *argv], args.runs, env)
        ratio = seconds / baseline
        verdict = "ok" if ratio <= target else "OVER"
        print(f"{label:36} {seconds * 1000:7.1f} ms {ratio:6.2f}x  (target {target}x: {verdict})")
    if shutil.which("hyperfine"):
        print("(hyperfine is installed too: hyperfine -N 'albres who \"Abaz Kupi\" --json')")


if __name__ == "__main__":
    main()
