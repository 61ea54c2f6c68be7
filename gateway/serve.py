"""Serve the channel gateway: `python -m gateway.serve` (gunicorn is the production server:
gateway/gunicorn.conf.py)."""

from __future__ import annotations

import os

from gateway import create_app


def main() -> None:
    app = create_app()
    port = int(os.environ.get("GATEWAY_PORT", "8001"))
    host = os.environ.get("GATEWAY_HOST", "127.0.0.1")
    # Threaded so a slow assistant turn on one webhook does not hold up the others.
    app.run(host=host, port=port, threaded=True, use_reloader=False)


if __name__ == "__main__":
    main()
