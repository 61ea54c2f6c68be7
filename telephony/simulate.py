"""Play a phone against the running system, without a Twilio account:

    python -m telephony.simulate sms      # text the assistant
    python -m telephony.simulate voice    # ring it: type what you would say, or digits for keys

Requests are signed exactly as Twilio signs them (X-Twilio-Signature over the URL and the form
parameters, with TWILIO_AUTH_TOKEN, or the backend's local token when that is not set), so the
webhooks under test are the real ones. Replies are shown as the phone would show or speak them.
Typing nothing at a voice prompt is silence; Ctrl-D hangs up."""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit
from uuid import uuid4

from twilio.request_validator import RequestValidator

from telephony.sms_text import encoding, segments

ACCOUNT_SID = "AC" + "0" * 32
DEFAULT_FROM = "+447700900123"  # Sarah Jones, a demo tenant (backend.seed)
DEFAULT_TO = "+447700900000"


class Wire:
    """Signed form POSTs to the webhooks: to `url` over HTTP, signed for `public_url`."""

    def __init__(self, url: str, token: str, public_url: str | None = None, timeout: float = 20):
        import requests

        self.url = url.rstrip("/")
        self.public_url = (public_url or url).rstrip("/")
        self.validator = RequestValidator(token)
        self.http = requests.Session()
        self.timeout = timeout

    def post(self, path: str, params: dict[str, str]) -> tuple[int, str]:
        signature = self.validator.compute_signature(self.public_url + path, params)
        response = self.http.post(
            self.url + path,
            data=params,
            headers={"X-Twilio-Signature": signature},
            timeout=self.timeout,
        )
        return response.status_code, response.text


Post = Callable[[str, dict[str, str]], tuple[int, str]]


def path_of(url: str) -> str:
    """The path and query of a TwiML action, absolute (PUBLIC_BASE_URL) or relative."""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def refused(status: int, text: str, write: Callable[[str], None]) -> bool:
    if status == 200:
        return False
    if status == 403:
        write(
            "[refused: 403. Sign with the backend's token: the same TWILIO_AUTH_TOKEN, or leave it "
            "unset on both; and --public-url if the backend has PUBLIC_BASE_URL]"
        )
    else:
        write(f"[HTTP {status}] {text[:200]}")
    return True


class Phone:
    def __init__(
        self,
        post: Post,
        number: str = DEFAULT_FROM,
        twilio_number: str = DEFAULT_TO,
        ask: Callable[[str], str] = input,
        write: Callable[[str], None] = print,
    ):
        self.post, self.number, self.twilio_number = post, number, twilio_number
        self.ask, self.write = ask, write

    # SMS -----------------------------------------------------------------------------------------

    def text(self, body: str) -> list[str]:
        params = {
            "MessageSid": f"SM{uuid4().hex}",
            "SmsSid": "",
            "AccountSid": ACCOUNT_SID,
            "From": self.number,
            "To": self.twilio_number,
            "Body": body,
            "NumMedia": "0",
            "NumSegments": "1",
            "SmsStatus": "received",
            "ApiVersion": "2010-04-01",
        }
        params["SmsSid"] = params["MessageSid"]
        status, text = self.post("/twilio/sms", params)
        if refused(status, text, self.write):
            return []
        bodies = [message.text or "" for message in ET.fromstring(text) if message.tag == "Message"]
        for body_text in bodies:
            cost = f"{segments(body_text)} segment, {encoding(body_text)}"
            self.write(f"assistant ({cost})> " + body_text.replace("\n", "\n    "))
        return bodies

    def sms(self) -> None:
        self.write(
            f"Texting the assistant as {self.number}. Reply with the numbers shown to pick an "
            "option. Ctrl-D to stop."
        )
        while True:
            try:
                body = self.ask("you> ")
            except EOFError:
                self.write("")
                return
            self.text(body)

    # Voice ---------------------------------------------------------------------------------------

    def call(self) -> None:
        call_sid = f"CA{uuid4().hex}"
        started = time.monotonic()

        def params(**extra: str) -> dict[str, str]:
            return {
                "CallSid": call_sid,
                "AccountSid": ACCOUNT_SID,
                "From": self.number,
                "To": self.twilio_number,
                "CallStatus": "in-progress",
                "Direction": "inbound",
                "ApiVersion": "2010-04-01",
                **extra,
            }

        self.write(
            f"Calling the assistant from {self.number}. Type what you would say, or digits "
            "for the keypad; an empty line is silence; Ctrl-D hangs up."
        )
        status, text = self.post("/twilio/voice", params(CallStatus="ringing"))
        try:
            while not refused(status, text, self.write):
                next_request = self.play(ET.fromstring(text), params)
                if next_request is None:
                    break
                status, text = self.post(*next_request)
        finally:
            duration = str(int(time.monotonic() - started))
            self.post("/twilio/voice/status", params(CallStatus="completed", CallDuration=duration))
            self.write("[call ended]")

    def play(self, root: ET.Element, params) -> tuple[str, dict[str, str]] | None:
        """Run one TwiML document; the next request to make, or None when the call is over."""
        for verb in root:
            if verb.tag == "Say":
                self.write(f"assistant (speaking)> {verb.text or ''}")
            elif verb.tag == "Gather":
                for say in verb.iter("Say"):
                    self.write(f"assistant (speaking)> {say.text or ''}")
                try:
                    heard = self.ask("you (say, or press digits)> ").strip()
                except EOFError:
                    self.write("[you hang up]")
                    return None
                if re.fullmatch(r"[0-9*#]+", heard):
                    answer = {"Digits": heard.rstrip("#")}
                elif heard:
                    answer = {"SpeechResult": heard, "Confidence": "0.9"}
                else:
                    answer = {}
                return path_of(verb.get("action") or "/twilio/voice/gather"), params(**answer)
            elif verb.tag == "Dial":
                self.write(
                    f"[putting you through to {(verb.text or '').strip()}: in this "
                    "simulation they answer and the call ends]"
                )
                action = verb.get("action")
                if not action:
                    return None
                return path_of(action), params(DialCallStatus="completed", DialCallDuration="30")
            elif verb.tag == "Redirect":
                return path_of(verb.text or ""), params()
            elif verb.tag == "Hangup":
                return None
        return None  # the end of the TwiML: Twilio hangs up


def local_token() -> str | None:
    from backend.config import INSTANCE_DIR
    from telephony.signature import local_token_path

    path = local_token_path(Path(INSTANCE_DIR))
    return path.read_text().strip() if path.exists() else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Play a phone against the running system.")
    parser.add_argument("mode", choices=["sms", "voice"])
    port = os.environ.get("PUBLIC_PORT", "8000")
    parser.add_argument("--url", default=f"http://127.0.0.1:{port}", help="the public site")
    parser.add_argument(
        "--public-url",
        default=os.environ.get("PUBLIC_BASE_URL"),
        help="the URL to sign for, when the gateway has PUBLIC_BASE_URL (default: --url)",
    )
    parser.add_argument("--from", dest="number", default=DEFAULT_FROM, help="your phone number")
    parser.add_argument("--to", default=os.environ.get("TWILIO_FROM_NUMBER") or DEFAULT_TO)
    args = parser.parse_args(argv)
    token = os.environ.get("TWILIO_AUTH_TOKEN") or local_token()
    if not token:
        print("No TWILIO_AUTH_TOKEN and no local token yet: start the system first (make run).")
        return 2
    wire = Wire(args.url, token, args.public_url)
    phone = Phone(wire.post, args.number, args.to)
    try:
        phone.sms() if args.mode == "sms" else phone.call()
    except OSError as error:
        print(f"Cannot reach the backend at {args.url}: {error}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
