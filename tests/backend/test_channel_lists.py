"""One source of truth for the channels tenants use: `bot/channel_names.py`. The gateway's
assistant client takes it; the records API keeps its own list (those channels and `staff`),
never importing anything of a channel, so this test holds the copies to the source."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from backend.services import repairs
from backend.web.formatting import CHANNEL_LABELS
from bot import assistant_client
from bot.channel_names import CHANNELS

ROOT = Path(__file__).resolve().parents[2]


def test_the_assistant_client_takes_the_one_list():
    assert assistant_client.CHANNELS is CHANNELS


@pytest.mark.parametrize(
    ("where", "channels"),
    [
        ("backend.services.repairs.CHANNELS", set(repairs.CHANNELS)),
        ("backend.web.formatting.CHANNEL_LABELS", set(CHANNEL_LABELS)),
        (
            "openapi.yml Channel",
            set(
                yaml.safe_load((ROOT / "backend/api/openapi.yml").read_text(encoding="utf-8"))[
                    "components"
                ]["schemas"]["Channel"]["enum"]
            ),
        ),
    ],
)
def test_the_records_know_every_tenant_channel_and_staff_only_besides(where, channels):
    assert channels == {*CHANNELS, "staff"}, where
