"""Mutation testing of the core (pyproject.toml, [tool.mutmut] only_mutate): runs mutmut and
prints the mutants killed per module, then every survivor. Several minutes on 2 cores.

    python benchmarks/mutation.py            # needs: pip install -e '.[test,mutation]'

Read each survivor (`mutmut show NAME`): it is a test not yet written, or a mutant that
behaves as the code does for every input (say why in the note that reports the figure).
"""

from __future__ import annotations

import collections
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    os.chdir(ROOT)
    shutil.rmtree("mutants", ignore_errors=True)
    mutmut = [sys.executable, "-m", "mutmut"]
    print("mutmut run: several minutes ...", flush=True)
    run = [*mutmut, "run", "--max-children", str(os.cpu_count() or 1)]
    subprocess.run(run, check=False, stdout=subprocess.DEVNULL)
    listing = subprocess.run(
        [*mutmut, "results", "--all", "true"], capture_output=True, text=True, check=True
    )
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    survivors = []
    for line in listing.stdout.splitlines():
        name, _, status = line.strip().rpartition(": ")
        if not name:
            continue
        module = name.split(".x_")[0].split(".x\u01c1")[0]
        counts[module][status] += 1
        if status == "survived":
            survivors.append(name)
    total: collections.Counter[str] = collections.Counter()
    print()
    for module, found in sorted(counts.items()):
        total.update(found)
        killed, all_ = found["killed"] + found["timeout"], sum(found.values())
        print(f"{module:28} {killed:5} of {all_:5} killed ({100 * killed / all_:.1f}%)  {dict(found)}")
    killed, all_ = total["killed"] + total["timeout"], sum(total.values())
    print(f"{'all':28} {killed:5} of {all_:5} killed ({100 * killed / max(1, all_):.1f}%)")
    print("survivors:" if survivors else "no survivors")
    for name in survivors:
        print("  " + name)


if __name__ == "__main__":
    main()
