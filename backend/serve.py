"""Serve the backend: `python -m backend.serve` (gunicorn is the production server, see README)."""

from __future__ import annotations

import os

from backend import create_app


def main() -> None:
    app = create_app()
    port = int(os.environ.get("BACKEND_PORT", "8000"))
    host = os.environ.get("BACKEND_HOST", "127.0.0.1")
    # Threaded so a slow assistant turn on one webhook does not hold up the others.
    app.run(host=host, port=port, threaded=True, use_reloader=False)


if __name__ == "__main__":
    main()
