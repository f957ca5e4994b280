from __future__ import annotations

from typing import Any

from .conftest import Run, as_json


def test_who_table_shows_facts_with_citations(run: Run) -> None:
    result = run("who", "Abaz Kupi")
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("Abaz Kupi")
    assert "Legaliteti" in out
    assert "[004 ¶14]" in out
    assert "16 September 1942" in out
    assert result.stderr == ""


def test_who_table_fits_80_columns_and_has_no_escape_codes(run: Run) -> None:
    out = run("who", "Abaz Kupi", "--quotes").stdout
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "\x1b" not in out


def test_quotes_print_the_verbatim_quote(run: Run) -> None:
    plain = run("who", "Abaz Kupi").stdout
    quoted = run("who", "Abaz Kupi", "--quotes").stdout
    assert "led by Major Kupi" not in plain
    assert "led by Major Kupi" in " ".join(quoted.split())


def test_unquoted_words_are_joined(run: Run) -> None:
    assert run("who", "Abaz", "Kupi").stdout == run("who", "Abaz Kupi").stdout


def test_who_json_document(run: Run) -> None:
    result = run("who", "abaz kuppi", "--json")
    assert result.exit_code == 0
    doc: dict[str, Any] = as_json(result)
    assert doc["schema_version"] == 2
    assert doc["status"] == "found"
    assert doc["entity"]["id"] == "person:abaz-kupi"
    assert [c["match"] for c in doc["candidates"]].count(True) == 1
    assert {f["subject"]["id"] for f in doc["facts"]} == {"person:abaz-kupi", "event:peza-conference"}
    for fact in doc["facts"]:
        assert fact["citations"]
        for citation in fact["citations"]:
            assert set(citation) == {"source", "paragraph", "quote"}
    assert {s["id"] for s in doc["sources"]} == {"004"}


def test_json_is_utf8_not_escaped(run: Run) -> None:
    result = run("who", "Mithat Frasheri", "--json")
    assert "Frashëri" in result.stdout
    assert "\\u00eb" not in result.stdout


def test_ambiguous_name_lists_candidates_and_exits_1(run: Run) -> None:
    result = run("who", "Kryeziu")
    assert result.exit_code == 1
    assert "Gani Kryeziu" in result.stdout
    assert "Alush Kryeziu" in result.stdout
    assert "more specific" in result.stderr
    doc: dict[str, Any] = as_json(run("who", "Kryeziu", "--json"))
    assert doc["status"] == "ambiguous"
    assert doc["entity"] is None
    assert not any(c["match"] for c in doc["candidates"])
    assert {c["kind"] for c in doc["candidates"]} == {"person"}
    assert all(c["description"] for c in doc["candidates"])


def test_not_found_exits_1_with_one_line_on_stderr(run: Run) -> None:
    result = run("who", "Winston Churchill")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "Winston Churchill" in result.stderr


def test_not_found_suggests_close_names(run: Run) -> None:
    result = run("who", "Alush Kryeziu Kupiu")
    assert result.exit_code == 1
    assert "did you mean: Alush Kryeziu (person:alush-kryeziu)" in result.stderr


def test_not_found_json_is_still_a_document(run: Run) -> None:
    result = run("who", "Winston Churchill", "--json")
    assert result.exit_code == 1
    doc: dict[str, Any] = as_json(result)
    assert doc["status"] == "not_found"
    assert doc["entity"] is None
    assert doc["candidates"] == []


def test_who_prefers_the_man_over_the_village(run: Run) -> None:
    doc: dict[str, Any] = as_json(run("who", "Peza", "--json"))
    assert doc["entity"]["id"] == "person:myslim-peza"
