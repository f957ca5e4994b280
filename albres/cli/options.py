"""The plumbing of the command line: exit codes, the shared options, shell completion, and the
one decorator that writes a command's result and turns library errors into exit codes."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from albres.errors import AlbresError, Ambiguous, FactBaseError, IndexDamaged, NotFound, quoted
from albres.factbase import FactBase, load
from albres.listings import first as first_rows
from albres.model import (
    READ_AS,
    Answer,
    Candidate,
    Coverage,
    EntityList,
    EventList,
    Kind,
    OnDate,
    Result,
    Timeline,
    ValidationReport,
)
from albres.output import FORMATS, RenderContext, emit, print_candidates, print_message, problem_document
from albres.output.writer import display
from albres.output.writer import write_json as print_json
from albres.properties import ID_PREFIXES

if TYPE_CHECKING:
    from click.shell_completion import CompletionItem

EXIT_OK, EXIT_NOT_FOUND, EXIT_USAGE, EXIT_FACTBASE = 0, 1, 2, 3
EXIT_IOERR = 74  # EX_IOERR (sysexits.h): stdout could not be written
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl-C

EXIT_CODES_HELP = """\b
Exit codes:
  0  answered
  1  nothing to answer: nothing found, no rows in a list, or several
     entries match equally (candidates listed)
  2  usage error: a bad option, argument or value
  3  the fact base is missing, unreadable or broken
  74 the output could not be written (a full disk); a closed pipe is 0"""

F = TypeVar("F", bound=Callable[..., Any])


class Later:
    """A parameter made when its command is first used. Click makes each one as its decorator
    runs: all of albres's commands' options, made at import, cost 1 ms of every call (measured),
    though a call uses one command's."""

    __slots__ = ("attrs", "decls", "kind")

    def __init__(self, kind: type[click.Parameter], decls: tuple[str, ...], attrs: dict[str, Any]) -> None:
        self.kind, self.decls, self.attrs = kind, decls, attrs

    def make(self) -> click.Parameter:
        return self.kind(list(self.decls), **self.attrs)


def made(params: list[Any]) -> list[click.Parameter]:
    """A command's parameters, those still to make (Later) made, in place."""
    if any(isinstance(param, Later) for param in params):
        params[:] = [param.make() if isinstance(param, Later) else param for param in params]
    return params


def option(*decls: str, **attrs: Any) -> Callable[[F], F]:
    """click.option, made when its command is first used (Later)."""
    return _later(click.Option, decls, attrs)


def argument(*decls: str, **attrs: Any) -> Callable[[F], F]:
    """click.argument, made when its command is first used (Later)."""
    return _later(click.Argument, decls, attrs)


def _later(kind: type[click.Parameter], decls: tuple[str, ...], attrs: dict[str, Any]) -> Callable[[F], F]:
    def decorate(command: F) -> F:
        # Appended as click's decorators append them (its command() reverses the list).
        command.__dict__.setdefault("__click_params__", []).append(Later(kind, decls, attrs))
        return command

    return decorate


# --kind takes a kind or its id prefix (org for organisation).
KINDS = {**{kind.value: kind for kind in Kind}, **{p: Kind(k) for p, k in ID_PREFIXES.items()}}
kind_option = option(
    "--kind",
    type=click.Choice(sorted(KINDS)),
    help="Only entries of this kind (org is short for organisation).",
)


def kind_of(name: str | None) -> Kind | None:
    """The kind a --kind value names."""
    return KINDS[name] if name else None


def output_options(*, quotes: bool = False) -> Callable[[F], F]:
    """Add the output options to a command: --format (with --json and --jsonl as shorthands)
    sets one value, `fmt`; --quotes (for tables of facts) sets `quotes`; --color and
    --no-pager set how a table is drawn (writer.display)."""

    def decorate(command: F) -> F:
        @functools.wraps(command)
        def run(*args: Any, **kwargs: Any) -> Any:
            chosen = kwargs.pop("format_")
            if chosen and kwargs["fmt"] not in ("table", chosen):
                raise click.UsageError(f"--{kwargs['fmt']} and --format {chosen} disagree")
            kwargs["fmt"] = chosen or kwargs["fmt"]
            return command(*args, **kwargs)

        # Appended as click's decorators append them (its command() reverses the list).
        run.__click_params__ = [*getattr(run, "__click_params__", []), *_output_params(quotes)]  # type: ignore[attr-defined]
        return run  # type: ignore[return-value]

    return decorate


@functools.cache
def _output_params(quotes: bool) -> list[click.Parameter]:
    """The output options, made once and shared by every command that has them (click reads an
    option, never changes it; making them anew for each command cost 2 ms of every call), in
    the order click's decorators would append them."""
    options: list[click.Parameter] = [
        click.Option(["--table", "fmt"], flag_value="table", default=True, hidden=True),
        click.Option(
            ["--format", "format_"],
            type=click.Choice(FORMATS),
            help="table (the default), json, jsonl (one object a line), csv or tsv (one row per"
            " fact or entry, with its citation).",
        ),
        click.Option(
            ["--json", "fmt"], flag_value="json", help="The same as --format json (see README: JSON output)."
        ),
        click.Option(["--jsonl", "fmt"], flag_value="jsonl", help="The same as --format jsonl."),
        click.Option(
            ["--color"],
            type=click.Choice(["auto", "always", "never"]),
            default="auto",
            show_default=True,
            expose_value=False,
            callback=lambda ctx, param, value: display(color=value),
            help="Colour in tables (NO_COLOR and FORCE_COLOR are obeyed under auto).",
        ),
        click.Option(
            ["--no-pager"],
            is_flag=True,
            expose_value=False,
            callback=lambda ctx, param, value: display(page=not value),
            help="Do not page a long table on a terminal (the pager: $PAGER, else less -FRX).",
        ),
    ]
    if quotes:
        options.append(
            click.Option(
                ["--quotes"], is_flag=True, help="Print the verbatim quote under each fact (tables only)."
            )
        )
    return options[::-1]


limit_option = option(
    "--limit", type=click.IntRange(min=1), metavar="N", help="At most N rows (events, entries, facts)."
)


def base() -> FactBase:
    """The fact base chosen by --data or $ALBRES_DATA, loaded once per call."""
    state: dict[str, Any] = click.get_current_context().ensure_object(dict)
    if "base" not in state:
        state["base"] = load(state.get("data"))
        for note in state["base"].notes:
            print_message(f"albres: {note}")
    base: FactBase = state["base"]
    return base


def _context(ctx: click.Context, quotes: bool = False) -> RenderContext:
    """What the renderers need of the fact base the command loaded (none for validate)."""
    base: FactBase | None = ctx.ensure_object(dict).get("base")
    if base is None:
        return RenderContext({}, {}, quotes)
    return RenderContext(
        {s.id: (s.title, s.file) for s in base.sources.values()},
        {d.id: d.summary for d in base.disputes.values()},
        quotes,
        base.identity,
    )


def _outcome(error: AlbresError) -> tuple[int, str, tuple[Candidate, ...], str]:
    """Exit code, JSON status, candidates to show, and the message for a library error."""
    if isinstance(error, NotFound):
        hint = ", ".join(f"{c.entity.name} ({c.entity.id})" for c in error.suggestions)
        return (
            EXIT_NOT_FOUND,
            "not_found",
            error.suggestions,
            f"{error}; did you mean: {hint}" if hint else str(error),
        )
    if isinstance(error, Ambiguous):
        return (
            EXIT_NOT_FOUND,
            "ambiguous",
            error.candidates,
            f"{error}; be more specific, or use `albres show ID`",
        )
    if isinstance(error, FactBaseError):
        return EXIT_FACTBASE, "fact_base_error", (), f"broken fact base: {error}"
    return EXIT_USAGE, "usage_error", (), str(error)


def answers(
    query: str | None = None, limits: bool = False
) -> Callable[[Callable[..., Result]], Callable[..., None]]:
    """Declare a command that answers: it returns a result, which this writes in the format
    its output options chose (`fmt`, and `quotes`); the library's errors become a message on
    stderr, a JSON problem document (with --json or --jsonl) and an exit code. `query` names
    the parameter holding the user's words, echoed in that document; `limits`: the command
    takes --limit (limit_option), which cuts its rows here."""

    def decorate(command: Callable[..., Result]) -> Callable[..., None]:
        @functools.wraps(command)
        def run(*args: Any, **kwargs: Any) -> None:
            ctx = click.get_current_context()
            fmt = kwargs.get("fmt", "table")
            limit = kwargs.pop("limit", None) if limits else None
            try:
                try:
                    result = command(*args, **kwargs)
                except IndexDamaged:  # its file is gone now: load the fact base anew, once
                    ctx.ensure_object(dict).pop("base", None)
                    result = command(*args, **kwargs)
            except AlbresError as error:
                code, status, found, message = _outcome(error)
                if fmt in ("json", "jsonl"):
                    words = kwargs[query] if query else None
                    text = words if isinstance(words, str) else words_of(words or ())
                    identity = _context(ctx).factbase
                    print_json(problem_document(ctx.info_name or "", text, status, found, message, identity))
                elif isinstance(error, Ambiguous):
                    print_candidates(found, fmt)
                print_message(f"albres: {message}")
                ctx.exit(code)
            _say_how_words_were_read(result)
            if limit is not None:
                result, cut = first_rows(result, limit)
                if cut and fmt == "table":
                    print_message(f"albres: showing the first {limit} of {cut} rows (--limit)")
            emit(result, fmt, _context(ctx, kwargs.get("quotes", False)))
            nothing = nothing_in(result)
            if nothing:  # one rule for every list: no rows is nothing to answer
                print_message(f"albres: {nothing}")
                ctx.exit(EXIT_NOT_FOUND)
            if isinstance(result, ValidationReport) and result.errors:
                ctx.exit(EXIT_FACTBASE)
            if isinstance(result, Coverage) and result.short:
                print_message(
                    f"albres: the sources are {result.percent:.1f} % quoted, under --min {result.minimum:g}"
                )
                ctx.exit(EXIT_FACTBASE)

        return run

    return decorate


def nothing_in(result: Result) -> str:
    """What a list result lacks, when it has no rows ("" when it has some)."""
    if isinstance(result, EventList) and not result.rows:
        return "no events match"
    if isinstance(result, Timeline) and not result.events.rows:
        return "no dated events match"
    if isinstance(result, OnDate) and not result.events.rows and not result.roles:
        return "the sources name nothing under way then"
    if isinstance(result, EntityList) and not result.entities:
        return "no entries of that kind"
    return ""


def _say_how_words_were_read(result: Result) -> None:
    """When the user's words were read through the full text, say as what (on stderr)."""
    if isinstance(result, Answer):
        chosen = next((c for c in result.candidates if c.match and c.how == READ_AS), None)
        if chosen:
            print_message(
                f"albres: reading {quoted(result.query)} as {chosen.entity.name} ({chosen.entity.id})"
            )


def _completing(ctx: click.Context) -> FactBase | None:
    """The fact base a completion reads (--data, $ALBRES_DATA or the bundled one); None when
    it cannot be loaded: a shell completing a word shows no error."""
    try:
        return load(ctx.find_root().params.get("data"))
    except AlbresError:
        return None


def names_of(*kinds: Kind) -> Callable[[click.Context, click.Parameter, str], list[CompletionItem]]:
    """Shell completion of the names of entities of these kinds (any kind when none is given):
    `albres who Ab<TAB>` -> Abaz Kupi, `--place Tir<TAB>` -> Tirana."""

    def complete(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
        base = _completing(ctx)
        if base is None:
            return []
        from click.shell_completion import CompletionItem

        from albres import query

        typed = list(ctx.params.get(param.name or "") or ()) if param.nargs == -1 else []
        return [CompletionItem(text) for text in query.complete(base, typed, incomplete, kinds=kinds)]

    return complete


complete_names = names_of()


def complete_types(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Shell completion of the event types the fact base knows (`--type con<TAB>`)."""
    base = _completing(ctx)
    if base is None:
        return []
    from click.shell_completion import CompletionItem

    return [CompletionItem(t) for t in base.event_types() if t.startswith(incomplete.casefold())]


def complete_ids(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Shell completion of entity ids (`albres show person:ab<TAB>`), and of names too, since
    `show` takes either."""
    base = _completing(ctx)
    if base is None:
        return []
    from click.shell_completion import CompletionItem

    offered = base.ids_starting(incomplete, 50)
    if ":" not in incomplete:
        from albres import query

        offered += query.complete(base, [], incomplete)
    return [CompletionItem(text) for text in offered]


def event_filters(command: F) -> F:
    """The filters events and timeline share: a year or a date range, a place, a person, an
    organisation, a type."""
    options = [
        option("--year", type=click.IntRange(1, 9999), help="Events that overlap this year."),
        option("--from", "start", metavar="DATE", help="On or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)."),
        option("--to", "end", metavar="DATE", help="On or before DATE."),
        option(
            "--place",
            metavar="NAME",
            shell_complete=names_of(Kind.PLACE),
            help="At this place (or within it).",
        ),
        option(
            "--person",
            metavar="NAME",
            shell_complete=names_of(Kind.PERSON),
            help="With this person taking part.",
        ),
        option(
            "--org",
            metavar="NAME",
            shell_complete=names_of(Kind.ORGANISATION),
            help="With this organisation taking part.",
        ),
        option(
            "--type",
            "event_type",
            metavar="TYPE",
            shell_complete=complete_types,
            help="Events of this type (conference, battle, ...).",
        ),
    ]
    for add in reversed(options):
        command = add(command)
    return command


def words_of(words: tuple[str, ...]) -> str:
    return " ".join(words)
