"""The channels tenants use: the one list of them.

The assistant's REST channels (`bot/channels.py`, `credentials.yml`), the responses' channel
variants (`domain.yml`), the actions and the gateway's assistant client (`bot/assistant_client.py`)
take or are checked against this list; the records API keeps its own (these and `staff`), checked
by tests/backend/test_channel_lists.py, so that the records never import anything of a channel.
No imports: any process can read it."""

from __future__ import annotations

CHANNELS = ("web", "sms", "voice")
