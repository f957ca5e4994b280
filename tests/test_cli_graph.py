from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from typing import Any

import pytest

from albres import query
from albres.factbase import FactBase

from .conftest import Run, as_json


def test_around_one_entity(base: FactBase) -> None:
    graph = query.graph(base, "Abaz Kupi", depth=1)
    assert graph.center is not None
    assert graph.center.id == "person:abaz-kupi"
    ids = {e.id for e in graph.nodes}
    assert ids == {"person:abaz-kupi", "org:unity-front", "org:legaliteti", "event:peza-conference"}
    assert all(f.subject in ids and f.object in ids for f in graph.edges)


def test_depth_widens_the_circle(base: FactBase) -> None:
    near = {e.id for e in query.graph(base, "Abaz Kupi", depth=1).nodes}
    far = {e.id for e in query.graph(base, "Abaz Kupi", depth=2).nodes}
    assert near < far
    assert "place:peza" in far
    assert {e.id for e in query.graph(base, "Abaz Kupi", depth=0).nodes} == {"person:abaz-kupi"}


def test_the_whole_graph(base: FactBase) -> None:
    graph = query.graph(base)
    assert len(graph.nodes) == len(base)
    assert len(graph.edges) == sum(1 for e in base.entities() for f in e.facts if f.object)


def test_json_nodes_and_edges(run: Run) -> None:
    doc: dict[str, Any] = as_json(run("graph", "Mukje Conference", "--json"))
    assert doc["center"] == "event:mukje-conference"
    relations = {(e["source"], e["relation"], e["target"]) for e in doc["edges"]}
    assert ("event:mukje-conference", "location", "place:mukje") in relations
    assert ("event:mukje-conference", "participation", "org:balli-kombetar") in relations
    assert {n["id"] for n in doc["nodes"]} >= {e["target"] for e in doc["edges"]}
    assert as_json(run("graph", "Mukje Conference", "--format", "json")) == doc


def test_graphml_parses(run: Run, base: FactBase) -> None:
    out = run("graph", "--format", "graphml").stdout
    root = ET.fromstring(out)
    namespace = "{http://graphml.graphdrawing.org/xmlns}"
    graph = root.find(f"{namespace}graph")
    assert graph is not None
    assert len(graph.findall(f"{namespace}node")) == len(base)
    assert graph.findall(f"{namespace}edge")


def test_dot_escapes_quotes(run: Run) -> None:
    out = run("graph", "Vladimir Dedijer").stdout
    assert out.startswith("digraph albres {")
    assert '"person:vladimir-dedijer" [label="Vladimir Dedijer", shape=ellipse];' in out


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz's dot is not installed")
def test_dot_renders_with_graphviz(run: Run) -> None:
    for args in (["graph"], ["graph", "Abaz Kupi", "--depth", "2"]):
        dot = run(*args).stdout
        done = subprocess.run(["dot", "-Tsvg"], input=dot.encode(), capture_output=True, check=False)
        assert done.returncode == 0, done.stderr
        assert b"<svg" in done.stdout


def test_an_unknown_name(run: Run) -> None:
    result = run("graph", "Winston Churchill")
    assert result.exit_code == 1
    assert result.stdout == ""


def test_edges_are_the_drawn_relations_once_each_from_subject_to_object(bundled: FactBase) -> None:
    from albres.output.phrases import relation_label
    from albres.properties import PROPERTIES

    edges = query.graph(bundled).edges
    assert edges
    assert all(PROPERTIES[f.property].relation for f in edges)  # no "statement" edge
    keys = [(f.subject, f.object, relation_label(f)) for f in edges]
    assert len(keys) == len(set(keys))  # no duplicate edge
    drawn = {(f.subject, f.property, f.object) for f in edges}
    # Every relation the data holds is drawn: 000 ¶1 and 004 ¶14 both give Kupi as Legaliteti's
    # leader: one edge, from him to it, citing both.
    [kupi] = [f for f in edges if (f.subject, f.object) == ("person:abaz-kupi", "org:legaliteti")]
    assert relation_label(kupi) == "leader of"
    assert {(c.source, c.paragraph) for c in kupi.citations} >= {("000", 1), ("004", 14)}
    held = {
        (f.subject, f.property, f.object)
        for e in bundled.entities()
        for f in e.facts
        if f.object and f.object != f.subject and PROPERTIES[f.property].relation
    }
    assert drawn == held


def test_dot_labels_an_edge_with_what_the_fact_says_of_its_subject(run: Run) -> None:
    out = run("graph", "Abaz Kupi").stdout
    assert '"person:abaz-kupi" -> "org:unity-front" [label="founder of"];' in out
