"""The held-out questions (tests/acceptance_questions.jsonl) must be answered at 95% or more."""

from __future__ import annotations

from .acceptance import evaluate


def test_held_out_questions_are_answered_correctly() -> None:
    total, wrong = evaluate()
    assert total >= 200
    report = "\n".join(f"{q['id']} {q['args']}: {verdict}" for q, verdict in wrong)
    assert (total - len(wrong)) / total >= 0.95, report
