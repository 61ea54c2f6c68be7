"""What the assistant may say in a conversation about a tenant's records (issue 11).

Anti-social behaviour reports and complaints are never listed or described in a chat, an SMS
conversation or a call, even to a tenant who has proved who they are: someone else may be
reading the screen or listening, and may be the person the report is about. They are confirmed
only by a text to the number on file."""

from __future__ import annotations

# Tier codes every policy uses for these routes (backend/policies/*.yml).
CONFIDENTIAL_TIERS = frozenset({"asb", "complaint"})


def is_confidential(tier: str | None) -> bool:
    return tier in CONFIDENTIAL_TIERS
