"""Print a digest of every table of the index built from a fact base folder, to show that a
change to the builder leaves what the index holds unchanged.

    python benchmarks/index_digest.py data/ [index.sqlite]

Each table's rows are read in a canonical order (sorted on every column; entities with their
rowid, which the full-text rows refer to) and hashed; the contentless full-text tables are read
through a temporary fts5vocab(..., instance) table: every term with its row, column and offset,
which is all they hold. `meta` leaves out stat_key (sizes and mtimes of the files). Give an
index file to read one already built instead of building it in memory.

With ROWIDS=1 in the environment every table with rowids is read in rowid order (the order rows
were inserted in, which an unordered query returns): set PYTHONHASHSEED too, since some rows
come from sets.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import time

from albres.factbase.index import TABLES, build
from albres.factbase.read import FactBaseReader

FULL_TEXT = ("texts", "fact_texts")
WITHOUT_ROWID = ("vocabulary", "terms")


def query(connection: sqlite3.Connection, table: str) -> str:
    """The query that reads a table's rows in a canonical order."""
    if table in FULL_TEXT:
        return f"SELECT term, doc, col, offset FROM temp.vocab_{table} ORDER BY 1, 2, 3, 4"
    if table == "meta":
        return "SELECT key, value FROM meta WHERE key != 'stat_key' ORDER BY 1"
    by_rowid = os.environ.get("ROWIDS") == "1" and table not in WITHOUT_ROWID
    columns = "rowid, *" if table == "entities" or by_rowid else "*"
    count = len(connection.execute(f"SELECT {columns} FROM {table} LIMIT 0").description)
    order = ", ".join(str(n) for n in range(1, count + 1))
    return f"SELECT {columns} FROM {table} ORDER BY {order}"


def main(folder: str, path: str | None = None) -> None:
    if path:
        connection = sqlite3.connect(path)
    else:
        connection = sqlite3.connect(":memory:")
        reader = FactBaseReader(folder, index_checks=True)
        start = time.perf_counter()
        build(connection, reader, reader.file, "digest")
        print(f"built in {time.perf_counter() - start:.2f} s", file=sys.stderr)
    for table in FULL_TEXT:
        connection.execute(
            f"CREATE VIRTUAL TABLE temp.vocab_{table} USING fts5vocab(main, {table}, instance)"
        )
    whole = hashlib.sha256()
    for table in TABLES:
        digest, count = hashlib.sha256(), 0
        for row in connection.execute(query(connection, table)):  # streamed: a large base's rows are many
            digest.update(repr(row).encode() + b"\n")
            count += 1
        whole.update(digest.digest())
        print(f"{table:12} {count:>10} {digest.hexdigest()[:16]}")
    print(f"{'all':12} {'':>10} {whole.hexdigest()[:16]}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
