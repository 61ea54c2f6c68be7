"""X-Twilio-Signature on every webhook, checked against the URL Twilio called. No bypass: a request
that fails is answered 403 and logged (method, path, client address; never its body)."""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path
from urllib.parse import quote

from flask import Flask, abort, current_app, request
from twilio.request_validator import (
    SIGNATURE_HEADER,
    SIGNATURE_SETTINGS_HEADER,
    RequestValidator,
    get_signature_algorithm,
)

log = logging.getLogger(__name__)

LOCAL_TOKEN_FILE = "twilio-local-auth-token"


def signing_token(app: Flask) -> str | None:
    return app.config.get("TWILIO_AUTH_TOKEN") or app.extensions.get("twilio_local_token")


def url_twilio_called() -> str:
    """PUBLIC_BASE_URL when configured (the safe choice behind any proxy), else the scheme and host
    the server saw. Behind TRUSTED_PROXY_HOPS proxies, werkzeug's ProxyFix (backend.app) has
    already put the proxy's X-Forwarded-Proto and X-Forwarded-Host there; without it, those
    headers are the client's own words and are never believed."""
    path = quote(request.script_root + request.path, safe="/:@!$&'()*+,;=-._~")
    if request.query_string:
        path += "?" + request.query_string.decode("latin-1")
    base = current_app.config.get("PUBLIC_BASE_URL")
    if base:
        return base.rstrip("/") + path
    return f"{request.scheme}://{request.host}{path}"


def request_is_from_twilio() -> bool:
    token = signing_token(current_app)
    signature = request.headers.get(SIGNATURE_HEADER, "")
    if not token or not signature:
        return False
    algorithm = get_signature_algorithm(request.headers.get(SIGNATURE_SETTINGS_HEADER))
    # JSON bodies are signed through a bodySHA256 query parameter; form bodies param by param.
    params = request.get_data(as_text=True) if "bodySHA256" in request.args else request.form
    return RequestValidator(token).validate(url_twilio_called(), params, signature, algorithm)


def require_twilio_signature() -> None:
    """before_request hook of the /twilio blueprint."""
    if request_is_from_twilio():
        return
    reason = "no X-Twilio-Signature" if SIGNATURE_HEADER not in request.headers else "bad signature"
    if not signing_token(current_app):
        reason = "TWILIO_AUTH_TOKEN is not set"
    log.warning(
        "refused Twilio webhook %s %s from %s: %s (checked against %s)",
        request.method,
        request.path,
        request.remote_addr,
        reason,
        url_twilio_called().split("?")[0],
    )
    abort(403)


def ensure_local_token(app: Flask) -> None:
    """Without TWILIO_AUTH_TOKEN (a developer's machine), sign with a token of our own kept in the
    instance folder, so that `python -m telephony.simulate` can sign exactly as Twilio does while
    real Twilio requests (signed with the real token, which we do not have) are still refused."""
    if app.config.get("TWILIO_AUTH_TOKEN") or app.testing:
        return
    path = Path(app.instance_path) / LOCAL_TOKEN_FILE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "w") as handle:
                handle.write(secrets.token_urlsafe(32))
        token = path.read_text().strip()
    except FileExistsError:
        token = path.read_text().strip()
    except OSError as error:
        log.warning("no TWILIO_AUTH_TOKEN and no local token (%s): webhooks will refuse all", error)
        return
    if token:
        app.extensions["twilio_local_token"] = token
        log.warning(
            "TWILIO_AUTH_TOKEN is not set: webhooks accept only requests signed with the local "
            "token in %s (the simulator's); real Twilio requests will be refused",
            path,
        )


def local_token_path(instance_dir: Path) -> Path:
    return instance_dir / LOCAL_TOKEN_FILE
