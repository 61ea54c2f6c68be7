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

import gunicorn.http.wsgi

from backend.config import gunicorn_settings
from backend.log_privacy import install_phone_redaction

# gunicorn's own loggers (errors, access) are redacted too, in the arbiter and every worker.
install_phone_redaction()

# Every response says `Server: gunicorn` otherwise: which server and so which flaws to try.
SERVER_NAME = "repairs"
gunicorn.http.wsgi.SERVER = SERVER_NAME

_settings = gunicorn_settings()

wsgi_app = "backend:create_app()"
bind = _settings["bind"]
workers = _settings["workers"]
# Threads: a request waiting on the database costs a thread, not a process.
worker_class = "gthread"
threads = _settings["threads"]
timeout = _settings["timeout"]
graceful_timeout = 20
keepalive = 5
forwarded_allow_ips = _settings["forwarded_allow_ips"]

# The app is built once, in the arbiter: the schema is created once (several workers racing to
# CREATE TABLE on PostgreSQL collide), and a broken configuration stops the start at once.
preload_app = True
# One server per container or unit: no run-time control socket (gunicorn 25.1+; older versions
# ignore the setting), so several servers on one machine never fight over its path.
control_socket_disable = True

# Logs to stdout/stderr for the platform to collect. The access log has the path without the
# query string (%(U)s, not %(r)s): `/api/tenants/lookup?phone=...` must never put a number in a log.
accesslog = "-"
errorlog = "-"
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms pid=%(p)s'


def _engine(server):
    return server.app.wsgi().extensions["db_engine"]


def when_ready(server) -> None:
    # The arbiter's own pooled connections (from creating the schema) are not for the workers.
    _engine(server).dispose()


def post_fork(server, worker) -> None:
    # A forked worker must never reuse a connection its parent opened (SQLAlchemy, "Using
    # Connection Pools with Multiprocessing"): drop the inherited pool, open fresh ones.
    _engine(server).dispose(close=False)
