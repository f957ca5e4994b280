#!/usr/bin/env bash
# Mutation testing of the core (pyproject.toml [tool.mutmut] only_mutate): prints the
# mutants killed per module and lists the survivors. Takes several minutes on 2 cores.
#     bash benchmarks/mutation.sh
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
"$python" -c 'import mutmut' 2>/dev/null || "$python" -m pip install -q -e '.[test,mutation]'
rm -rf mutants
"$python" -m mutmut run --max-children "$(nproc)" >/dev/null 2>&1 || true
"$python" -m mutmut results --all true 2>/dev/null | "$python" -c '
import collections, sys
counts = collections.defaultdict(collections.Counter)
survivors = []
for line in sys.stdin:
    name, _, status = line.strip().rpartition(": ")
    if not name:
        continue
    module = name.split(".x_")[0].split(".xǁ")[0]
    counts[module][status] += 1
    if status == "survived":
        survivors.append(name)
total = collections.Counter()
for module, c in sorted(counts.items()):
    total.update(c)
    print(f"{module:28} {c[\"killed\"]:4} of {sum(c.values()):4} killed ({100 * c[\"killed\"] / sum(c.values()):.0f}%)")
print(f"{\"all\":28} {total[\"killed\"]:4} of {sum(total.values()):4} killed ({100 * total[\"killed\"] / max(1, sum(total.values())):.0f}%)")
print("survivors:" if survivors else "no survivors")
for name in survivors:
    print("  " + name)
'
