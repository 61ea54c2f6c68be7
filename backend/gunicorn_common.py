"""What both production servers share (backend/gunicorn.conf.py, gateway/gunicorn.conf.py).

Each config file names its app and its own settings (from its component's config module) and
takes the rest from `server_settings`, so the two never drift apart on logging, privacy or the
database pool's handling across forks.
"""

from __future__ import annotations

import logging
from typing import Any

import gunicorn.http.wsgi
from sqlalchemy.exc import SQLAlchemyError

from backend.db import POOL_SIZE, open_connections, warm_up
from backend.log_privacy import install_phone_redaction

log = logging.getLogger(__name__)

# Every response says `Server: gunicorn` otherwise: which server and so which flaws to try.
SERVER_NAME = "repairs"


def _engine(server):
    return server.app.wsgi().extensions["db_engine"]


def when_ready(server) -> None:
    engine = _engine(server)
    try:
        warm_up(engine)
    except SQLAlchemyError:
        # A cold start is slower, not broken: the workers still start and serve.
        log.warning("warming up the database statements failed", exc_info=True)
    # The arbiter's own pooled connections (from creating the schema) are not for the workers.
    engine.dispose()


def post_fork(server, worker) -> None:
    # A forked worker must never reuse a connection its parent opened (SQLAlchemy, "Using
    # Connection Pools with Multiprocessing"): drop the inherited pool, open fresh ones.
    engine = _engine(server)
    engine.dispose(close=False)
    try:
        open_connections(engine, POOL_SIZE)
    except SQLAlchemyError:
        log.warning("opening the database connections ahead failed", exc_info=True)


def server_settings(wsgi_app: str, settings: dict[str, Any]) -> dict[str, Any]:
    """gunicorn's settings for `wsgi_app`, from its component's `gunicorn_settings()`."""
    # gunicorn's own loggers (errors, access) are redacted too, in the arbiter and every worker.
    install_phone_redaction()
    gunicorn.http.wsgi.SERVER = SERVER_NAME
    return {
        "wsgi_app": wsgi_app,
        "bind": settings["bind"],
        "workers": settings["workers"],
        # Threads: a request waiting on the database or the assistant costs a thread, not a
        # process.
        "worker_class": "gthread",
        "threads": settings["threads"],
        "timeout": settings["timeout"],
        "graceful_timeout": 20,
        "keepalive": 5,
        "forwarded_allow_ips": settings["forwarded_allow_ips"],
        # The app is built once, in the arbiter: the schema is created once (several workers
        # racing to CREATE TABLE on PostgreSQL collide), and a broken configuration stops the
        # start at once.
        "preload_app": True,
        # One server per container or unit: no run-time control socket (gunicorn 25.1+; older
        # versions ignore the setting), so several servers on one machine never fight over it.
        "control_socket_disable": True,
        # Logs to stdout/stderr for the platform to collect. The access log has the path without
        # the query string (%(U)s, not %(r)s): `/api/tenants/lookup?phone=...` must never put a
        # number in a log.
        "accesslog": "-",
        "errorlog": "-",
        "access_log_format": '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms pid=%(p)s',
        "when_ready": when_ready,
        "post_fork": post_fork,
    }
