"""Rasa's calls to the action server: the same requests as Rasa's own code, on one connection."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from rasa.utils.endpoints import ClientResponseError, EndpointConfig

import bot.channels  # installs the patch, as in the Rasa server
from bot import endpoint_sessions
from bot.tests.imports import modules_imported_by

BODY = {"next_action": "action_session_start", "tracker": {"events": [{"event": "action"}]}}

Seen = list[dict[str, Any]]


async def _serve(seen: Seen) -> tuple[web.AppRunner, str]:
    async def webhook(request: web.Request) -> web.Response:
        seen.append(
            {
                "method": request.method,
                "path": request.path,
                "query": dict(request.query),
                "headers": {k: v for k, v in request.headers.items() if k != "Host"},
                "body": await request.read(),
                "peer": request.transport.get_extra_info("peername"),
            }
        )
        if request.query.get("fail"):
            return web.json_response({"error": "no"}, status=500)
        return web.json_response({"events": [], "responses": [{"text": "hi"}]})

    app = web.Application()
    app.router.add_route("*", "/webhook", webhook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    return runner, f"http://127.0.0.1:{port}/webhook"


def _endpoint(url: str) -> EndpointConfig:
    return EndpointConfig(url, params={"a": "1"}, headers={"Authorization": "Bearer t"}, token="t")


def _run(body: Callable[[str], Awaitable[Any]]) -> tuple[Any, Seen]:
    seen: Seen = []

    async def main() -> Any:
        runner, url = await _serve(seen)
        try:
            return await body(url)
        finally:
            await runner.cleanup()

    return asyncio.run(main()), seen


def _without_peer(seen: Seen) -> Seen:
    return [{k: v for k, v in s.items() if k != "peer"} for s in seen]


def test_importing_the_channels_installs_it() -> None:
    # bot/channels.py (what every Rasa server with the assistant's channels loads) imports it.
    assert "bot.endpoint_sessions" in modules_imported_by(bot.channels)
    assert EndpointConfig.request is endpoint_sessions.request
    assert EndpointConfig.session is endpoint_sessions.session


def test_the_same_request_and_reply_as_rasas_own_code() -> None:
    async def both(url: str) -> tuple[Any, Any]:
        endpoint = _endpoint(url)
        ours = await endpoint.request(json=BODY, method="post", timeout=10)
        rasas = await endpoint_sessions._rasa_request(
            endpoint, json=BODY, method="post", timeout=10
        )
        return ours, rasas

    (ours, rasas), seen = _run(both)
    assert ours == rasas == {"events": [], "responses": [{"text": "hi"}]}
    kept, fresh = _without_peer(seen)
    assert kept == fresh
    assert kept["query"] == {"a": "1", "token": "t"}
    assert kept["headers"]["Authorization"] == "Bearer t"
    assert kept["headers"]["Content-Type"] == "application/json"


def test_basic_auth_as_rasas_own_code() -> None:
    async def both(url: str) -> None:
        endpoint = EndpointConfig(url, basic_auth={"username": "u", "password": "p"})
        await endpoint.request(json=BODY, method="post", timeout=10)
        await endpoint_sessions._rasa_request(endpoint, json=BODY, method="post", timeout=10)

    _, seen = _run(both)
    kept, fresh = _without_peer(seen)
    assert kept == fresh
    assert kept["headers"]["Authorization"].startswith("Basic ")


def test_calls_share_one_connection() -> None:
    async def three(url: str) -> None:
        endpoint = _endpoint(url)
        for _ in range(3):
            await endpoint.request(json=BODY, method="post", timeout=10)

    _, seen = _run(three)
    assert len({s["peer"] for s in seen}) == 1


def test_rasas_own_code_opened_a_connection_per_call() -> None:
    # What the module is for: without it each call is a new connection.
    async def three(url: str) -> None:
        endpoint = _endpoint(url)
        for _ in range(3):
            await endpoint_sessions._rasa_request(endpoint, json=BODY, method="post", timeout=10)

    _, seen = _run(three)
    assert len({s["peer"] for s in seen}) == 3


def test_concurrent_calls_each_get_their_reply() -> None:
    async def many(url: str) -> list[Any]:
        endpoint = _endpoint(url)
        return await asyncio.gather(
            *(endpoint.request(json={**BODY, "n": n}, method="post", timeout=10) for n in range(8))
        )

    replies, seen = _run(many)
    assert len(replies) == len(seen) == 8
    # aiohttp's default encoder, as Rasa's own sessions use.
    assert sorted(s["body"] for s in seen) == sorted(
        json.dumps({**BODY, "n": n}).encode() for n in range(8)
    )


def test_an_error_status_raises_as_before_and_the_session_stays_usable() -> None:
    async def fail_then_ok(url: str) -> Any:
        endpoint = _endpoint(url)
        with pytest.raises(ClientResponseError) as raised:
            await endpoint.request(json=BODY, method="post", timeout=10, params={"fail": "1"})
        assert raised.value.status == 500
        return await endpoint.request(json=BODY, method="post", timeout=10)

    reply, _ = _run(fail_then_ok)
    assert reply == {"events": [], "responses": [{"text": "hi"}]}


def test_outside_a_request_session_is_rasas_own() -> None:
    async def outside(url: str) -> bool:
        session = _endpoint(url).session()
        try:
            return isinstance(session, aiohttp.ClientSession)
        finally:
            await session.close()

    assert _run(outside)[0]


def test_an_idle_connection_is_let_go_before_the_action_server_closes_it() -> None:
    # Sanic's default keep-alive (the action server's) is 5 s.
    assert endpoint_sessions.IDLE_SECONDS < 5
