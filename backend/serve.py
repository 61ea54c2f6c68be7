"""Serve the records API: `python -m backend.serve` (gunicorn is the production server:
backend/gunicorn.conf.py)."""

from __future__ import annotations

import os

from backend import create_app


def main() -> None:
    app = create_app()
    port = int(os.environ.get("BACKEND_PORT", "8002"))
    host = os.environ.get("BACKEND_HOST", "127.0.0.1")
    # Threaded: the action servers' calls are served side by side.
    app.run(host=host, port=port, threaded=True, use_reloader=False)


if __name__ == "__main__":
    main()
