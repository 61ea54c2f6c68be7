"""The tenants' page: the council's "report a repair" page with the assistant as a chat panel.

Part of the channel gateway (gateway/app.py), never of the records API. The browser only ever
talks to this app; the app relays each message to the assistant's REST
channel with the web channel's metadata, so the assistant is never exposed to the internet. The
conversation id is random and lives in the signed session cookie; nothing the browser sends can
name a tenant, so a tenant is identified only by what they tell the assistant.
"""

from __future__ import annotations

import secrets
from typing import Any

from flask import (
    Blueprint,
    Flask,
    current_app,
    jsonify,
    redirect,
    render_template,
    request,
    session,
    url_for,
)

from backend.api.common import iso, now
from backend.db import get_session
from backend.services.conversations import record_turn, transcript
from backend.web.linkify import segments
from backend.web.security import CSRFError, check_csrf, secure_headers
from bot.assistant_client import AssistantMessage, AssistantUnavailable, TurnBudget

# Its own script and template; the site's look (base template, styles) is backend.web's.
bp = Blueprint(
    "chat",
    __name__,
    static_folder="static",
    static_url_path="/assets/chat",
    template_folder="templates",
)

CHANNEL = "web"
CONVERSATION_KEY = "chat_conversation_id"
BUTTONS_KEY = "chat_buttons"
MAX_MESSAGE_LENGTH = 1000
MAX_BUTTONS_KEPT = 12


bp.after_request(secure_headers)


def init_app(app: Flask) -> None:
    """The chat page and its endpoints, with the chat's share of the gateway's threads."""
    app.extensions["chat_turns"] = TurnBudget(
        int(app.config["CHAT_CONCURRENT_TURNS"]), float(app.config.get("CHAT_QUEUE_SECONDS") or 0)
    )
    app.register_blueprint(bp)


@bp.before_request
def _csrf() -> None:
    check_csrf()


@bp.errorhandler(CSRFError)
def _csrf_refused(error: CSRFError):
    if request.path.startswith("/chat/message"):
        return _json_error(400, "csrf_failed", "This page has expired. Reload it and try again.")
    return render_template(
        "web/error.html", title="This page has expired", message=error.description
    ), 400


@bp.get("/")
def page():
    conversation_id = session.get(CONVERSATION_KEY)
    turns = transcript(get_session(), conversation_id) if conversation_id else []
    return render_template(
        "gateway/chat.html",
        turns=[
            {"direction": t.direction, "segments": segments(words)}
            for t in turns
            if (words := without_choices(t.text))
        ],
        buttons=session.get(BUTTONS_KEY) or [],
    )


@bp.post("/chat/message")
def message():
    try:
        payload = request.get_json(silent=True)
    except RecursionError:  # JSON nested thousands deep
        payload = None
    if not isinstance(payload, dict):
        return _json_error(400, "invalid_json", "Send the message as a JSON object.")
    text = payload.get("message")
    title = payload.get("title")
    if not isinstance(text, str) or not text.strip():
        return _json_error(400, "empty_message", "Please type a message.")
    if title is not None and not isinstance(title, str):
        return _json_error(400, "invalid_field", "'title' must be text.")
    if len(text) > MAX_MESSAGE_LENGTH:
        return _json_error(
            400, "message_too_long", f"Please keep a message under {MAX_MESSAGE_LENGTH} characters."
        )
    if not _encodable(text) or not _encodable(title or ""):
        return _json_error(400, "invalid_text", "The message has characters we cannot read.")
    text = text.strip()
    shown = offered_title(session.get(BUTTONS_KEY) or [], text, title) or text
    conversation_id = session.get(CONVERSATION_KEY)
    if not conversation_id:
        conversation_id = session[CONVERSATION_KEY] = f"web-{secrets.token_urlsafe(18)}"
    if _over_rate_limit(conversation_id):
        return _json_error(
            429,
            "too_many_messages",
            "You are sending messages faster than we can answer. Please wait a minute, or ring us "
            f"on {current_app.config['LANDLORD_PHONE']}.",
        )
    with current_app.extensions["chat_turns"].turn() as admitted:
        if not admitted:
            # Shed after a short wait in line, before any work: a longer queue would hold the
            # threads SMS and voice need.
            busy = busy_message()
            response = jsonify(error="busy", message=busy, segments=segments(busy))
            return response, 503, {"Retry-After": "30"}
        return _relay(conversation_id, text, shown)


def _relay(conversation_id: str, text: str, shown: str):
    """One chat turn through the assistant, inside the chat's share of the capacity."""
    session.pop(BUTTONS_KEY, None)
    db = get_session()
    record_turn(db, conversation_id, CHANNEL, "in", shown)
    # Committed before the assistant's turn: its actions write to this same database through the
    # API, and must not wait behind a transaction held open here.
    db.commit()
    metadata = {"reported_at": iso(now()), "conversation_id": conversation_id}
    try:
        replies = current_app.extensions["assistant"].send(CHANNEL, conversation_id, text, metadata)
    except AssistantUnavailable:
        apology = unavailable_message()
        record_turn(db, conversation_id, CHANNEL, "out", apology)
        db.commit()
        return jsonify(
            error="assistant_unavailable", message=apology, segments=segments(apology)
        ), 503
    # Signals without words (a phone transfer) mean nothing in a browser.
    replies = [reply for reply in replies if reply.text or reply.buttons]
    for reply in replies:
        record_turn(db, conversation_id, CHANNEL, "out", transcript_text(reply))
    db.commit()
    messages = [message_json(reply) for reply in replies]
    last_buttons = next((m["buttons"] for m in reversed(messages) if m["buttons"]), [])
    if last_buttons:
        # Kept so a reload shows the choices still open (a few hundred bytes in the cookie).
        session[BUTTONS_KEY] = last_buttons[:MAX_BUTTONS_KEPT]
    return {"messages": messages}


@bp.post("/chat/reset")
def reset():
    session.pop(CONVERSATION_KEY, None)
    session.pop(BUTTONS_KEY, None)
    return redirect(url_for("chat.page", _anchor="chat"), code=303)


def _encodable(text: str) -> bool:
    """Text that can be stored and sent on: a lone surrogate ("\\ud800") cannot."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def offered_title(offered: list[dict[str, Any]], payload: str, title: str | None) -> str | None:
    """The title of the button the tenant pressed, as the page offered it: the transcript shows
    what was acted on, never a title the browser made up for another payload."""
    if not title:
        return None
    return next(
        (
            b["title"]
            for b in offered
            if b.get("payload") == payload and b.get("title") == title.strip()
        ),
        None,
    )


def busy_message() -> str:
    config = current_app.config
    return (
        "Sorry, our online chat is very busy just now. Please try again in a few minutes, or "
        f"ring us on {config['LANDLORD_PHONE']} to report your repair. If it is an emergency, "
        f"ring {config['EMERGENCY_PHONE']} at any time, day or night."
    )


def unavailable_message() -> str:
    config = current_app.config
    return (
        "Sorry, our online assistant is not available just now. "
        f"Please ring us on {config['LANDLORD_PHONE']} to report your repair. "
        f"If it is an emergency, ring {config['EMERGENCY_PHONE']} at any time, day or night."
    )


def transcript_text(reply: AssistantMessage) -> str:
    """What staff read in the transcript: the words, and the choices offered with them."""
    if not reply.buttons:
        return reply.text
    choices = " | ".join(button["title"] for button in reply.buttons)
    return f"{reply.text}\n[Choices: {choices}]"


def without_choices(text: str) -> str:
    """The words of a recorded reply, as the tenant saw them (the choices were buttons)."""
    words, marker, _ = text.rpartition("[Choices: ")
    return words.rstrip("\n") if marker else text


def message_json(reply: AssistantMessage) -> dict[str, Any]:
    return {
        "text": reply.text,
        "segments": segments(reply.text),
        "buttons": [
            {"title": b["title"], "payload": b["payload"] or b["title"]}
            for b in reply.buttons
            if b.get("title")
        ],
    }


def _over_rate_limit(conversation_id: str) -> bool:
    """The shared limits on what the public sends in (backend.ratelimit): per visitor and per IP."""
    limiter = current_app.extensions.get("rate_limiter")
    limits = current_app.extensions.get("rate_limits", {})
    if limiter is None:
        return False
    checks = (("chat_per_session", conversation_id), ("chat_per_ip", request.remote_addr or "-"))
    return not all(
        limiter.allow(bucket, key, limits[bucket]) for bucket, key in checks if bucket in limits
    )


def _json_error(status: int, code: str, text: str):
    return jsonify(error=code, message=text, segments=segments(text)), status
