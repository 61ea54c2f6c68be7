"""Placeholder until this channel lands."""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Registers nothing yet."""
