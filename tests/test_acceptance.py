"""The held-out questions (tests/acceptance_questions.jsonl): each one is a test of its own.

A question albres is known to get wrong is listed in KNOWN_FAILURES with the reason; it is
expected to fail (strictly: when it starts to pass, the list must lose it), and any other
failure fails the suite.
"""

from __future__ import annotations

from typing import Any

import pytest

from .acceptance import ask, load_questions

KNOWN_FAILURES = {
    "q145": "the partisan liberation of spots in the Peza area is dated only '1942' (004 ¶7), so it"
    " overlaps July 1942; the question meant to exclude the September conference",
    "q073": "two conferences met in Labinot: 'Labinot conference' names the one source 000 places there"
    " (the second Conference of the National Liberation Movement, 000 ¶3, undated); the question"
    " meant 004's first nationwide conference of the ACP (004 ¶9), found by that name",
}
QUESTIONS = load_questions()


def test_every_known_failure_is_a_question() -> None:
    assert set(KNOWN_FAILURES) <= {q["id"] for q in QUESTIONS}
    assert len(QUESTIONS) >= 200


@pytest.mark.parametrize(
    "question",
    [
        pytest.param(q, id=q["id"], marks=pytest.mark.xfail(reason=KNOWN_FAILURES[q["id"]], strict=True))
        if q["id"] in KNOWN_FAILURES
        else pytest.param(q, id=q["id"])
        for q in QUESTIONS
    ],
)
def test_held_out_question(question: dict[str, Any]) -> None:
    verdict = ask(question)
    assert not verdict, f"{' '.join(question['args'])}: {verdict} [{question.get('note', '')}]"
