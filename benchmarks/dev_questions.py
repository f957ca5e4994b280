"""The development question set: per-tier figures for albres on the bundled fact base (no thresholds).

    python benchmarks/dev_questions.py [--failures] [--questions PATH]

The questions (benchmarks/dev_questions.jsonl) were written from the two source texts in users' own
words, in six tiers: paraphrase, question, albanian, date, number and absent. Each is asked through
the CLI in-process with --json and judged by tests/acceptance.py's judge(). Also printed: how many
"absent" questions were answered with an entity (confident wrong answers), and any quote that does
not stand verbatim (whitespace-normalised) in the paragraph it cites. Always exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.acceptance import answer, judge  # noqa: E402

QUESTIONS = Path(__file__).with_name("dev_questions.jsonl")
SOURCES = ROOT / "data" / "sources"
TIERS = ["paraphrase", "question", "albanian", "date", "number", "absent"]
HEADING = re.compile(r"^=+ .* =+$")


def load_questions(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def ask(question: dict[str, Any], data: str | None) -> tuple[str, dict[str, Any]]:
    """What is wrong with the answer ("" when right), and the JSON document the CLI printed."""
    code, doc = answer(question["args"], data)
    try:
        verdict = judge(question, code, doc)
    except (KeyError, TypeError, AttributeError, IndexError) as error:
        verdict = f"judge failed on the answer: {type(error).__name__}: {error}"
    return verdict, doc


def _squash(text: str) -> str:
    return " ".join(text.split())


def paragraphs(source: str) -> list[str]:
    """A source's paragraphs, numbered from 1: blank-line-separated blocks, headings not counted."""
    [path] = SOURCES.glob(f"{source}_*.txt")
    blocks = re.split(r"\n\s*\n", path.read_text(encoding="utf-8"))
    return [_squash(b) for b in blocks if b.strip() and not HEADING.match(b.strip())]


def bad_quotes(questions: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str]]:
    """(question, why) for every non-null quote that is not verbatim in its source paragraph."""
    cache: dict[str, list[str]] = {}
    bad: list[tuple[dict[str, Any], str]] = []
    for question in questions:
        quote = question.get("quote")
        if quote is None:
            continue
        source, number = question.get("source"), question.get("paragraph")
        try:
            texts = cache.setdefault(str(source), paragraphs(str(source)))
        except ValueError:
            bad.append((question, f"no single source file for {source!r}"))
            continue
        if not isinstance(number, int) or not 1 <= number <= len(texts):
            bad.append((question, f"source {source} has no paragraph {number!r}"))
        elif _squash(quote) not in texts[number - 1]:
            elsewhere = [str(i) for i, text in enumerate(texts, 1) if _squash(quote) in text]
            hint = f" (found in ¶{', ¶'.join(elsewhere)})" if elsewhere else ""
            bad.append((question, f"not verbatim in {source} ¶{number}{hint}"))
    return bad


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--failures", action="store_true", help="list every question answered wrongly")
    parser.add_argument("--questions", type=Path, default=QUESTIONS, help="the JSONL question set")
    options = parser.parse_args()

    questions = load_questions(options.questions)
    data = os.environ.get("ALBRES_DATA") or None
    totals: Counter[str] = Counter()
    passed: Counter[str] = Counter()
    failures: list[tuple[dict[str, Any], str]] = []
    confident_wrong: list[tuple[dict[str, Any], str]] = []
    for question in questions:
        tier = question["tier"]
        verdict, doc = ask(question, data)
        totals[tier] += 1
        if verdict:
            failures.append((question, verdict))
        else:
            passed[tier] += 1
        if question["expect"].get("not_found") and doc.get("entity"):
            confident_wrong.append((question, str(doc["entity"].get("name"))))

    tiers = [t for t in TIERS if t in totals] + sorted(t for t in totals if t not in TIERS)
    print(f"{'tier':<12} {'passed':>6} / {'total':<5} {'percent':>7}")
    for tier in tiers:
        print(f"{tier:<12} {passed[tier]:>6} / {totals[tier]:<5} {100 * passed[tier] / totals[tier]:>6.1f}%")
    right, total = sum(passed.values()), sum(totals.values())
    print(f"{'all':<12} {right:>6} / {total:<5} {100 * right / total if total else 0:>6.1f}%")

    absent = totals.get("absent", 0)
    wrong = len(confident_wrong)
    print(f"\nabsent tier: {wrong} of {absent} answered with an entity (confident wrong answers)")
    for question, name in confident_wrong:
        print(f"  {question['id']} {' '.join(question['args'])!r} -> {name!r}")

    if options.failures:
        print(f"\nfailures ({len(failures)}):")
        for question, verdict in failures:
            print(f"  {question['id']} [{question['tier']}] {question['args']}: {verdict}")

    bad = bad_quotes(questions)
    print(f"\nquotes not verbatim in their paragraph: {len(bad)}")
    for question, why in bad:
        print(f"  {question['id']}: {why}: {question['quote']!r}")
    return 0


if __name__ == "__main__":
    main()
    sys.exit(0)
