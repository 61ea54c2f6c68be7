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

import gunicorn.http.wsgi

from backend.log_privacy import install_phone_redaction
from gateway.config import gunicorn_settings

# gunicorn's own loggers (errors, access) are redacted too, in the arbiter and every worker.
install_phone_redaction()

# Every response says `Server: gunicorn` otherwise: which server and so which flaws to try.
SERVER_NAME = "repairs"
gunicorn.http.wsgi.SERVER = SERVER_NAME

_settings = gunicorn_settings()

wsgi_app = "gateway:create_app()"
bind = _settings["bind"]
workers = _settings["workers"]
# Threads: an SMS or voice webhook waits up to its deadline for the assistant, and a thread
# waiting on a socket costs little, where a whole process per waiting webhook would not.
worker_class = "gthread"
threads = _settings["threads"]
timeout = _settings["timeout"]
graceful_timeout = 20
keepalive = 5
forwarded_allow_ips = _settings["forwarded_allow_ips"]

# Built once, in the arbiter: a broken configuration stops the start at once.
preload_app = True
control_socket_disable = True

# The path without the query string (%(U)s): no phone number in a log.
accesslog = "-"
errorlog = "-"
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms pid=%(p)s'


def _engine(server):
    return server.app.wsgi().extensions["db_engine"]


def when_ready(server) -> None:
    # The arbiter's own pooled connections are not for the workers.
    _engine(server).dispose()


def post_fork(server, worker) -> None:
    # A forked worker must never reuse a connection its parent opened.
    _engine(server).dispose(close=False)
