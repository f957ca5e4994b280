"""Shell completion: commands, options and entity names, as bash, zsh and fish ask for them."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from albres.cli import cli


def complete(fixture_dir: Path, line: str, shell: str = "bash") -> list[str]:
    """What albres offers for the last word of `line` (an empty last word: a trailing space)."""
    words = line.split(" ")
    env = {
        "_ALBRES_COMPLETE": f"{shell}_complete",
        "COMP_WORDS": line,
        "COMP_CWORD": str(len(words) - 1),
        "ALBRES_DATA": str(fixture_dir),
    }
    if shell == "fish":
        env["COMP_CWORD"] = words[-1]  # fish passes the word itself
    result = CliRunner().invoke(cli, [], env=env, prog_name="albres")
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line]
    if lines and "," not in lines[0]:  # zsh, and fish since click 8.4: type, value, help
        return lines[1::3]
    return [line.partition(",")[2].partition("\t")[0] for line in lines]


def test_commands_complete(fixture_dir: Path) -> None:
    assert complete(fixture_dir, "albres wh") == ["when", "where", "who"]
    assert "conflicts" in complete(fixture_dir, "albres co")


def test_options_complete(fixture_dir: Path) -> None:
    assert complete(fixture_dir, "albres events --pe") == ["--person"]


@pytest.mark.parametrize(
    ("line", "offered"),
    [
        ("albres who Ab", ["Abaz Kupi"]),
        ("albres who ab", ["Abaz Kupi"]),
        ("albres who Abaz Ku", ["Kupi"]),
        ("albres who Gani Kry", ["Kryeziu"]),
        ("albres where Kor", ["Korça"]),
        ("albres where korc", ["Korça"]),
        ("albres when Mukje C", ["Conference"]),
        ("albres events --person Myslim", ["Myslim Peza"]),
        ("albres who Zz", []),
    ],
)
def test_entity_names_complete_without_diacritics(fixture_dir: Path, line: str, offered: list[str]) -> None:
    assert complete(fixture_dir, line) == offered


def test_a_name_with_a_quote_completes_to_a_shell_safe_spelling(fixture_dir: Path) -> None:
    assert complete(fixture_dir, "albres who Mit") == ["Mit’hat Frashëri"]


def test_ids_complete(fixture_dir: Path) -> None:
    assert complete(fixture_dir, "albres show place:") == [
        "place:korca",
        "place:kruje",
        "place:mukje",
        "place:peza",
    ]


@pytest.mark.parametrize(
    ("words", "cword", "offered"),
    [
        # bash splits `place:pe` at ':' (COMP_WORDBREAKS) and replaces only the part after it.
        ("albres show place : pe", 4, ["peza"]),
        ("albres show place :", 3, ["korca", "kruje", "mukje", "peza"]),
        ("albres show place : pe --json", 4, ["peza"]),
    ],
)
def test_bash_completes_an_id_it_split_at_the_colon(
    fixture_dir: Path, words: str, cword: int, offered: list[str]
) -> None:
    env = {"_ALBRES_COMPLETE": "bash_complete", "COMP_WORDS": words, "COMP_CWORD": str(cword)}
    result = CliRunner().invoke(cli, [], env={**env, "ALBRES_DATA": str(fixture_dir)}, prog_name="albres")
    assert [line.partition(",")[2] for line in result.stdout.splitlines()] == offered


@pytest.mark.parametrize(
    ("line", "offered"),
    [
        ("albres events --place Pe", ["Peza"]),  # not Myslim Peza, nor the Peza conference
        ("albres events --person Mysl", ["Myslim Peza"]),
        ("albres events --org Ba", ["Balli Kombëtar"]),
        ("albres events --type con", ["conference"]),
        ("albres show Ab", ["Abaz Kupi"]),
    ],
)
def test_options_offer_their_own_kinds(fixture_dir: Path, line: str, offered: list[str]) -> None:
    assert complete(fixture_dir, line) == offered


def test_show_offers_ids_by_their_kind(fixture_dir: Path) -> None:
    offered = complete(fixture_dir, "albres show pers")
    assert "person:abaz-kupi" in offered
    assert all(text.startswith("person:") for text in offered)


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_other_shells(fixture_dir: Path, shell: str) -> None:
    assert complete(fixture_dir, "albres who Ab", shell) == ["Abaz Kupi"]


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_the_install_scripts(shell: str) -> None:
    env = {"_ALBRES_COMPLETE": f"{shell}_source"}
    result = CliRunner().invoke(cli, [], env=env, prog_name="albres")
    assert result.exit_code == 0
    assert "_ALBRES_COMPLETE" in result.stdout
