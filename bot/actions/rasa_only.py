"""The action server answers Rasa and nobody else.

Each action call can read and change a tenant's records through the backend's API token, so the
server refuses (401) any request to it without Rasa's credential: `Authorization: Bearer
<ACTION_SERVER_TOKEN>`, which Rasa sends from its `action_endpoint` (endpoints.yml). Only
`/health` stays open, for health checks.

The check is a Sanic request middleware attached through rasa-sdk's own plugin hook
(`attach_sanic_app_extensions`), registered when the SDK imports this package, so however the
server is started (`rasa run actions --actions bot.actions`, `python -m rasa_sdk`) it is there.
A server without ACTION_SERVER_TOKEN refuses to start.
"""

from __future__ import annotations

import hmac
import logging
import sys
from collections.abc import Awaitable, Callable

import pluggy
from rasa_sdk.plugin import plugin_manager
from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.actions.config import Settings

logger = logging.getLogger(__name__)

hookimpl = pluggy.HookimplMarker("rasa_sdk")
OPEN_PATHS = frozenset({"/health"})


class ActionServerTokenMissing(RuntimeError):
    """ACTION_SERVER_TOKEN is not set: the server could not tell Rasa from anyone else."""


def rasa_only(token: str) -> Callable[[Request], Awaitable[HTTPResponse | None]]:
    """A request middleware that lets through Rasa's calls (and health checks) only."""
    if not token:
        raise ActionServerTokenMissing(
            "ACTION_SERVER_TOKEN is not set: the action server answers only Rasa, which sends it "
            "(endpoints.yml, docs/production.md). `make run` sets one per run."
        )
    expected = f"Bearer {token}".encode()

    async def check(request: Request) -> HTTPResponse | None:
        if request.path in OPEN_PATHS:
            return None
        supplied = (request.headers.get("Authorization") or "").encode()
        if hmac.compare_digest(supplied, expected):
            return None
        logger.warning(
            "refused %s %s from %s: not Rasa's credential",
            request.method,
            request.path,
            request.ip,
        )
        return response.json({"error": "unauthorized"}, status=401)

    return check


@hookimpl
def attach_sanic_app_extensions(app: Sanic) -> None:
    app.register_middleware(rasa_only(Settings.from_env().action_server_token), "request")


# The SDK imports every module of the action package before it starts the server.
_this_module = sys.modules[__name__]
if not plugin_manager().is_registered(_this_module):
    plugin_manager().register(_this_module)
