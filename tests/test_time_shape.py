"""Facts that read as sentences and one shape for time: tables in date order with the undated
last under a heading, roles never glued in nested parentheses, per-source dates where the
sources differ, and one `time` object per fact in JSON."""

from __future__ import annotations

import re
from typing import Any

import pytest

from albres.factbase import FactBase
from albres.output.phrases import fact_phrase
from albres.output.times import DIFFER, time_json, time_text

from .conftest import DATA, Run, as_json

NESTED = re.compile(r"\([^()]*\(|\)\s*\(")  # "(a (b))" or "(a) (b)"


def test_no_fact_reads_with_nested_or_glued_parentheses(bundled: FactBase) -> None:
    related = {e.id: e for e in bundled.entities()}
    for entity in related.values():
        for fact in entity.facts:
            for side in {fact.subject, fact.object} - {None}:
                said = fact_phrase(fact, str(side), related)
                assert not NESTED.search(said), (entity.id, said)


def test_a_role_follows_the_relation_it_was_played_in(run: Run) -> None:
    # 004 ¶4: Kupi "created an underground organization called the Unity Front".
    out = run("who", "Abaz Kupi", data=DATA).stdout
    assert "(1939-1940), as unifier (founder of the Unity Front)" in " ".join(out.split())


def test_undated_facts_come_last_under_their_own_heading(run: Run) -> None:
    lines = run("who", "Abaz Kupi", data=DATA).stdout.splitlines()
    heading = next(i for i, line in enumerate(lines) if line.split() == ["undated"])
    first_dated = next(i for i, line in enumerate(lines) if line.startswith("1939 – 1940"))
    assert first_dated < heading
    table = lines[: next(i for i, line in enumerate(lines) if line.startswith("sources differ:"))]
    after = [line for line in table[heading + 1 :] if line.strip()]
    assert after  # the undated facts
    assert all(line.startswith(" ") for line in after)  # none of them has a date


def test_a_table_with_no_undated_fact_has_no_heading(run: Run) -> None:
    out = run("when", "Mukje Conference", data=DATA).stdout
    assert "undated" not in out.split()


def test_an_events_dates_where_the_sources_differ_stand_each_beside_its_source(run: Run) -> None:
    # Muço took part in the conference (000 ¶2), held on 1-3 August 1943 by 000 ¶1 and on
    # 1-2 August 1943 by 004 ¶10: both dates, each over its own citation, marked, once.
    out = run("who", "Skënder Muço", data=DATA).stdout
    when = [line[:18].strip() for line in out.splitlines()]
    start = when.index("1–3 August 1943")
    assert when[start : start + 5] == ["1–3 August 1943", "[000 ¶1]", "1–2 August 1943", "[004 ¶10]", DIFFER]
    assert out.count("1–3 August 1943") == 1


def test_an_events_single_date_lends_its_citation_to_the_source_column(run: Run) -> None:
    # Lleshi took part in the highlanders' uprising (004 ¶2), dated summer 1940 by 004 ¶1.
    out = run("who", "Haxhi Lleshi", data=DATA).stdout
    lines = out.splitlines()
    row = next(i for i, line in enumerate(lines) if "took part in uprising of Albanian" in line)
    assert lines[row].startswith("summer 1940")
    assert [line.rsplit(" ", 2)[-2:] for line in lines[row : row + 2]] == [["[004", "¶2]"], ["[004", "¶1]"]]


def _time_of(doc: dict[str, Any], text: str) -> dict[str, Any]:
    [fact] = [f for f in doc["facts"] if f["text"].startswith(text)]
    time: dict[str, Any] = fact["time"]
    return time


def test_json_gives_each_fact_one_time_object_and_the_entity_under_one_key(run: Run) -> None:
    doc = as_json(run("who", "Abaz Kupi", "--json", data=DATA))
    assert doc["schema_version"] == 2
    assert {f["entity"]["id"] for f in doc["facts"]} == {"person:abaz-kupi"}
    for fact in doc["facts"]:
        assert not {"date", "start", "end"} & set(fact)
        assert fact["time"] is None or set(fact["time"]) == {
            "edtf",
            "wording",
            "text",
            "earliest",
            "latest",
            "start",
            "end",
            "of",
            "sources_differ",
            "claims",
        }
    # 004 ¶4: the Unity Front "was crushed in April 1941": an end, no start.
    founder = _time_of(doc, "founder of Unity Front")
    assert (founder["edtf"], founder["start"], founder["end"]) == ("/1941-04", "not given", "given")
    assert (founder["earliest"], founder["latest"], founder["of"]) == (None, "1941-04-30", "fact")
    # 004 ¶7: the Conference of Pezë, 16 September 1942: the event's date, cited.
    peza = _time_of(doc, "took part in Conference of Pezë")
    assert (peza["edtf"], peza["of"], peza["sources_differ"]) == ("1942-09-16", "event", False)
    assert [(c["source"], c["paragraph"]) for c in peza["claims"][0]["citations"]] == [("004", 7)]


def test_json_time_where_the_sources_differ_has_no_single_edtf(run: Run) -> None:
    doc = as_json(run("who", "Skënder Muço", "--json", data=DATA))
    time = _time_of(doc, "took part in Mukje Conference")
    assert time["sources_differ"] is True
    assert time["edtf"] is None
    assert (time["earliest"], time["latest"]) == ("1943-08-01", "1943-08-03")
    assert time["text"] == "1–3 August 1943 or 1–2 August 1943"
    assert sorted((c["edtf"], c["citations"][0]["source"]) for c in time["claims"]) == [
        ("1943-08-01/1943-08-02", "004"),
        ("1943-08-01/1943-08-03", "000"),
    ]


def test_time_json_of_nothing_is_null() -> None:
    assert time_json(None) is None
    assert time_text(None) == ""


def test_what_reads_the_same_at_the_same_time_is_one_row_citing_each_source(run: Run) -> None:
    # 000 ¶1 and 004 ¶10 each place the Mukje conference at Mukje: one row, both citations.
    out = run("where", "Mukje", data=DATA).stdout
    assert out.count("event here: Mukje Conference") == 1
    lines = out.splitlines()
    row = next(i for i, line in enumerate(lines) if "event here: Mukje Conference" in line)
    assert [line.split()[-2:] for line in lines[row : row + 2]] == [["[000", "¶1]"], ["[004", "¶10]"]]


def _tokens(out: str) -> set[str]:
    """The words of an output, the header's rule aside (as wide as the terminal)."""
    return {word for word in out.split() if word.strip("─")}


@pytest.mark.parametrize(
    "args",
    [
        ("events",),
        ("events", "--year", "1943"),
        ("on", "1943-08"),
        ("conflicts",),
        ("list",),
        ("who", "Kryeziu"),
        ("search", "partisan brigades"),
    ],
)
def test_tables_at_80_columns_never_split_a_word(run: Run, args: tuple[str, ...]) -> None:
    """Every word a table prints at 80 columns is one it prints where nothing wraps."""
    wide = _tokens(run(*args, data=DATA, COLUMNS="1000").output)
    narrow = run(*args, data=DATA).output
    assert not _tokens(narrow) - wide, args


def test_no_entrys_table_at_80_columns_splits_a_word(run: Run, bundled: FactBase) -> None:
    for entity_id in bundled.ids():
        wide = _tokens(run("show", entity_id, "--quotes", data=DATA, COLUMNS="1000").output)
        narrow = run("show", entity_id, "--quotes", data=DATA).output
        assert not _tokens(narrow) - wide, entity_id


def test_an_end_the_sources_only_bound_is_said_as_a_bound(run: Run) -> None:
    # 004 ¶2: Vërlaci's government stood on 28 November 1939; 004 ¶11: he was replaced by
    # Merlika, who was replaced in January 1943: both ends are bounds, not days.
    doc = as_json(run("who", "Shefqet Vërlaci", "--json", data=DATA))
    time = _time_of(doc, "prime minister of")
    assert (time["start"], time["end"]) == ("bounded", "bounded")
    assert time["text"] == "began by 28 November 1939, ended between 28 November 1939 and January 1943"
    assert (time["earliest"], time["latest"]) == (None, "1943-01-31")
    # 004 ¶14, ¶17: Kupi led Legality from November 1943 to the final fights of 1944.
    doc = as_json(run("who", "Abaz Kupi", "--json", data=DATA))
    leads = [f["time"] for f in doc["facts"] if f["text"].startswith("leader of")]
    [led] = [time for time in leads if time["end"] == "bounded"]
    assert led["text"] == "from November 1943, ended between October 1944 and December 1944"
