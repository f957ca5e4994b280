"""Write a synthetic fact base of N entities, with the bundled fact base inside it.

    python benchmarks/synth.py 100000 /tmp/albres-100k

The folder is laid out like data/ (factbase.json, one entity a line, and sources/), so albres can use it with
--data or ALBRES_DATA. The synthetic entities have invented names built from syllables, a
few facts each in the bundled shapes (membership, leadership, dates, places, participants),
and descriptions, statements and quotes of words drawn at random from the running text of the
sources, so that each word recurs about as often as it does there ("the" often, "Kryeziu"
seldom) and no sentence repeats: full-text figures then mean what they would on a large base
of real text. Citations point at real paragraphs, but their quotes are invented: the base loads
and answers (validate would refuse the quotes), and says nothing true.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
from pathlib import Path
from typing import Any

from albres.factbase.read import lines_layout

ROOT = Path(__file__).resolve().parent.parent
SYLLABLES = ["ar", "bar", "dhi", "el", "fat", "gjer", "ha", "il", "jak", "kol", "le", "mar", "nik", "or"]
SYLLABLES += ["pe", "qa", "rin", "sha", "tef", "ul", "ve", "xhe", "ze"]
GIVEN = ["Agim", "Besim", "Dritan", "Fatos", "Gezim", "Ilir", "Kujtim", "Lulzim", "Mentor", "Naim"]
GIVEN += ["Petrit", "Rexhep", "Shpend", "Ylli"]
UNITS = ["Brigade", "Front", "Council", "Group"]


def name(rng: random.Random) -> str:
    surname = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
    return f"{rng.choice(GIVEN)} {surname}"


def span(year: int, month: int) -> dict[str, Any]:
    return {
        "edtf": f"{year}-{month:02d}",
        "wording": f"in {year}",
    }


def sentence(rng: random.Random, words: list[str], least: int = 8, most: int = 16) -> str:
    """Eight to sixteen words (by default) drawn from the sources' running text."""
    return " ".join(rng.choice(words) for _ in range(rng.randint(least, most))).capitalize() + "."


def synthetic(
    n: int, citations: list[dict[str, Any]], rng: random.Random, vocabulary: list[str]
) -> list[dict[str, Any]]:
    """n invented entities: 40% people, 20% organisations, 20% places, 20% events."""
    counts = {"person": n * 4 // 10, "org": n * 2 // 10, "place": n * 2 // 10}
    counts["event"] = n - sum(counts.values())
    ids = {kind: [f"{kind}:synth-{i:06d}" for i in range(count)] for kind, count in counts.items()}

    def fact(prop: str, **fields: Any) -> dict[str, Any]:
        cited = rng.choice(citations)
        quote = sentence(rng, vocabulary, 10, 30)
        return {"property": prop, **fields, "citations": [{**cited, "quote": quote}]}

    def when() -> dict[str, Any]:
        return span(rng.randint(1939, 1944), rng.randint(1, 12))

    entities = []
    for kind, kind_ids in ids.items():
        for entity_id in kind_ids:
            if kind == "person":
                label = name(rng)
                facts = [fact("statement", value=sentence(rng, vocabulary))]
                if ids["org"]:
                    facts.append(fact("member_of", object=rng.choice(ids["org"])))
            elif kind == "org":
                label = f"{rng.choice(SYLLABLES).capitalize()} {rng.choice(UNITS)} {entity_id[-6:]}"
                facts = [fact("founded", date=when())]
            elif kind == "place":
                label = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
                facts = [fact("part_of", object="place:albania")]
            else:
                label = f"Battle of {name(rng).split()[1]}"
                facts = [fact("date", date=when())]
                if ids["place"]:
                    facts.append(fact("location", object=rng.choice(ids["place"])))
                for person in rng.sample(ids["person"], min(2, len(ids["person"]))):
                    facts.append(fact("participant", object=person, role="commander"))
            entity: dict[str, Any] = {
                "id": entity_id,
                "kind": "organisation" if kind == "org" else kind,
                "name": label,
                "aliases": [],
                "description": sentence(rng, vocabulary),
                "facts": facts,
            }
            if kind == "event":
                entity["type"] = "battle"
            entities.append(entity)
    return entities


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit("usage: python benchmarks/synth.py N OUTDIR")
    n, out = int(sys.argv[1]), Path(sys.argv[2])
    bundled = json.loads((ROOT / "data" / "factbase.json").read_text(encoding="utf-8"))
    citations = [c for e in bundled["entities"] for f in e["facts"] for c in f["citations"]]
    extra = max(0, n - len(bundled["entities"]))
    texts = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "sources").glob("*.txt")))
    running = [word.strip(".,;:()\"'") for word in texts.split()]  # as often as the sources use each
    bundled["entities"] += synthetic(extra, citations, random.Random(1944), [w for w in running if w])
    out.mkdir(parents=True, exist_ok=True)
    with (out / "factbase.json").open("w", encoding="utf-8") as stream:
        stream.writelines(lines_layout(bundled))  # one entity a line: albres streams it
    shutil.copytree(ROOT / "data" / "sources", out / "sources", dirs_exist_ok=True)
    size = (out / "factbase.json").stat().st_size
    print(f"{out}: {len(bundled['entities']):,} entities, {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
