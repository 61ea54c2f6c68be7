"""Photos of the fault, through a link (Twilio delivers no MMS to UK numbers): offered once a
repair has its appointment, so the first reply stays short and the photo is a help, not a step."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher

from bot.actions import backend
from bot.actions.config import Settings


def offer_photo_link(
    dispatcher: CollectingDispatcher,
    client: backend.BackendClient,
    reference: str,
    tenant_id: int,
    channel_name: str,
) -> None:
    """Offers the upload link: in the chat or the text itself, and texted to a caller. Nothing
    is said when there is none to give (a confidential report, no number, the backend down)."""
    on_the_phone = channel_name == "voice"
    try:
        link = client.photo_link(reference, tenant_id, send_by_text=on_the_phone)
    except (backend.BackendUnavailable, backend.BackendError):
        return  # the repair stands without photos
    if on_the_phone:
        if link.get("texted"):
            dispatcher.utter_message(response="utter_photo_link_texted")
        return
    url = link.get("url") or ""
    if url.startswith("/"):
        url = f"{Settings.from_env().public_site_url}{url}"
    if url:
        dispatcher.utter_message(response="utter_photo_link", photo_url=url)
