"""`NamedTuple` for albres's records: typing.NamedTuple to mypy, a cheaper class at run time.

Every call defines all of albres's record types before it can answer, and typing.NamedTuple
compiles code for each of them (its `__new__`), about 0.2 ms a class, 7 ms of start-up for 35
classes (measured, Python 3.11). The class here builds the same tuple subclass (named fields,
defaults, `_fields`, `_field_defaults`, `_make`, `_replace`, `_asdict`, a repr, pickling)
without compiling anything: one `__new__` serves every class (a call that gives every field in
order, nearly every call, costs what namedtuple's compiled one costs; measured).

    class Citation(NamedTuple):
        source: str
        paragraph: int
        quote: str = ""
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
else:
    from operator import itemgetter

    class _Fields(type):
        """Makes each annotated name of a class body a field, in order; a value given to a
        field in the body is its default."""

        def __new__(meta, name: str, bases: tuple[type, ...], body: dict[str, Any]) -> type:
            if not bases:  # NamedTuple itself
                return super().__new__(meta, name, bases, body)
            fields = tuple(body.get("__annotations__", {}))
            defaults = {field: body.pop(field) for field in fields if field in body}
            if tuple(defaults) != fields[len(fields) - len(defaults) :]:
                raise TypeError(f"{name}: a field without a default follows one with a default")
            body.update(__slots__=(), _fields=fields, _field_defaults=defaults, __match_args__=fields)
            for number, field in enumerate(fields):
                body[field] = property(itemgetter(number), doc=f"Alias for field number {number}")
            return super().__new__(meta, name, bases, body)

    def _bound(cls: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, ...]:
        """The fields' values from a call that names some or leaves some to their defaults,
        refused as a function's call would be."""
        fields, defaults = cls._fields, cls._field_defaults
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__}() takes {len(fields)} arguments but {len(args)} were given")
        try:
            rest = [kwargs.pop(name) if name in kwargs else defaults[name] for name in fields[len(args) :]]
        except KeyError as missing:
            raise TypeError(f"{cls.__name__}() missing required argument {missing}") from None
        for name in kwargs:  # given twice, or not a field
            which = "multiple values for" if name in fields else "an unexpected keyword"
            raise TypeError(f"{cls.__name__}() got {which} argument {name!r}")
        return (*args, *rest)

    class NamedTuple(tuple, metaclass=_Fields):
        __slots__ = ()
        _fields: ClassVar[tuple[str, ...]] = ()
        _field_defaults: ClassVar[dict[str, Any]] = {}

        def __new__(cls, *args: Any, **kwargs: Any) -> Any:
            if kwargs or len(args) != len(cls._fields):
                args = _bound(cls, args, kwargs)
            return tuple.__new__(cls, args)

        @classmethod
        def _make(cls, iterable: Any) -> Any:
            made = tuple.__new__(cls, iterable)
            if len(made) != len(cls._fields):
                raise TypeError(f"expected {len(cls._fields)} arguments, got {len(made)}")
            return made

        def _replace(self, **changes: Any) -> Any:
            made = self._make(map(changes.pop, self._fields, self))
            if changes:
                raise ValueError(f"got unexpected field names: {list(changes)!r}")
            return made

        def _asdict(self) -> dict[str, Any]:
            return dict(zip(self._fields, self, strict=True))

        def __repr__(self) -> str:
            fields = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self, strict=True))
            return f"{type(self).__name__}({fields})"

        def __getnewargs__(self) -> tuple[Any, ...]:
            return tuple(self)
