"""Start-up cost: a command imports only what it needs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

PROBE = """
import sys
from albres.cli import cli
try:
    cli.main({args!r}, prog_name="albres")
except SystemExit:
    pass
sys.stdout.flush()
print("\\n" + __import__("json").dumps(sorted(sys.modules)), file=sys.stderr)
"""


def loaded_modules(fixture_dir: Path, *args: str) -> set[str]:
    env = {**os.environ, "ALBRES_DATA": str(fixture_dir)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(args=list(args))],
        capture_output=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    modules: list[str] = json.loads(done.stderr.decode().strip().splitlines()[-1])
    return set(modules)


def test_json_lookup_loads_neither_rich_nor_rapidfuzz(fixture_dir: Path) -> None:
    modules = loaded_modules(fixture_dir, "who", "Abaz Kupi", "--json")
    assert "albres.query" in modules
    assert "rich" not in modules
    assert "rapidfuzz" not in modules


def test_a_typo_loads_rapidfuzz_but_not_rich(fixture_dir: Path) -> None:
    modules = loaded_modules(fixture_dir, "who", "Abaz Kuppi", "--json")
    assert "rapidfuzz" in modules
    assert "rich" not in modules


def test_a_table_loads_rich(fixture_dir: Path) -> None:
    assert "rich" in loaded_modules(fixture_dir, "who", "Abaz Kupi")
