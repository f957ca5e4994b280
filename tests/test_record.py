"""albres.record.NamedTuple behaves as typing.NamedTuple does, for what albres's records use."""

import copy
import pickle
import typing

import pytest

from albres.record import NamedTuple


class Ours(NamedTuple):
    """A record."""

    name: str
    number: int
    note: str | None = None
    tags: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.name}#{self.number}"


class Theirs(typing.NamedTuple):
    name: str
    number: int
    note: str | None = None
    tags: tuple[str, ...] = ()


CALLS = [
    (("a", 1), {}),
    (("a", 1, "n"), {}),
    (("a", 1, "n", ("t",)), {}),
    (("a",), {"number": 2}),
    ((), {"name": "b", "number": 3, "tags": ("x", "y")}),
    (("a", 1), {"tags": ()}),
]
WRONG = [
    ((), {}),
    (("a",), {}),
    (("a", 1, "n", (), "extra"), {}),
    (("a", 1), {"name": "twice"}),
    (("a", 1), {"colour": "red"}),
]


@pytest.mark.parametrize(("args", "kwargs"), CALLS)
def test_a_call_makes_what_typing_makes(args: tuple[object, ...], kwargs: dict[str, object]) -> None:
    ours, theirs = Ours(*args, **kwargs), Theirs(*args, **kwargs)  # type: ignore[arg-type]
    assert tuple(ours) == tuple(theirs)
    assert ours._asdict() == theirs._asdict()
    assert repr(ours) == repr(theirs).replace("Theirs", "Ours")
    assert ours.name == theirs.name
    assert ours.number == theirs.number
    assert ours.note == theirs.note
    assert ours.tags == theirs.tags


@pytest.mark.parametrize(("args", "kwargs"), WRONG)
def test_a_wrong_call_fails_as_typing_fails(args: tuple[object, ...], kwargs: dict[str, object]) -> None:
    with pytest.raises(TypeError):
        Theirs(*args, **kwargs)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Ours(*args, **kwargs)  # type: ignore[arg-type]


def test_the_first_call_and_the_next_agree() -> None:
    class Fresh(NamedTuple):
        a: int
        b: int = 2

    assert Fresh(1) == (1, 2)  # compiles __new__
    assert Fresh(1) == (1, 2)
    assert Fresh(b=3, a=4) == (4, 3)
    assert type(Fresh(1)) is Fresh


def test_fields_defaults_and_class_body() -> None:
    assert Ours._fields == Theirs._fields == ("name", "number", "note", "tags")
    assert Ours._field_defaults == Theirs._field_defaults == {"note": None, "tags": ()}
    assert Ours.__match_args__ == Theirs.__match_args__
    assert Ours("a", 1).label == "a#1"
    assert Ours.__doc__ == "A record."
    assert isinstance(Ours("a", 1), tuple)


def test_replace_and_make() -> None:
    record = Ours("a", 1, tags=("t",))
    changed = record._replace(number=5, note="n")
    assert changed == Ours("a", 5, "n", ("t",))
    assert type(changed) is Ours
    assert record == Ours("a", 1, None, ("t",))  # unchanged
    with pytest.raises(ValueError, match="colour"):
        record._replace(colour="red")  # type: ignore[call-arg]
    assert Ours._make(["b", 2, None, ()]) == Ours("b", 2)
    with pytest.raises(TypeError):
        Ours._make(["b", 2])


def test_equal_hashable_copied_and_pickled() -> None:
    record = Ours("a", 1, "n", ("t",))
    assert record == Ours("a", 1, "n", ("t",))
    assert hash(record) == hash(Ours("a", 1, "n", ("t",)))
    assert record != Ours("a", 2, "n", ("t",))
    assert copy.copy(record) == record
    assert copy.deepcopy(record) == record
    assert pickle.loads(pickle.dumps(record)) == record
    assert type(pickle.loads(pickle.dumps(record))) is Ours


def test_fields_are_read_only() -> None:
    record = Ours("a", 1)
    with pytest.raises(AttributeError):
        record.name = "b"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        record.colour = "red"  # type: ignore[attr-defined]


def test_a_field_without_default_after_one_with_is_refused() -> None:
    with pytest.raises(TypeError, match="default"):

        class Wrong(NamedTuple):
            a: int = 1
            b: int  # type: ignore[misc]
