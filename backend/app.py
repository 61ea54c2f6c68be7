"""The records API's application factory: defaults, then the environment, then the caller's
overrides. It serves /api (the action server's), the staff dashboard /staff and /health; the
tenants' channels are the gateway's (gateway/), another process, which this package never imports.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from backend import channel_models, db, models, ratelimit, web  # noqa: F401  (every table of the database)
from backend import config as settings
from backend.domain.policy import load_policy
from backend.errors import register_error_handlers
from backend.log_privacy import install_phone_redaction

log = logging.getLogger(__name__)


def create_app(config: dict[str, Any] | None = None) -> Flask:
    app = Flask(__name__, instance_path=str(settings.INSTANCE_DIR))
    configure(app, settings.from_environment(), config)
    app.extensions["policy"] = load_policy(app.config["POLICY_PATH"])
    db.init_app(app)
    ratelimit.init_app(app)
    register_error_handlers(app)

    from backend.api import api, openapi

    app.register_blueprint(api)
    # The API's description (backend/api/openapi.yml), served without the token.
    app.register_blueprint(openapi.bp)

    @app.get("/health")
    def health():
        return {"status": "ok", "service": "records", "policy": app.extensions["policy"].name}

    # The repairs team's dashboard.
    web.init_app(app)
    # What the deployment plugs in (RECORDS_EXTENSIONS): the tenant notifications and one-time
    # codes by text and call. Named by configuration, so this package imports no channel.
    for name in app.config.get("RECORDS_EXTENSIONS") or []:
        importlib.import_module(name).init_app(app)
    if "one_time_code_sender" not in app.extensions:
        log.warning("no RECORDS_EXTENSIONS sends texts: one-time codes and notifications are off")
    return app


def configure(app: Flask, defaults: dict[str, Any], overrides: dict[str, Any] | None) -> None:
    """What every process of ours does first (the gateway too): configuration, the proxy in
    front, the instance folder, logging with phone numbers redacted."""
    app.config.update(defaults)
    app.config.update(overrides or {})
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
