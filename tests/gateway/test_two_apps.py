"""Two apps, two pools of workers: the gateway (channels) and the records API (/api, /staff, the
tenants' photo uploads under /photos) share no route, so a relayed turn and the /api calls its
actions make are served by different apps (and, as `make run` and the production profile start
them, different processes:
tests/e2e/test_sms_first_reply.py, tests/test_run_all.py)."""

from __future__ import annotations

import pytest

from tests.conftest import API_TOKEN

AUTH = {"Authorization": f"Bearer {API_TOKEN}"}


def prefixes(app) -> set[str]:
    return {rule.rule.split("/")[1] for rule in app.url_map.iter_rules()}


def test_the_two_apps_share_no_route_but_health_and_the_sites_assets(gateway_app, records_app):
    assert prefixes(gateway_app) == {"", "chat", "twilio", "assets", "health", "static"}
    assert prefixes(records_app) == {"api", "staff", "photos", "assets", "health", "static"}
    assert gateway_app is not records_app


@pytest.mark.parametrize("path", ["/api/categories", "/api/openapi.json", "/staff/"])
def test_the_gateway_serves_no_records(gateway_app, path):
    assert gateway_app.test_client().get(path, headers=AUTH).status_code == 404


@pytest.mark.parametrize(
    ("method", "path"), [("get", "/"), ("post", "/chat/message"), ("post", "/twilio/sms")]
)
def test_the_records_api_serves_no_channel(records_app, method, path):
    assert getattr(records_app.test_client(), method)(path).status_code == 404


def test_a_relayed_turn_runs_in_the_gateway_while_its_actions_call_the_records_api(
    gateway_app, records_app
):
    """The assistant's turn (here a stand-in that calls /api as the action server would) is
    served by the gateway; the /api call it makes during the turn, by the records API."""
    from tests.gateway.conftest import FakeAssistant
    from tests.web.conftest import csrf_token

    served_by: list[str] = []
    records = records_app.test_client()

    class CallingAssistant(FakeAssistant):
        def send(self, channel, sender, text, metadata=None):
            from flask import current_app

            served_by.append(current_app.name)
            answer = records.get("/api/categories", headers=AUTH)
            served_by.append(f"{answer.status_code}")
            return super().send(channel, sender, text, metadata)

    @records_app.before_request
    def _seen():
        from flask import current_app

        served_by.append(current_app.name)

    gateway_app.extensions["assistant"] = CallingAssistant()
    chat = gateway_app.test_client()
    token = csrf_token(chat)
    reply = chat.post("/chat/message", json={"message": "hi"}, headers={"X-CSRF-Token": token})
    assert reply.status_code == 200
    assert served_by == ["gateway.app", "backend.app", "200"]
