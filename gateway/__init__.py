"""The channel gateway: the process tenants talk to. It owns the Twilio SMS and voice webhooks
(telephony/) and the web chat (/ and /chat), and relays every turn to the assistant (Rasa's REST
channels, through bot.assistant_client). The records API (backend/) is another process, with its
own workers: the action server's calls during a turn never wait behind the turns waiting on them.

Import arrows: gateway -> telephony -> bot.assistant_client; gateway and telephony -> the
records API's models and services (the shared database); backend imports neither
(tests/test_layers.py).
"""

from gateway.app import create_app

__all__ = ["create_app"]
