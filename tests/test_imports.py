"""Start-up cost: a command imports only what it needs."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

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
    assert "click.shell_completion" not in modules  # only when a shell asks for completions
    assert "locale" not in modules  # click's gettext reads it; albres's help texts skip gettext


def test_a_typo_loads_neither_rapidfuzz_nor_rich(fixture_dir: Path) -> None:
    modules = loaded_modules(fixture_dir, "who", "Abaz Kuppi", "--json")
    assert "albres.query" in modules
    assert "rapidfuzz" not in modules
    assert "rich" not in modules


def test_a_mere_resemblance_loads_rapidfuzz(fixture_dir: Path) -> None:
    assert "rapidfuzz" in loaded_modules(fixture_dir, "who", "Abzzz Kpxx", "--json")


# As PROBE, but what it prints is every regular expression re was asked to use (re._compile
# is where re.sub, re.match and re.compile look one up, compiling it the first time).
REGEX_PROBE = """
import re, sys
from albres.cli import cli
used = []
_compile = re._compile
def _recorded(pattern, flags):
    used.append(str(getattr(pattern, "pattern", pattern)))
    return _compile(pattern, flags)
re._compile = _recorded
try:
    cli.main({args!r}, prog_name="albres")
except SystemExit:
    pass
sys.stdout.flush()
print("\\n" + __import__("json").dumps(used), file=sys.stderr)
"""


def regexes_used(fixture_dir: Path, *args: str) -> set[str]:
    env = {**os.environ, "ALBRES_DATA": str(fixture_dir)}
    probe = REGEX_PROBE.format(args=list(args))
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, env=env, cwd=ROOT, check=False)
    used: list[str] = json.loads(done.stderr.decode().strip().splitlines()[-1])
    return set(used)


@pytest.mark.parametrize("name", ["Abaz Kupi", "Abaz Kuppi", "abaz kupi's"])
def test_a_name_compiles_none_of_the_readings_regexes(fixture_dir: Path, name: str) -> None:
    from albres import resolver

    used = regexes_used(fixture_dir, "who", name, "--json")
    readings = [resolver._ASIDE, resolver._INITIALLED, resolver._CLIPPED_YEAR, resolver._SHORT_YEAR]
    assert used.isdisjoint([*readings, resolver._APART, resolver._CONTRACTED])


@pytest.mark.parametrize(
    ("query", "pattern"),
    [
        ("Abaz Kupi (the leader of Legaliteti in the war)", "_ASIDE"),
        ("the BK leader", "_INITIALLED"),
        ("who led the Legaliteti in '43", "_CLIPPED_YEAR"),
        ("who led the Legaliteti in Sept 43", "_SHORT_YEAR"),
        ("who's the leader of Legaliteti", "_CONTRACTED"),
    ],
)
def test_a_query_that_needs_one_compiles_it(fixture_dir: Path, query: str, pattern: str) -> None:
    from albres import resolver

    assert getattr(resolver, pattern) in regexes_used(fixture_dir, "who", query, "--json")


def test_a_table_loads_rich(fixture_dir: Path) -> None:
    modules = loaded_modules(fixture_dir, "who", "Abaz Kupi")
    assert "rich" in modules
    assert "rich.table" not in modules  # albres lays the cells out itself (output/tables.py)


@pytest.mark.parametrize(
    "args",
    [["events", "--year", "1943"], ["on", "1943-02-01", "--json"], ["list", "--json"], ["conflicts"]],
)
def test_a_listing_does_not_load_the_reading_of_words(fixture_dir: Path, args: list[str]) -> None:
    modules = loaded_modules(fixture_dir, *args)
    assert "albres.listings" in modules
    assert "albres.resolver" not in modules
    assert "albres.query" not in modules


@pytest.mark.parametrize(
    "args",
    [
        ["who", "Abaz Kupi", "--json"],
        ["who", "Abaz Kuppi", "--json"],  # a near spelling of a name of two words
        ["when", "Mukje Conference", "--json"],
        ["show", "person:abaz-kupi", "--json"],
        ["graph", "Legaliteti"],
    ],
)
def test_a_plain_name_does_not_load_the_reading_of_words(fixture_dir: Path, args: list[str]) -> None:
    modules = loaded_modules(fixture_dir, *args)
    assert "albres.named" in modules
    assert "albres.resolver" not in modules


def test_a_filter_by_name_and_words_to_read_load_it(fixture_dir: Path) -> None:
    for args in (
        ["events", "--person", "Abaz Kupi"],
        ["who", "the founder of the Unity Front", "--json"],
        ["who", "Abaz Kupi, 1943", "--json"],  # more than a name
        ["when", "Mukje Conference in 1943", "--json"],
        ["where", "Mukje", "--json"],  # a place asked for: the resolver decides
    ):
        assert "albres.resolver" in loaded_modules(fixture_dir, *args), args


def test_the_library_api_gives_every_question() -> None:
    import albres

    for name in albres.__all__:
        assert getattr(albres, name) is not None, name
    with pytest.raises(AttributeError):
        albres.no_such_question  # noqa: B018


def albres_imports(path: Path) -> set[str]:
    """The albres modules a file imports, at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("albres"):
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("albres")}
    return found


def module_graph() -> dict[str, set[str]]:
    package = ROOT / "albres"
    modules = {
        ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): path
        for path in package.rglob("*.py")
    }
    return {
        name: {m for m in albres_imports(path) if m in modules and m != name}
        for name, path in modules.items()
    }


def test_imports_run_one_way() -> None:
    graph = module_graph()
    # A package's __init__ may gather its own modules; any other edge must not close a circle.
    edges = {name: {m for m in deps if not m.startswith(name + ".")} for name, deps in graph.items()}
    state: dict[str, int] = {}

    def visit(name: str, trail: tuple[str, ...]) -> None:
        assert state.get(name) != 1, f"an import circle: {' -> '.join((*trail, name))}"
        if state.get(name) == 2:
            return
        state[name] = 1
        for dep in sorted(edges[name]):
            visit(dep, (*trail, name))
        state[name] = 2

    for name in sorted(edges):
        visit(name, ())


@pytest.mark.parametrize(("library", "owner"), [("click", "albres.cli"), ("rich", "albres.output")])
def test_only_one_room_imports_each_outside_library(library: str, owner: str) -> None:
    for path in (ROOT / "albres").rglob("*.py"):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        used = {
            alias.name.split(".")[0]
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        } | {
            node.module.split(".")[0]
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module
        }
        if library in used:
            assert name.startswith(owner), f"{name} imports {library}"


def test_the_lower_rooms_never_import_the_upper_ones() -> None:
    graph = module_graph()
    upper = {"albres.cli", "albres.output", "albres.query", "albres.resolver"}
    for name in ("albres.properties", "albres.dates", "albres.model", "albres.errors", "albres.match"):
        assert not {m for m in graph[name] if ".".join(m.split(".")[:2]) in upper}, name
    for name in [n for n in graph if n.startswith("albres.factbase")]:
        assert not {m for m in graph[name] if ".".join(m.split(".")[:2]) in upper}, name


@pytest.mark.parametrize("module", sorted((ROOT / "albres").rglob("*.py")), ids=lambda p: p.name)
def test_no_module_binds_a_name_at_its_top_twice(module: Path) -> None:
    # A second binding silently replaces the first for every use, the first's included.
    bound: list[str] = []
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.append(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            bound += [target.id for target in targets if isinstance(target, ast.Name)]
    assert sorted({name for name in bound if bound.count(name) > 1}) == []


def test_no_module_binds_a_name_twice_at_its_top_level() -> None:
    # A second binding silently replaces the first for every function that reads it.
    for path in sorted((ROOT / "albres").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        bound: list[str] = []
        for node in tree.body:
            if isinstance(node, ast.Assign):
                bound += [target.id for target in node.targets if isinstance(target, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                bound.append(node.target.id)
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                bound.append(node.name)
        twice = sorted({name for name in bound if bound.count(name) > 1})
        assert not twice, f"{path.name}: {twice}"
