"""gunicorn for the channel gateway (the production profile, docs/production.md):

    gunicorn -c gateway/gunicorn.conf.py

Settings come from the environment through gateway.config.gunicorn_settings(): GATEWAY_HOST,
GATEWAY_PORT, GATEWAY_WORKERS or GUNICORN_WORKERS, GATEWAY_THREADS or GUNICORN_THREADS,
GUNICORN_TIMEOUT, FORWARDED_ALLOW_IPS. Its workers wait on the assistant; the records API the
action server calls during those turns has its own (backend/gunicorn.conf.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

# gunicorn loads this file by path; the project must be importable whatever the working directory.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from backend.gunicorn_common import server_settings
from gateway.config import gunicorn_settings

# Threads: an SMS or voice webhook waits up to its deadline for the assistant, and a thread
# waiting on a socket costs little, where a whole process per waiting webhook would not.
globals().update(server_settings("gateway:create_app()", gunicorn_settings()))
