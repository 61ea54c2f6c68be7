"""Fixtures for the channel gateway's own tests: `app` is the gateway (the web chat, the relays),
on the records API's database, and a fake assistant stands in for Rasa's REST channel."""

from __future__ import annotations

from typing import Any

import pytest

from bot.assistant_client import AssistantMessage, AssistantUnavailable


@pytest.fixture
def app(gateway_app):
    return gateway_app


class FakeAssistant:
    """Stands in for Rasa's REST channel: records each call and answers from a script."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []
        self.replies: list[AssistantMessage] = [AssistantMessage("How can I help?")]
        self.unavailable = False

    def send(self, channel, sender, text, metadata=None):
        self.calls.append(
            {"channel": channel, "sender": sender, "text": text, "metadata": metadata}
        )
        if self.unavailable:
            raise AssistantUnavailable("connection refused")
        return list(self.replies)


@pytest.fixture
def assistant(app) -> FakeAssistant:
    fake = FakeAssistant()
    app.extensions["assistant"] = fake
    return fake
