"""`python -m telephony.simulate`: a phone that signs like Twilio, against the real webhooks."""

from __future__ import annotations

import threading

import pytest
from werkzeug.serving import make_server

from telephony.simulate import Phone, Wire
from tests.telephony.conftest import AUTH_TOKEN, BASE_URL, says, sign


def flask_post(client):
    def post(path, params):
        response = client.post(
            path, data=params, headers={"X-Twilio-Signature": sign(BASE_URL + path, params)}
        )
        return response.status_code, response.get_data(as_text=True)

    return post


def scripted(lines):
    queue = list(lines)

    def ask(_prompt):
        if not queue:
            raise EOFError
        return queue.pop(0)

    return ask


def test_texting_shows_the_replies_with_their_numbered_options(client, assistant, transport):
    assistant.script(
        says("Is there another toilet that works?", buttons=(("Yes", "/affirm"), ("No", "/deny"))),
        says("Thanks, that makes it a one-day repair."),
    )
    shown: list[str] = []
    Phone(flask_post(client), ask=scripted(["my toilet is broken", "2"]), write=shown.append).sms()
    assert shown[1:] == [
        "assistant (1 segment, GSM-7)> Is there another toilet that works?\n"
        "    Reply 1 for Yes\n    Reply 2 for No",
        "assistant (1 segment, GSM-7)> Thanks, that makes it a one-day repair.",
        "",
    ]
    assert [call["text"] for call in assistant.calls] == ["my toilet is broken", "/deny"]


def test_a_call_speaks_listens_takes_keys_and_follows_a_transfer(client, assistant, transport):
    assistant.script(
        says("Is water near the electrics?", buttons=(("Yes", "/affirm"), ("No", "/deny"))),
        says(
            "Turn off the electricity at the fuse box if it is safe.",
            custom={"transfer": "emergency"},
        ),
    )
    shown: list[str] = []
    Phone(flask_post(client), ask=scripted(["water is pouring in", "1"]), write=shown.append).call()
    assert shown[-4:] == [
        "assistant (speaking)> Turn off the electricity at the fuse box if it is safe.",
        "assistant (speaking)> I am putting you through to our emergency line now. Please stay on "
        "the line.",
        "[putting you through to +441708434000: in this simulation they answer and the call ends]",
        "[call ended]",
    ]
    assert [call["text"] for call in assistant.calls] == ["water is pouring in", "/affirm"]


def test_an_empty_line_is_silence_and_hanging_up_ends_the_call(client, assistant, transport):
    shown: list[str] = []
    Phone(flask_post(client), ask=scripted([""]), write=shown.append).call()
    assert "assistant (speaking)> Sorry, I did not hear anything." in shown
    assert shown[-2:] == ["[you hang up]", "[call ended]"]


def test_a_wrong_token_is_explained(client, assistant):
    def post(path, params):
        response = client.post(path, data=params, headers={"X-Twilio-Signature": "forged"})
        return response.status_code, response.get_data(as_text=True)

    shown: list[str] = []
    Phone(post, ask=scripted(["hello"]), write=shown.append).sms()
    assert shown[1].startswith("[refused: 403.")


@pytest.fixture
def served(app, assistant, transport):
    """The app on a loopback port, as `make run` serves it."""
    server = make_server("127.0.0.1", 0, app)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


def test_the_simulator_signs_real_http_requests_as_twilio_does(served, assistant):
    assistant.reply = lambda *_: says("Hello from the assistant.")
    wire = Wire(served, AUTH_TOKEN)
    shown: list[str] = []
    Phone(wire.post, ask=scripted(["hello"]), write=shown.append).sms()
    assert shown[1] == "assistant (1 segment, GSM-7)> Hello from the assistant."
    status, _ = Wire(served, "some other token").post("/twilio/sms", {"Body": "hi"})
    assert status == 403
