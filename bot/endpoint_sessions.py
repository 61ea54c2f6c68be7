"""Rasa's HTTP calls to its endpoints (the action server above all) on kept-alive connections.

Rasa 3.6 makes a new `aiohttp.ClientSession` for every `EndpointConfig.request`, so every call
to the action server opens a new TCP connection (and a new connector, resolver and cookie jar)
and closes it after: a report turn makes several action calls, and that was about 5 % of Rasa's
samples in a report turn (`python -m bench.turn_cost --profile`, docs/performance.md). Here each
endpoint keeps one session per event loop, made exactly as Rasa makes it (the same headers,
authentication and timeout), and `request` is Rasa's own code run with that session: the same
URL, headers, query, body and errors, on a connection that is reused.

A kept-alive connection the server has just closed would fail a POST that must not be repeated
(an action call may record a repair), so the client lets an idle connection go after
IDLE_SECONDS, well before the action server's Sanic closes its side (KEEP_ALIVE_TIMEOUT, 5 s).

Installed by importing this module (`bot/channels.py` does, so every Rasa server that serves
the assistant's channels has it).
"""

from __future__ import annotations

import asyncio
import weakref
from contextvars import ContextVar
from typing import Any

import aiohttp
from rasa.core.constants import DEFAULT_REQUEST_TIMEOUT
from rasa.utils.endpoints import EndpointConfig

# Shorter than the action server's keep-alive (Sanic's default 5 s), so the server never closes a
# connection the client is about to send on.
IDLE_SECONDS = 2.0

_rasa_request = EndpointConfig.request
_rasa_session = EndpointConfig.session


class _Borrowed:
    """A kept session lent to Rasa's `async with self.session() as session:`: not closed after."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self._session = session

    async def __aenter__(self) -> aiohttp.ClientSession:
        return self._session

    async def __aexit__(self, *exc: object) -> None:
        return None


def _make_session(endpoint: EndpointConfig) -> aiohttp.ClientSession:
    """Rasa's session for this endpoint (headers, auth, timeout), with a kept-alive connector."""
    auth = (
        aiohttp.BasicAuth(endpoint.basic_auth["username"], endpoint.basic_auth["password"])
        if endpoint.basic_auth
        else None
    )
    return aiohttp.ClientSession(
        headers=endpoint.headers,
        auth=auth,
        timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
        connector=aiohttp.TCPConnector(keepalive_timeout=IDLE_SECONDS),
    )


# Per event loop (a session belongs to one loop), per endpoint, kept here rather than on Rasa's
# endpoint object (a session is neither copyable nor comparable, and Rasa compares endpoints).
# Rasa makes its endpoints once per server, so this holds a handful of sessions.
_Kept = dict[int, tuple["weakref.ref[EndpointConfig]", aiohttp.ClientSession]]
_kept: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Kept] = weakref.WeakKeyDictionary()


def kept_session(endpoint: EndpointConfig) -> aiohttp.ClientSession:
    """This endpoint's session on the running event loop."""
    sessions = _kept.setdefault(asyncio.get_running_loop(), {})
    ref, session = sessions.get(id(endpoint), (None, None))
    if ref is None or ref() is not endpoint or session is None or session.closed:
        session = _make_session(endpoint)
        sessions[id(endpoint)] = (weakref.ref(endpoint), session)
    return session


# The session `request` lends to Rasa's code in this task (a context variable: concurrent calls
# run in their own tasks, each with its own value).
_lent: ContextVar[tuple[EndpointConfig, aiohttp.ClientSession] | None] = ContextVar(
    "_lent", default=None
)


def session(self: EndpointConfig) -> Any:
    """Rasa's `EndpointConfig.session`, but inside `request` the kept session, not closed after
    (Rasa's `request` uses it as `async with self.session() as session:`)."""
    lent = _lent.get()
    if lent is None or lent[0] is not self:
        return _rasa_session(self)
    return _Borrowed(lent[1])


async def request(self: EndpointConfig, *args: Any, **kwargs: Any) -> Any:
    """Rasa's `EndpointConfig.request`, run with this endpoint's kept session."""
    token = _lent.set((self, kept_session(self)))
    try:
        return await _rasa_request(self, *args, **kwargs)
    finally:
        _lent.reset(token)


EndpointConfig.session = session  # type: ignore[method-assign]
EndpointConfig.request = request  # type: ignore[method-assign]
