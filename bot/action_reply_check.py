"""Rasa's check of the action server's replies, with its JSON schema compiled once per process.

Rasa 3.6 checks every reply of the action server (`RemoteAction._validate_action_result`) with
`jsonschema.validate(reply, schema)`, which first checks the schema itself against the JSON
Schema meta-schema, on every call. Rasa's events schema is large: that meta-check was over half
of Rasa's CPU time in a report turn (`python -m bench.turn_cost --profile`, docs/performance.md),
about 25 ms per action call on this machine. Here the schema is checked once and each reply is
validated against it by the same validator class, so a reply passes or fails exactly as before,
with the same error and message.

Validating a reply is then still about 3 ms, most of it trying each event against all 23 kinds
of event the schema allows (`oneOf`). Every kind is told apart by its `event` name (a `const`),
so an event is valid exactly when it is valid against the common part and its own kind's schema:
a reply whose every event passes that way is valid (0.4 ms). Anything else, a failure or an
event of no known kind, goes to the full validator, which gives Rasa's verdict and error.

Installed by importing this module (`bot/channels.py` does, so every Rasa server that serves
the assistant's channels has it).
"""

from __future__ import annotations

import threading
from typing import Any

from jsonschema.exceptions import ValidationError, best_match
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL

# A validator keeps a reference-resolution scope while it works: one per thread.
_local = threading.local()


def _validator() -> Any:
    validator = getattr(_local, "validator", None)
    if validator is None:
        schema = RemoteAction.action_response_format_spec()
        cls = validator_for(schema)
        cls.check_schema(schema)
        validator = _local.validator = cls(schema)
    return validator


def _by_kind() -> tuple[Any, dict[str, Any]] | None:
    """The reply without its events' items, and a validator per kind of event (common part and
    that kind's schema); None when the schema's kinds cannot be told apart by name."""
    if not hasattr(_local, "by_kind"):
        _local.by_kind = None
        schema = RemoteAction.action_response_format_spec()
        cls = validator_for(schema)
        events = schema["properties"]["events"]
        items = events["items"]
        kinds = [b.get("properties", {}).get("event", {}).get("const") for b in items["oneOf"]]
        if (
            "event" in items.get("required", ())
            and all(isinstance(k, str) for k in kinds)
            and len(set(kinds)) == len(kinds)
        ):
            common = {k: v for k, v in items.items() if k != "oneOf"}
            outer = {k: v for k, v in events.items() if k != "items"}
            _local.by_kind = (
                cls({**schema, "properties": {**schema["properties"], "events": outer}}),
                {
                    kind: cls({"allOf": [common, b]})
                    for kind, b in zip(kinds, items["oneOf"], strict=True)
                },
            )
    return _local.by_kind


def _surely_valid(result: Any) -> bool:
    """True only for a reply the full schema accepts; False means "ask the full validator"."""
    by_kind = _by_kind()
    if by_kind is None:
        return False
    outer, kinds = by_kind
    if not outer.is_valid(result):
        return False
    for event in result.get("events") or ():
        kind = event.get("event") if isinstance(event, dict) else None
        validator = kinds.get(kind) if isinstance(kind, str) else None
        if validator is None or not validator.is_valid(event):
            return False
    return True


def validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    """`RemoteAction._validate_action_result` with the compiled validator."""
    if _surely_valid(result):
        return True
    error: ValidationError | None = best_match(_validator().iter_errors(result))
    if error is not None:
        # The message Rasa gives (rasa/core/actions/action.py).
        error.message += (
            f". Failed to validate Action server response from API, "
            f"make sure your response from the Action endpoint is valid. "
            f"For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise error
    return True


RemoteAction._validate_action_result = validate_action_result  # type: ignore[method-assign]
