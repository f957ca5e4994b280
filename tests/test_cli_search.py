from __future__ import annotations

import json
from typing import Any

import pytest

from .conftest import DATA, Run, as_json


def test_search_table(run: Run) -> None:
    result = run("search", "kryeziu")
    assert result.exit_code == 0
    assert "Gani Kryeziu" in result.stdout
    assert "person:gani-kryeziu" in result.stdout


def test_search_json_ranks_candidates(run: Run) -> None:
    doc: dict[str, Any] = as_json(run("search", "peza", "--json"))
    candidates = doc["candidates"]
    assert {"person", "place", "event"} <= {c["kind"] for c in candidates}
    assert [c["score"] for c in candidates] == sorted((c["score"] for c in candidates), reverse=True)
    assert sum(c["match"] for c in candidates) <= 1
    assert set(candidates[0]) == {"id", "name", "kind", "description", "score", "match"}


def test_search_limit_and_jsonl(run: Run) -> None:
    items = [
        json.loads(line) for line in run("search", "peza", "--limit", "2", "--jsonl").stdout.splitlines()
    ]
    facts = [i for i in items if i["item"] == "fact"]
    candidates = [i for i in items if i["item"] == "candidate"]
    assert len(facts) == 2
    assert len(candidates) == 2
    assert items == [*facts, *candidates]  # the facts first
    assert all(i["schema_version"] == 2 and i["factbase"]["sha256"] for i in items)


def test_search_answers_with_the_fact_that_holds_the_words(run: Run) -> None:
    # 004 ¶17: "The Albanian nation, smallish in numbers (about 1,200 thousand inhabitants)".
    doc = as_json(run("search", "population of Albania", "--json", data=DATA))
    said = [(f["subject"]["id"], f["measure"], f["quantity"]) for f in doc["facts"]]
    assert (
        "place:albania",
        "inhabitants",
        {"amount": 1200000, "unit": "inhabitants", "approximation": "about"},
    ) in said
    first = doc["facts"][0]
    assert set(first) >= {"score", "entity", "text", "subject", "property", "citations", "time"}
    assert first["citations"][0]["quote"]
    # The population is a figure: the facts that give one come first, each part best first.
    counted = [f["quantity"] is not None for f in doc["facts"]]
    assert counted == sorted(counted, reverse=True)
    for part in (True, False):
        scores = [f["score"] for f, figure in zip(doc["facts"], counted, strict=True) if figure is part]
        assert scores == sorted(scores, reverse=True)
    assert first["subject"]["id"] == "place:albania"


def test_a_question_reaches_the_entity_its_facts_name(run: Run) -> None:
    # 004 ¶4: "Abaz Kupi ... created the Unity Front"; the question names the front, not him.
    doc = as_json(run("search", "who created the Unity Front", "--json", data=DATA))
    assert doc["candidates"][0]["id"] == "person:abaz-kupi"
    assert doc["candidates"][0]["match"] is True


def test_how_many_puts_the_facts_with_a_figure_first(run: Run) -> None:
    # 004 ¶9: "Two thousand partisans took up defensive positions on mountain passes."
    doc = as_json(run("search", "how many partisans defended the passes in Mallakastra", "--json", data=DATA))
    assert doc["facts"][0]["quantity"]["amount"] == 2000
    plain = as_json(run("search", "partisans defended the passes in Mallakastra", "--json", data=DATA))
    assert plain["facts"][0]["quantity"] is None  # without "how many", the statement itself


def test_a_figure_written_short_finds_the_figure(run: Run) -> None:
    # 004: the Army "was composed of 8 divisions (26 brigades) organized in 3 corps of 70 thousand men".
    doc = as_json(run("search", "verify: 70k partisans at the end?", "--json", data=DATA))
    assert "70 thousand" in doc["facts"][0]["citations"][0]["quote"]


def test_search_table_shows_facts_then_entries_and_quotes_on_request(run: Run) -> None:
    result = run("search", "population of Albania", "--quotes", data=DATA)
    assert result.exit_code == 0
    out = result.stdout
    assert out.index("Facts") < out.index("1,200 thousand") < out.index("Entries")
    assert "[004 ¶17]" in out
    assert "(about 1,200 thousand" in out  # the quote, only with --quotes
    assert "(about 1,200 thousand" not in run("search", "population of Albania", data=DATA).stdout


@pytest.mark.parametrize(
    ("kind", "kinds"), [("org", {"organisation"}), ("person", {"person"}), ("event", {"event"})]
)
def test_search_kind_narrows_candidates_and_facts(run: Run, kind: str, kinds: set[str]) -> None:
    doc = as_json(run("search", "brigade", "--kind", kind, "--json", data=DATA))
    assert {c["kind"] for c in doc["candidates"]} == kinds
    for fact in doc["facts"]:
        assert kinds & {fact["subject"]["kind"], (fact["object"] or {}).get("kind")}


def test_search_kind_is_checked(run: Run) -> None:
    result = run("search", "brigade", "--kind", "army", data=DATA)
    assert result.exit_code == 2


def test_search_with_no_candidates_is_nothing_found(run: Run) -> None:
    result = run("search", "zzzzqqqq")
    assert result.exit_code == 1
    assert result.stderr.strip() == "albres: no good match for 'zzzzqqqq'"


@pytest.mark.parametrize(
    "words",
    ["Fan Noli", "Treaty of London", "Kominform", "who led EDES in Greece", "who commanded the 5th brigade?"],
)
def test_mere_resemblance_is_no_good_match(run: Run, words: str) -> None:
    # None of these is in the sources; what merely resembles them is listed on stderr only.
    result = run("search", words, "--json", data=DATA)
    assert result.exit_code == 1
    assert as_json(result)["status"] == "not_found"
    assert result.stderr.startswith(f"albres: no good match for {words!r}")


@pytest.mark.parametrize(("words", "first"), [("Mukje conf", "Mukje Conference"), ("kryez", "Alush Kryeziu")])
def test_the_beginning_of_a_name_is_a_good_match(run: Run, words: str, first: str) -> None:
    result = run("search", words, "--json", data=DATA)
    assert result.exit_code == 0
    assert first in [c["name"] for c in as_json(result)["candidates"][:2]]


def test_facts_that_score_alike_show_each_sentence_before_any_again(run: Run) -> None:
    # 004 ¶21: one sentence says Albania was occupied after the capitulation, in six facts; the
    # next says German paratroopers disarmed the Italian divisions.
    doc = as_json(run("search", "what did the germans do after italy capitulated?", "--json", data=DATA))
    assert any("paratroopers" in (f["value"] or "") for f in doc["facts"])
    seen: list[str] = []
    repeated = False  # within the facts of one score, once one repeats a sentence, all after do
    score = None
    for fact in doc["facts"]:
        if fact["score"] != score:
            score, repeated = fact["score"], False
        quotes = [c["quote"] for c in fact["citations"]]
        again = any(q in s or s in q for q in quotes for s in seen)
        assert again or not repeated, fact
        repeated = repeated or again
        seen += quotes
    assert repeated  # the list is long enough to say a sentence again
    scores = [f["score"] for f in doc["facts"]]
    assert scores == sorted(scores, reverse=True)
