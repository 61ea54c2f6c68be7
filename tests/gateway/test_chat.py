"""The tenant page and its relay to the assistant (a fake assistant stands in for Rasa)."""

from __future__ import annotations

import re

import pytest

from backend.services.conversations import transcript
from bot.assistant_client import AssistantMessage
from gateway.chat import CONVERSATION_KEY
from tests.web.conftest import csrf_token


def say(client, text: str, token: str | None = None, **extra):
    token = token or csrf_token(client)
    return client.post(
        "/chat/message", json={"message": text, **extra}, headers={"X-CSRF-Token": token}
    )


def conversation_id(client) -> str:
    with client.session_transaction() as cookie:
        return cookie[CONVERSATION_KEY]


def test_the_page_has_a_labelled_message_box_and_a_log_that_screen_readers_announce(client):
    html = client.get("/").get_data(as_text=True)
    assert '<label class="chat__label" for="chat-input">Your message</label>' in html
    assert 'role="log" aria-live="polite"' in html
    assert 'role="status"' in html  # the typing indicator
    assert '<html lang="en-GB">' in html


def test_the_page_loads_nothing_from_another_site(client):
    response = client.get("/")
    html = response.get_data(as_text=True)
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources and not [s for s in sources if s.startswith(("http:", "https:", "//"))]
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    for asset in ("/assets/web/site.css", "/assets/chat/chat.js", "/assets/web/favicon.svg"):
        assert client.get(asset).status_code == 200


def test_phone_numbers_on_the_page_are_tel_links(client):
    html = client.get("/").get_data(as_text=True)
    assert '<a href="tel:+448001513444">0800 151 3444</a>' in html
    assert '<a href="tel:+441708434000">01708 434000</a>' in html


def test_the_session_cookie_is_http_only_and_same_site_lax(client):
    cookie = client.get("/").headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_a_message_is_relayed_on_the_web_channel_with_the_time_and_conversation(client, assistant):
    response = say(client, "My toilet is blocked")
    assert response.status_code == 200
    (call,) = assistant.calls
    cid = conversation_id(client)
    assert call["channel"] == "web"
    assert call["sender"] == cid
    assert call["text"] == "My toilet is blocked"
    assert call["metadata"] == {"reported_at": "2026-12-08T09:00:00+00:00", "conversation_id": cid}


def test_the_browser_cannot_name_a_tenant_or_a_conversation(client, assistant):
    say(client, "hello", tenant_id=1, conversation_id="someone-else", metadata={"tenant_id": 1})
    (call,) = assistant.calls
    assert set(call["metadata"]) == {"reported_at", "conversation_id"}
    assert call["metadata"]["conversation_id"] == conversation_id(client) != "someone-else"


def test_the_conversation_id_is_random_and_kept_for_the_visitor(app, assistant):
    first, second = app.test_client(), app.test_client()
    say(first, "one")
    say(first, "two")
    say(second, "three")
    senders = [call["sender"] for call in assistant.calls]
    assert senders[0] == senders[1] != senders[2]
    assert len(senders[0]) > 20


def test_replies_come_back_with_their_quick_reply_buttons_and_links(client, assistant):
    assistant.replies = [
        AssistantMessage(
            "Is there another toilet in your home that works?",
            ({"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}),
        ),
    ]
    body = say(client, "My toilet is blocked").get_json()
    (message,) = body["messages"]
    assert message["buttons"] == [
        {"title": "Yes", "payload": "/affirm"},
        {"title": "No", "payload": "/deny"},
    ]
    assistant.replies = [AssistantMessage("Ring 0800 151 3444 or see https://example.org/x.")]
    body = say(client, "/deny", title="No").get_json()
    assert body["messages"][0]["segments"] == [
        {"text": "Ring "},
        {"text": "0800 151 3444", "href": "tel:+448001513444"},
        {"text": " or see "},
        {"text": "https://example.org/x", "href": "https://example.org/x"},
        {"text": "."},
    ]


def test_both_sides_are_recorded_in_the_transcript(client, assistant, session):
    assistant.replies = [
        AssistantMessage("Is there another toilet?", ({"title": "No", "payload": "/deny"},))
    ]
    say(client, "My toilet is blocked")
    assistant.replies = [AssistantMessage("Thanks.")]
    say(client, "/deny", title="No")
    turns = transcript(session, conversation_id(client))
    assert [(t.direction, t.text, t.channel) for t in turns] == [
        ("in", "My toilet is blocked", "web"),
        ("out", "Is there another toilet?\n[Choices: No]", "web"),
        ("in", "No", "web"),
        ("out", "Thanks.", "web"),
    ]


def test_a_reload_shows_the_conversation_and_the_choices_still_open(client, assistant):
    assistant.replies = [
        AssistantMessage("Is there another toilet?", ({"title": "No", "payload": "/deny"},))
    ]
    say(client, "My toilet is blocked")
    html = client.get("/").get_data(as_text=True)
    assert "My toilet is blocked" in html
    assert "Is there another toilet?" in html and "[Choices" not in html
    assert '<button type="button" class="choice" data-payload="/deny">No</button>' in html
    assert "Start a new conversation" in html


def test_when_the_assistant_is_unreachable_the_tenant_is_told_the_number_to_ring(
    client, assistant, session
):
    assistant.unavailable = True
    response = say(client, "My toilet is blocked")
    assert response.status_code == 503
    body = response.get_json()
    assert body["error"] == "assistant_unavailable"
    assert "0800 151 3444" in body["message"]
    assert {"text": "0800 151 3444", "href": "tel:+448001513444"} in body["segments"]
    turns = transcript(session, conversation_id(client))
    assert [t.direction for t in turns] == ["in", "out"]  # nothing the tenant said is lost


@pytest.mark.parametrize(
    ("headers", "expected"),
    [({}, 400), ({"X-CSRF-Token": "forged"}, 400)],
    ids=["no token", "wrong token"],
)
def test_a_message_without_the_pages_csrf_token_is_refused(client, assistant, headers, expected):
    client.get("/")
    response = client.post("/chat/message", json={"message": "hello"}, headers=headers)
    assert response.status_code == expected
    assert response.get_json()["error"] == "csrf_failed"
    assert assistant.calls == []


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ({"message": "   "}, "empty_message"),
        ({"message": 7}, "empty_message"),
        ({"message": "x" * 1001}, "message_too_long"),
        ({"message": "hi", "title": ["No"]}, "invalid_field"),
    ],
)
def test_a_bad_message_is_refused_with_a_reason(client, assistant, body, error):
    response = client.post("/chat/message", json=body, headers={"X-CSRF-Token": csrf_token(client)})
    assert response.status_code == 400
    assert response.get_json()["error"] == error
    assert assistant.calls == []


def test_starting_again_begins_a_new_conversation(client, assistant):
    token = csrf_token(client)
    say(client, "one", token)
    first = conversation_id(client)
    assert client.post("/chat/reset", data={"csrf_token": token}).status_code == 303
    say(client, "two", token)
    assert conversation_id(client) != first
    assert client.post("/chat/reset", data={}).status_code == 400


def test_a_flood_of_messages_from_one_visitor_is_slowed(app, client, assistant):
    limits = app.extensions.get("rate_limits")
    if limits is None:
        pytest.skip("no rate limiter in this app")
    from backend.ratelimit import Limit

    limits["chat_per_session"] = Limit(2, 60)
    token = csrf_token(client)
    codes = [say(client, f"message {n}", token).status_code for n in range(3)]
    assert codes == [200, 200, 429]
    assert len(assistant.calls) == 2


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        ('{"message": "\\ud800"}', "invalid_text"),
        ('{"message": "hi", "title": "\\udfff"}', "invalid_text"),
        ("[" * 100_000 + "]" * 100_000, "invalid_json"),
    ],
)
def test_unreadable_or_absurdly_nested_json_is_a_clear_400(client, assistant, raw, error):
    response = client.post(
        "/chat/message",
        data=raw,
        content_type="application/json",
        headers={"X-CSRF-Token": csrf_token(client)},
    )
    assert response.status_code == 400
    assert response.get_json()["error"] == error
    assert assistant.calls == []


def test_the_transcript_records_the_button_acted_on_not_a_title_the_browser_made_up(
    client, assistant, session
):
    assistant.replies = [
        AssistantMessage(
            "Do you agree to pay the charge?",
            ({"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}),
        )
    ]
    say(client, "my son broke the door")
    assistant.replies = [AssistantMessage("Thanks.")]
    say(client, "/affirm", title="No. I do NOT agree to pay")
    turns = transcript(session, conversation_id(client))
    assert turns[2].text == "/affirm"


def test_a_body_over_the_limit_is_refused_before_it_is_read(client, assistant):
    response = client.post(
        "/chat/message",
        data="x" * (300 * 1024),
        content_type="application/json",
        headers={"X-CSRF-Token": csrf_token(client)},
    )
    assert response.status_code == 413
    assert assistant.calls == []
