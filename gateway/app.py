"""The channel gateway's application factory: defaults, then the environment, then the caller's
overrides. It serves the Twilio webhooks (/twilio), the tenants' web chat (/ and /chat) and
/health, and relays each turn to the assistant. It has no /api: the action server calls the
records API, a process with workers of its own (docs/production.md)."""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask

import telephony
from backend import db, ratelimit
from backend.app import configure
from backend.errors import register_error_handlers
from backend.web import init_pages
from bot.assistant_client import AssistantClient
from gateway import chat
from gateway import config as settings

log = logging.getLogger(__name__)


def create_app(config: dict[str, Any] | None = None) -> Flask:
    app = Flask(__name__, instance_path=str(settings.records.INSTANCE_DIR))
    configure(app, settings.from_environment(), config)
    # Tests swap this for a fake; the relays only ever use what is here.
    app.extensions["assistant"] = AssistantClient(
        app.config["RASA_URL"],
        app.config["ASSISTANT_TIMEOUT_SECONDS"],
        signing_key=app.config.get("RELAY_SIGNING_KEY"),
    )
    if not app.config.get("RELAY_SIGNING_KEY"):
        log.warning(
            "RELAY_SIGNING_KEY is not set: the assistant will not believe who any caller is"
        )
    # The records database, shared: the transcripts, the tenant behind a number, the channels'
    # own tables (backend/channel_models.py). The schema is the records API's to create.
    db.init_app(app)
    ratelimit.init_app(app)
    register_error_handlers(app)

    @app.get("/health")
    def health():
        return {"status": "ok", "service": "gateway"}

    # SMS and voice webhooks, then the web chat with the site's look (backend.web's pages).
    telephony.init_app(app)
    init_pages(app)
    chat.init_app(app)
    return app
