"""One source of truth for the channels tenants use (`bot/channel_names.py`): Rasa's input
channels, their configuration, the responses' channel variants and the actions agree with it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot import channels as rasa_channels
from bot.actions import booking, context
from bot.channel_names import CHANNELS

ROOT = Path(__file__).resolve().parents[2]


def _yaml(name: str) -> dict:
    return yaml.safe_load((ROOT / name).read_text(encoding="utf-8")) or {}


def _variant_channels() -> set[str]:
    responses = _yaml("domain.yml")["responses"]
    return {v["channel"] for variants in responses.values() for v in variants if "channel" in v}


@pytest.mark.parametrize(
    ("where", "named", "exactly"),
    [
        (
            "bot/channels.py input channels",
            {
                cls.channel_name
                for cls in vars(rasa_channels).values()
                if isinstance(cls, type)
                and cls.__name__.endswith("Input")
                and cls.__module__ == rasa_channels.__name__
                and getattr(cls, "channel_name", None)
            },
            True,
        ),
        (
            "credentials.yml",
            {
                getattr(rasa_channels, key.rsplit(".", 1)[1]).channel_name
                for key in _yaml("credentials.yml")
            },
            True,
        ),
        ("booking.SLOTS_TO_OFFER", set(booking.SLOTS_TO_OFFER), True),
        ("domain.yml channel variants", _variant_channels(), False),
    ],
)
def test_every_list_of_channels_is_the_one_list(where, named, exactly):
    if exactly:
        assert named == set(CHANNELS), where
    else:
        assert named <= set(CHANNELS), where


def test_the_actions_take_the_one_list():
    assert context.CHANNELS is CHANNELS
