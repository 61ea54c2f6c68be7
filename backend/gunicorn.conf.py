"""gunicorn for the records API (the production profile, docs/production.md):

    gunicorn -c backend/gunicorn.conf.py

Settings come from the environment through backend.config.gunicorn_settings(): BACKEND_HOST,
BACKEND_PORT, BACKEND_WORKERS or GUNICORN_WORKERS, BACKEND_THREADS or GUNICORN_THREADS,
GUNICORN_TIMEOUT, FORWARDED_ALLOW_IPS. The channel gateway has its own server and workers
(gateway/gunicorn.conf.py), so the action server's calls here never queue behind relayed turns.
"""

from __future__ import annotations

import sys
from pathlib import Path

# gunicorn loads this file by path; the project must be importable whatever the working directory.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from backend.config import gunicorn_settings
from backend.gunicorn_common import server_settings

# Threads: a request waiting on the database costs a thread, not a process.
globals().update(server_settings("backend:create_app()", gunicorn_settings()))
