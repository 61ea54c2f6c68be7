"""Rasa's check of the action server's replies, with its JSON schema compiled once per process.

Rasa 3.6 checks every reply of the action server (`RemoteAction._validate_action_result`) with
`jsonschema.validate(reply, schema)`, which first checks the schema itself against the JSON
Schema meta-schema, on every call. Rasa's events schema is large: that meta-check was over half
of Rasa's CPU time in a report turn (`python -m bench.turn_cost --profile`, docs/performance.md),
about 25 ms per action call on this machine. Here the schema is checked once and each reply is
validated against it by the same validator class, so a reply passes or fails exactly as before,
with the same error and message.

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


def validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    """`RemoteAction._validate_action_result` with the compiled validator."""
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
