"""The application factory: defaults, then the environment, then the caller's overrides."""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

import telephony
from backend import config as settings
from backend import db, ratelimit, web
from backend.assistant import AssistantClient
from backend.domain.policy import load_policy
from backend.errors import register_error_handlers
from backend.log_privacy import install_phone_redaction


def create_app(config: dict[str, Any] | None = None) -> Flask:
    app = Flask(__name__, instance_path=str(settings.INSTANCE_DIR))
    app.config.update(settings.from_environment())
    app.config.update(config or {})
    app.json.sort_keys = False
    hops = int(app.config.get("TRUSTED_PROXY_HOPS") or 0)
    if hops:
        # Behind the reverse proxy: the tenant's address and scheme, not the proxy's, count for
        # rate limits and for the URL a Twilio signature is checked against.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)
    if app.config["DATABASE_URL"].startswith("sqlite:///"):
        settings.INSTANCE_DIR.mkdir(exist_ok=True)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    install_phone_redaction()

    app.extensions["policy"] = load_policy(app.config["POLICY_PATH"])
    # Tests swap this for a fake; the relays only ever use what is here.
    app.extensions["assistant"] = AssistantClient(
        app.config["RASA_URL"],
        app.config["ASSISTANT_TIMEOUT_SECONDS"],
        signing_key=app.config.get("RELAY_SIGNING_KEY"),
    )
    if not app.config.get("RELAY_SIGNING_KEY"):
        logging.getLogger(__name__).warning(
            "RELAY_SIGNING_KEY is not set: the assistant will not believe who any caller is"
        )
    db.init_app(app)
    ratelimit.init_app(app)
    register_error_handlers(app)

    from backend.api import api, openapi

    app.register_blueprint(api)
    # The API's description (backend/api/openapi.yml), served without the token.
    app.register_blueprint(openapi.bp)

    @app.get("/health")
    def health():
        return {"status": "ok", "policy": app.extensions["policy"].name}

    # The channels served on the same port: SMS and voice webhooks, the web chat and staff pages.
    telephony.init_app(app)
    web.init_app(app)
    return app
