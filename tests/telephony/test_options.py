"""The assistant's buttons as numbered options, and the replies that pick one."""

from __future__ import annotations

import pytest

from bot.assistant_client import AssistantMessage
from telephony.options import (
    CUSTOMER_SERVICE,
    EMERGENCY,
    Option,
    match_option,
    numbered_options,
    transfer_requested,
)

SLOTS = [
    Option(1, "Wednesday 9 December, morning", '/choose_slot{"slot_id": 17}'),
    Option(2, "Wednesday 9 December, afternoon", '/choose_slot{"slot_id": 18}'),
    Option(3, "Saturday 12 December, morning", '/choose_slot{"slot_id": 40}'),
]
YES_NO = [Option(1, "Yes", "/affirm"), Option(2, "No", "/deny")]


@pytest.mark.parametrize(
    ("reply", "options", "picked"),
    [
        ("1", YES_NO, "/affirm"),
        (" 2 ", YES_NO, "/deny"),
        ("2.", YES_NO, "/deny"),
        ("#1", YES_NO, "/affirm"),
        ("option 2", YES_NO, "/deny"),
        ("one", YES_NO, "/affirm"),
        ("Number two", YES_NO, "/deny"),
        ("yes", YES_NO, "/affirm"),
        ("NO", YES_NO, "/deny"),
        ("3", YES_NO, None),
        ("no it does not work", YES_NO, None),
        ("wednesday afternoon", SLOTS, '/choose_slot{"slot_id": 18}'),
        ("saturday", SLOTS, '/choose_slot{"slot_id": 40}'),
        ("morning", SLOTS, None),  # two mornings on offer: not a choice
        ("the", SLOTS, None),
        ("3", SLOTS, '/choose_slot{"slot_id": 40}'),
        ("my ceiling is leaking", SLOTS, None),
        ("1", [], None),
    ],
)
def test_a_reply_picks_an_option_by_number_or_by_its_words(reply, options, picked):
    chosen = match_option(reply, options)
    assert (chosen.payload if chosen else None) == picked


def test_buttons_are_numbered_in_order_across_messages_without_duplicates():
    messages = [
        AssistantMessage("Is anyone hurt?", ({"title": "Yes", "payload": "/affirm"},)),
        AssistantMessage(
            "Or:",
            (
                {"title": "No", "payload": "/deny"},
                {"title": "Yes", "payload": "/affirm"},
                {"title": "Put me through", "payload": "/transfer_to_emergency_line"},
            ),
        ),
    ]
    options = numbered_options(messages)
    assert [(o.number, o.title, o.transfer) for o in options] == [
        (1, "Yes", None),
        (2, "No", None),
        (3, "Put me through", EMERGENCY),
    ]


@pytest.mark.parametrize(
    ("custom", "line"),
    [
        ({"transfer": "emergency"}, EMERGENCY),
        ({"transfer": "Emergency", "hazard": "gas_smell"}, EMERGENCY),
        ({"transfer": "customer_service"}, CUSTOMER_SERVICE),
        ({"transfer": "somewhere else"}, None),
        ({}, None),
    ],
)
def test_a_custom_payload_asks_for_a_transfer(custom, line):
    assert transfer_requested([AssistantMessage("", (), custom)]) == line
