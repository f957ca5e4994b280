"""The command line: parses, calls the library, renders. Each command declares what it answers
and returns the result; albres.cli.options writes it and maps errors to exit codes. A look-up
imports albres.query (and the reading of words behind it) when it runs: a listing never does."""

from __future__ import annotations

import contextlib
import os
import sys
from typing import Any

import click

from albres import __version__, listings
from albres.cli.options import (
    EXIT_CODES_HELP,
    EXIT_FACTBASE,
    EXIT_INTERRUPTED,
    EXIT_IOERR,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_USAGE,
    answers,
    argument,
    base,
    complete_ids,
    complete_names,
    event_filters,
    kind_of,
    kind_option,
    limit_option,
    made,
    option,
    output_options,
    words_of,
)
from albres.errors import OutputClosed, OutputFailed, quoted, valid_unicode
from albres.factbase import ENV_VAR
from albres.factbase.cache import CACHE_ENV
from albres.model import Result
from albres.output import print_message
from albres.output.writer import write_text

__all__ = ["EXIT_FACTBASE", "EXIT_IOERR", "EXIT_NOT_FOUND", "EXIT_OK", "EXIT_USAGE", "cli", "main", "run"]


def _show(ctx: click.Context, value: bool, text: str | None = None) -> None:
    """--help and --version: write the text (else the help) and stop."""
    if value and not ctx.resilient_parsing:
        click.echo(ctx.get_help() if text is None else text, color=ctx.color)
        ctx.exit()


class _Command(click.Command):
    """A command whose parameters are made when it is used (options.Later), and whose -h/--help
    option is made without click's gettext lookup, which reads the locale's catalogues on
    every call (about 1 ms of each run, measured; --version too)."""

    _own_help: click.Option | None = None

    @property
    def params(self) -> list[click.Parameter]:
        """Its parameters, made when first asked for (options.Later)."""
        return made(self._params)

    @params.setter
    def params(self, params: list[click.Parameter]) -> None:
        self._params = params

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        names = self.get_help_option_names(ctx)
        if not names or not self.add_help_option:
            return None
        if self._own_help is None:  # made once: click orders eager options by identity
            self._own_help = click.Option(
                names,
                is_flag=True,
                expose_value=False,
                is_eager=True,
                help="Show this message and exit.",
                callback=lambda ctx, _param, value: _show(ctx, value),
            )
        return self._own_help


class _Albres(_Command, click.Group):
    command_class = _Command

    def main(self, *args: Any, **kwargs: Any) -> Any:
        if os.environ.get("_ALBRES_COMPLETE"):  # a shell asks for completions
            import albres.cli.completion  # noqa: F401  (registers bash completion of ids)
        return super().main(*args, **kwargs)


@click.group(cls=_Albres, epilog=EXIT_CODES_HELP, context_settings={"help_option_names": ["-h", "--help"]})
@option(
    "--data",
    metavar="PATH",
    envvar=ENV_VAR,
    help=f"A fact base folder laid out like data/ (default: the bundled one; also ${ENV_VAR}).",
)
@option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    help="Show the version and exit.",
    callback=lambda ctx, _param, value: _show(ctx, value, f"albres {__version__}"),
)
@click.pass_context
def cli(ctx: click.Context, data: str | None) -> None:
    """Cited answers on the Albanian resistance in the Second World War (1939-1944).

    Every fact carries its source: [004 ¶12] is paragraph 12 of source 004
    (see `albres sources`). Names match without diacritics, by surname,
    and with a typo.

    \b
    Examples:
      albres who "Abaz Kupi"
      albres when "Mukje Conference"
      albres events --year 1943
      albres who "Enver Hoxha" --json | jq '.facts[].citations'
    """
    ctx.ensure_object(dict)["data"] = data


@cli.command(epilog=EXIT_CODES_HELP)
@argument("name", nargs=-1, required=True, shell_complete=complete_names)
@output_options(quotes=True)
@answers(query="name")
def who(name: tuple[str, ...], fmt: str, quotes: bool) -> Result:
    """A person or organisation: roles, memberships and events, each cited.

    \b
    Example:
      albres who "Abaz Kupi"
      albres who hoxha --quotes
    """
    from albres import query

    return query.who(base(), words_of(name))


@cli.command(epilog=EXIT_CODES_HELP)
@argument("name", nargs=-1, required=True, shell_complete=complete_names)
@output_options(quotes=True)
@answers(query="name")
def when(name: tuple[str, ...], fmt: str, quotes: bool) -> Result:
    """An event's date as each source gives it and what they count of it; anything else's dated facts.

    \b
    Example:
      albres when "Mukje Conference"
    """
    from albres import query

    return query.when(base(), words_of(name))


@cli.command(epilog=EXIT_CODES_HELP)
@argument("name", nargs=-1, required=True, shell_complete=complete_names)
@output_options(quotes=True)
@answers(query="name")
def where(name: tuple[str, ...], fmt: str, quotes: bool) -> Result:
    """A place and what happened there; an event's place; the places tied to someone.

    \b
    Example:
      albres where Peza
    """
    from albres import query

    return query.where(base(), words_of(name))


@cli.command(epilog=EXIT_CODES_HELP)
@event_filters
@limit_option
@output_options()
@answers(limits=True)
def events(
    year: int | None,
    start: str | None,
    end: str | None,
    place: str | None,
    person: str | None,
    org: str | None,
    event_type: str | None,
    fmt: str,
) -> Result:
    """Events in date order; an imprecise date shows in every year it overlaps.

    \b
    Examples:
      albres events --year 1943
      albres events --from 1943-08 --to 1943-12 --type conference
      albres events --person kupi --jsonl
    """
    return listings.events(
        base(), year=year, start=start, end=end, place=place, person=person, org=org, event_type=event_type
    )


@cli.command(epilog=EXIT_CODES_HELP)
@argument("text", nargs=-1, required=True)
@option(
    "--limit", type=click.IntRange(1, 100), default=10, show_default=True, help="How many facts and entries."
)
@kind_option
@output_options(quotes=True)
@answers(query="text")
def search(text: tuple[str, ...], limit: int, kind: str | None, fmt: str, quotes: bool) -> Result:
    """The facts that hold your words, each with its entity, date and citation, then
    ranked entries of every kind, with kind, id, description and score.

    A fact must hold every word of the query (or a word the sources use for it), or,
    for three words or more, all but one light word; its score is the share of the
    words' weight it holds, those found only in its quote counting half. A fact
    that quotes the sentence of one found more fully follows, with its score. When no
    fact holds enough of the words but they name an entry, its facts that hold others
    of the words are listed, scored by the share they hold of those words. Entries:
    names first (exact, then near spellings); when the words name nothing, the
    entries the facts lead to (a leading who, when, where or which says which kinds
    come first; for where, the place of an event named). No fact, name or text that
    holds the words is "no good match" (exit 1).

    \b
    Examples:
      albres search kryeziu
      albres search "who led Legality"
      albres search "population of Albania" --quotes
      albres search "brigades" --kind org
    """
    from albres import query

    return query.search(base(), words_of(text), limit, kind_of(kind))


@cli.command(epilog=EXIT_CODES_HELP)
@argument("entity_id", metavar="ID", shell_complete=complete_ids)
@output_options(quotes=True)
@answers(query="entity_id")
def show(entity_id: str, fmt: str, quotes: bool) -> Result:
    """The full record of one entity, by id or name: every fact and citation.

    \b
    Examples:
      albres show event:mukje-conference --quotes
      albres show "Abaz Kupi"
    """
    from albres import query

    return query.show(base(), entity_id)


@cli.command("list", epilog=EXIT_CODES_HELP)
@kind_option
@limit_option
@output_options()
@answers(limits=True)
def list_entities(kind: str | None, fmt: str) -> Result:
    """Every entry of the fact base (or of one kind): kind, name, id and description.

    \b
    Examples:
      albres list --kind person
      albres list --jsonl | jq -r '.id'
    """
    return listings.listing(base(), kind_of(kind))


@cli.command(epilog=EXIT_CODES_HELP)
@output_options()
@answers()
def sources(fmt: str) -> Result:
    """The source documents, their provenance, and how many facts cite each.

    \b
    Example:
      albres sources
    """
    return listings.sources(base())


@cli.command(epilog=EXIT_CODES_HELP)
@limit_option
@output_options()
@answers(limits=True)
def conflicts(fmt: str) -> Result:
    """Every point where the sources differ, each claim beside its quote.

    who, when, where and show mark a disputed fact with [sources differ];
    this lists them all, side by side.

    \b
    Example:
      albres conflicts
      albres conflicts --json | jq '.conflicts[].summary'
    """
    return listings.conflicts(base())


@cli.command(epilog=EXIT_CODES_HELP)
@argument("date", metavar="DATE")
@limit_option
@output_options()
@answers(query="date", limits=True)
def on(date: str, fmt: str) -> Result:
    """What was under way on DATE (1943-08-02, 1943-08 or 1944): events and roles held.

    An event shows when its dates overlap DATE; a role shows when it may have been
    held then, marked (possibly) where the sources' dates leave it open.

    \b
    Example:
      albres on 1943-08-02
      albres on 1943-02-01 --json | jq '.roles[] | select(.value == "prime minister")'
    """
    return listings.on(base(), date)


@cli.command(epilog=EXIT_CODES_HELP)
@event_filters
@limit_option
@output_options()
@answers(limits=True)
def timeline(
    year: int | None,
    start: str | None,
    end: str | None,
    place: str | None,
    person: str | None,
    org: str | None,
    event_type: str | None,
    fmt: str,
) -> Result:
    """The events drawn on a time axis that fits the terminal.

    A bar covers every day an event's dates allow: a season, a month, a span of
    days; years and months are marked on the axis, and named where it is wide
    enough. It takes the filters of events. --json gives the same events.

    \b
    Examples:
      albres timeline --year 1943
      albres timeline --person "Enver Hoxha" --type conference
    """
    return listings.timeline(
        base(), year=year, start=start, end=end, place=place, person=person, org=org, event_type=event_type
    )


@cli.command(epilog=EXIT_CODES_HELP)
@argument("name", nargs=-1, shell_complete=complete_names)
@option("--depth", type=click.IntRange(0, 10), default=1, show_default=True, help="Steps out from NAME.")
@option(
    "--format",
    "fmt",
    type=click.Choice(["dot", "graphml", "json"]),
    default="dot",
    show_default=True,
    help="DOT for Graphviz, GraphML for Gephi, JSON for scripts.",
)
@option("--json", "fmt", flag_value="json", help="The same as --format json.")
@answers(query="name")
def graph(name: tuple[str, ...], depth: int, fmt: str) -> Result:
    """The relations between people, organisations, events and places.

    Membership, leadership, participation, location and founding, as edges from
    the fact's subject to its object. Without NAME, the whole fact base; with it,
    what lies within --depth steps.

    \b
    Examples:
      albres graph "Abaz Kupi" --depth 2 | dot -Tsvg > kupi.svg
      albres graph --format graphml > albres.graphml
      albres graph "Mukje Conference" --json | jq '.edges[] | [.source, .relation, .target]'
    """
    from albres import query

    return query.graph(base(), words_of(name) if name else None, depth)


@cli.command(epilog=EXIT_CODES_HELP)
@argument("destination", metavar="DEST")
@option(
    "--format",
    "shape",
    type=click.Choice(["sqlite", "csv"]),
    default="sqlite",
    show_default=True,
    help="An SQLite database, or a folder with one CSV file a table.",
)
@option("--force", is_flag=True, help="Replace DEST if it exists.")
@option("--json", "fmt", flag_value="json", help="Say what was written as a JSON document.")
@option("--table", "fmt", flag_value="table", default=True, hidden=True)
@answers(query="destination")
def export(destination: str, shape: str, force: bool, fmt: str) -> Result:
    """The whole fact base as an SQLite database (for Datasette, sqlite3 or
    pandas) or as CSV files: sources, paragraphs, entities, aliases, disputes,
    facts (with the phrase each table prints) and citations (with each quote's
    place in its source file), tied by foreign keys, with full-text search.

    \b
    Examples:
      albres export albres.db && datasette albres.db
      albres export albres-csv --format csv
    """
    from albres.export import export as write

    return write(base(), destination, shape, force)


@cli.command(epilog=EXIT_CODES_HELP)
@argument("source", metavar="SOURCE")
@argument("paragraph", metavar="PARAGRAPH", type=click.IntRange(min=1))
@output_options()
@answers(query="source")
def read(source: str, paragraph: int, fmt: str) -> Result:
    """A source paragraph as the source has it, every quoted span marked, and the
    facts that cite each span under it.

    A citation such as [004 ¶12] in any table is `albres read 004 12`. SOURCE is a
    source's id or file name (`albres sources` lists them). Spans are marked
    [1> ... <1] (underlined on a terminal); --json gives each span's W3C Web
    Annotation selectors (TextQuoteSelector, and TextPositionSelector in code
    points from the start of the source file).

    \b
    Examples:
      albres read 004 12
      albres read 000 2 --json | jq '.spans[].target.selector'
    """
    return listings.read(base(), source, paragraph)


@cli.command(epilog=EXIT_CODES_HELP)
@option(
    "--min",
    "minimum",
    type=click.FloatRange(0, 100),
    metavar="P",
    help="Exit 3 when less than P percent of the sentences are quoted.",
)
@output_options()
@answers()
def coverage(minimum: float | None, fmt: str) -> Result:
    """For curators: how much of each source the facts quote, paragraph by paragraph.

    A sentence counts as quoted when some fact's quote covers a word of it.
    Sentences end at . ! or ? before a capital letter or a digit, but not after an
    abbreviation (Gen., Col., Dr., No., ...) or an initial (Pollo S.). A
    bibliographic line (a reference to a work) is not counted. The sentences no
    fact quotes are listed.

    \b
    Examples:
      albres coverage
      albres coverage --min 95 --json | jq '.percent'
    """
    return listings.coverage(base(), minimum)


@cli.command(epilog=EXIT_CODES_HELP)
@argument("path", required=False, metavar="[PATH]")
@output_options()
@answers(query="path")
def validate(path: str | None, fmt: str) -> Result:
    """Check a fact base for curators; exit 3 when it has errors.

    Checks the shape, that every quote stands verbatim in its paragraph, ids and
    references, EDTF dates and their earliest/latest days, that every entity is
    cited, and (as warnings) aliases shared between entities. PATH defaults to
    --data, $ALBRES_DATA, or the bundled fact base.

    \b
    Example:
      albres validate
      albres validate ./my-factbase --json | jq '.problems[]'
    """
    from albres.validate import validate as check

    return check(path or click.get_current_context().ensure_object(dict).get("data"))


@cli.group(epilog=EXIT_CODES_HELP)
def cache() -> None:
    """Where albres keeps its indexes of fact bases, and how to remove them.

    An index is derived from a fact base and rebuilt whenever the fact base, its
    source texts or albres change; it lives in a directory only you can read
    ($ALBRES_CACHE_DIR, else $XDG_CACHE_HOME/albres, else ~/.cache/albres).

    \b
    Examples:
      albres cache path
      albres cache clear
    """


@cache.command("path", epilog=EXIT_CODES_HELP)
def cache_path() -> None:
    """Print the directory that holds your indexes (nothing when the cache is off)."""
    from albres.factbase.cache import cache_dir, private_dir

    chosen = cache_dir()
    if chosen is None:
        print_message(f"albres: the cache is off (${CACHE_ENV} is empty): indexes are built in memory")
        return
    write_text(private_dir(chosen) + "\n")


@cache.command("clear", epilog=EXIT_CODES_HELP)
def cache_clear() -> None:
    """Remove your index files; each is built again when next needed."""
    from albres.factbase.cache import clear

    removed = clear()
    for path in removed:
        write_text(path + "\n")
    print_message(f"albres: removed {len(removed)} file{'' if len(removed) == 1 else 's'}")


def run(args: list[str] | None = None) -> int:
    """Run the command line on args (default: sys.argv[1:]); the exit code. Nothing escapes:
    a reader that went away is exit 0, a stdout that cannot be written exit 74 (EX_IOERR)."""
    args = sys.argv[1:] if args is None else args
    for arg in args:
        if not valid_unicode(arg):
            print_message(f"albres: an argument is not valid UTF-8: {quoted(arg)}")
            return EXIT_USAGE
    try:
        returned = cli.main(args, prog_name="albres", standalone_mode=False)
        return returned if isinstance(returned, int) else EXIT_OK
    except OutputClosed:
        return EXIT_OK
    except OutputFailed as error:
        print_message(f"albres: cannot write the output: {error}")
        return EXIT_IOERR
    except click.ClickException as error:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            error.show()
        return error.exit_code
    except click.Abort:
        print_message("albres: interrupted")
        return EXIT_INTERRUPTED
    except SystemExit as done:  # Click's own writing (help, usage) met a closed pipe
        if type(sys.stdout).__name__ == "_PacifyFlushWrapper":
            return EXIT_OK
        return done.code if isinstance(done.code, int) else EXIT_OK


def main() -> None:
    """The console script: run the CLI, then end the process at once.

    Once the answer is written and flushed, nothing is left to do: os._exit skips the
    interpreter's teardown of every loaded module, about 15 ms of a 70 ms call (measured).
    """
    code = run()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    os._exit(code)
