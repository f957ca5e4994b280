"""The held-out acceptance questions: run each through `--json` on the bundled fact base.

    python -m tests.acceptance        # prints the score and every question answered wrongly

The questions (tests/acceptance_questions.jsonl) were written from the two source texts
alone, without sight of the fact base or the code.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from albres.cli import cli
from albres.factbase import FactBase, load
from albres.match import normalise

QUESTIONS = Path(__file__).with_name("acceptance_questions.jsonl")


def load_questions() -> list[dict[str, Any]]:
    with QUESTIONS.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _texts(values: Iterable[Any]) -> str:
    return " | ".join(normalise(str(v)) for v in values if v)


def _fact_words(doc: dict[str, Any]) -> str:
    words: list[Any] = []
    entity = doc.get("entity") or {}
    words += [entity.get("name"), entity.get("description"), *entity.get("aliases", [])]
    for fact in doc.get("facts", []):
        words += [fact["value"], fact["role"], fact["measure"], fact["subject"]["name"]]
        words += [fact["object"]["name"] if fact["object"] else None]
        words += [c["quote"] for c in fact["citations"]]
    return _texts(words)


def _names(entity: dict[str, Any]) -> set[str]:
    return {normalise(entity["name"]), *(normalise(a) for a in entity.get("aliases", []))}


def _same(expected: str, entity: dict[str, Any] | None) -> bool:
    return entity is not None and normalise(expected) in _names(entity)


def judge(question: dict[str, Any], exit_code: int, doc: dict[str, Any]) -> str:
    """An empty string when the answer is right, else what is wrong with it."""
    expect = question["expect"]
    command = question["args"][0]
    if expect.get("not_found"):
        return (
            "" if exit_code == 1 and doc.get("entity") is None else f"expected not found, got {_chosen(doc)}"
        )
    if expect.get("ambiguous"):
        return "" if doc.get("status") == "ambiguous" else f"expected ambiguous, got {doc.get('status')}"
    if command == "search":  # the top candidate, and the facts found
        top = doc["candidates"][0] if doc.get("candidates") else None
        if "found" in expect and (
            top is None or not _same(expect["found"], _bundled().get(top["id"])._asdict())
        ):
            return f"top candidate {top and top['name']!r}, expected {expect['found']!r}"
        if "kind" in expect and (top is None or top["kind"] != expect["kind"]):
            return f"top candidate {top and top['name']!r} is not a {expect['kind']}"
        unsaid = [p for p in expect.get("facts_mention", []) if normalise(p) not in _fact_words(doc)]
        return f"the facts found do not mention {unsaid}" if unsaid else ""
    if command == "events":
        events = doc.get("events", [])
        listed = [_texts([e["name"], e["description"], *e["aliases"]]) for e in events]
        missing = [p for p in expect.get("events_include", []) if not any(normalise(p) in t for t in listed)]
        extra = [p for p in expect.get("events_exclude", []) if any(normalise(p) in t for t in listed)]
        return f"missing {missing} extra {extra}" if missing or extra else ""
    if exit_code != 0 or doc.get("status") != "found":
        return (
            f"exit {exit_code}, status {doc.get('status')}: {[c['name'] for c in doc.get('candidates', [])]}"
        )
    if "found" in expect and not _same(expect["found"], doc["entity"]):
        return f"found {doc['entity']['name']!r}, expected {expect['found']!r}"
    if "kind" in expect and doc["entity"]["kind"] != expect["kind"]:
        return f"kind {doc['entity']['kind']}, expected {expect['kind']}"
    words = _fact_words(doc)
    missing = [
        p
        for p in [*expect.get("facts_mention", []), *expect.get("places_mention", [])]
        if normalise(p) not in words
    ]
    if missing:
        return f"answer does not mention {missing}"
    if "dates" in expect:
        given = {c["edtf"] for f in doc["facts"] if f["time"] for c in f["time"]["claims"]}
        # A span that begins or ends on the date asked for gives it ("1943-02-17/1943-02-22").
        absent = [
            d
            for d in expect["dates"]
            if not any(g == d or g.startswith(d + "/") or g.endswith("/" + d) for g in given)
        ]
        if absent:
            return f"dates {sorted(given)} lack {absent}"
    return ""


@functools.cache
def _bundled() -> FactBase:
    return load(os.environ.get("ALBRES_DATA") or None)


def _chosen(doc: dict[str, Any]) -> str:
    entity = doc.get("entity")
    return f"{entity['name']!r}" if entity else str(doc.get("status"))


def answer(args: list[str], data: str | None = None) -> tuple[int, dict[str, Any]]:
    """Run the CLI with args and --json: its exit code and the JSON document it printed."""
    env = {"COLUMNS": "80", "ALBRES_DATA": data or ""}
    result = CliRunner().invoke(cli, [*args, "--json"], env=env)
    try:
        doc: dict[str, Any] = json.loads(result.stdout) if result.stdout.strip() else {}
    except json.JSONDecodeError:
        doc = {}
    return result.exit_code, doc


def ask(question: dict[str, Any], data: str | None = None) -> str:
    """Ask one question through the CLI with --json: what is wrong with the answer, or ""."""
    return judge(question, *answer(question["args"], data))


def evaluate(data: str | None = None) -> tuple[int, list[tuple[dict[str, Any], str]]]:
    """(number of questions, [(question, what is wrong)]) for the bundled or given fact base."""
    questions = load_questions()
    answers = ((question, ask(question, data)) for question in questions)
    return len(questions), [(question, verdict) for question, verdict in answers if verdict]


if __name__ == "__main__":
    total, wrong = evaluate(os.environ.get("ALBRES_DATA"))
    for question, verdict in wrong:
        print(f"{question['id']} {' '.join(question['args'])!r}: {verdict}  [{question.get('note', '')}]")
    print(f"{total - len(wrong)} of {total} answered correctly ({100 * (total - len(wrong)) / total:.1f}%)")
