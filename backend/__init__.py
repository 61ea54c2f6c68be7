"""Repairs system of record: tenants, homes, repair reports, priority policy, slots, bookings."""

from backend.app import create_app

__all__ = ["create_app"]
