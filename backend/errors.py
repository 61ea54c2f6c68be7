"""Every bad input becomes a clear 4xx JSON error, never a 500."""

from __future__ import annotations

import logging

from flask import Flask, jsonify, request
from werkzeug.exceptions import HTTPException

from backend.domain.booking import BookingRefused

log = logging.getLogger(__name__)

BOOKING_REFUSAL_STATUS = {
    "slot_after_target": 422,
    "wrong_trade": 422,
    "slot_in_past": 422,
}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def error_response(status: int, code: str, message: str):
    return jsonify({"error": code, "message": message}), status


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def _api_error(error: ApiError):
        return error_response(error.status, error.code, error.message)

    @app.errorhandler(BookingRefused)
    def _booking_refused(error: BookingRefused):
        return error_response(
            BOOKING_REFUSAL_STATUS.get(error.code, 409), error.code, error.message
        )

    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException):
        if not request.path.startswith("/api/"):
            return error
        code = (error.name or "error").lower().replace(" ", "_")
        body, status = error_response(error.code or 500, code, error.description or error.name)
        # Keep what the exception's own response carries, such as a 405's Allow (RFC 9110).
        headers = [(k, v) for k, v in error.get_headers() if k.lower() != "content-type"]
        return body, status, headers

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        # Logged with its traceback for us; the caller gets a plain answer, never a stack trace.
        log.exception("unhandled error on %s %s", request.method, request.path)
        return error_response(500, "internal_error", "Something went wrong on our side.")
