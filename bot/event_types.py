"""Rasa's lookup of an event's class by its name, remembered instead of searched every time.

Rasa 3.6 turns every event it reads (each one of the tracker it loads for a message, each one an
action sends back) into its class with `Event.resolve_by_type`, which walks the whole tree of
`Event` subclasses (`all_subclasses`, with `inspect.isabstract` on each) every time: 2-7 % of
Rasa's samples in the assistant's turns (`python -m bench.turn_cost --profile`,
docs/performance.md). Here the class found for a name is remembered, and forgotten whenever a new
subclass of `Event` is defined anywhere (`__init_subclass__`), so the answer is always the one
Rasa's search gives: the first non-abstract subclass, in Rasa's order, with that `type_name`.
Names that are not found go to Rasa's code every time (its default, "topic" and error).

Installed by importing this module (`bot/channels.py` does, so every Rasa server that serves
the assistant's channels has it).
"""

from __future__ import annotations

from typing import Any

from rasa.shared.core.events import Event

_rasa_resolve_by_type = Event.resolve_by_type
_found: dict[str, type[Event]] = {}


def resolve_by_type(type_name: str, default: type[Event] | None = None) -> type[Event] | None:
    """Rasa's `Event.resolve_by_type`, remembered per name while the subclasses stay the same."""
    cls = _found.get(type_name)
    if cls is None:
        cls = _rasa_resolve_by_type(type_name, default)
        # Only a class Rasa found by this name: never its default.
        if cls is not None and cls is not default and cls.type_name == type_name:
            _found[type_name] = cls
    return cls


# Rasa's Event defines no __init_subclass__ of its own (the tests check): this one is the only.
def _forget(cls: type[Event], **kwargs: Any) -> None:
    # A new class may come first for a name in Rasa's search: search again from now on.
    _found.clear()
    super(Event, cls).__init_subclass__(**kwargs)


Event.__init_subclass__ = classmethod(_forget)  # type: ignore[assignment,method-assign]
Event.resolve_by_type = staticmethod(resolve_by_type)  # type: ignore[method-assign,assignment]
