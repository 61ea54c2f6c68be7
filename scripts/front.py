"""`make run`'s stand-in for nginx (deploy/nginx/nginx.conf): one public port for the two apps.

    python -m scripts.front   # PUBLIC_PORT (8000) -> GATEWAY_PORT (8001) and BACKEND_PORT (8002)

/staff and the tenants' photo page /photos/ go to the records API, /api nowhere (the action server
calls the records API on its own port, as in production), everything else (the web chat /, /chat,
/twilio, the assets) to the channel gateway. Each request gets a thread; the apps behind are
threaded too. The client's address, scheme and host go on as X-Forwarded-For/-Proto/-Host (the apps
trust one hop); a scheme and host a tunnel in front already gave are kept, as nginx keeps them, so
that a Twilio signature over the tunnel's https address still checks.
"""

from __future__ import annotations

import contextlib
import http.client
import os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# Hop-by-hop headers (RFC 9110 section 7.6.1) are the proxy's own, never passed on.
HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
}
TIMEOUT_SECONDS = 30


def upstream_for(path: str, gateway: int, records: int) -> int | None:
    """The port that serves `path`, or None for what the public never reaches."""
    if path == "/api" or path.startswith("/api/"):
        return None
    if path == "/staff" or path.startswith("/staff/") or path.startswith("/photos/"):
        return records
    return gateway


def make_server(host: str, port: int, gateway: int, records: int) -> ThreadingHTTPServer:
    class Front(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_args):  # the apps log each request (without the query)
            pass

        def _forward(self) -> None:
            target = upstream_for(self.path.split("?", 1)[0], gateway, records)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            if target is None:
                return self._answer(404, [("Content-Type", "text/plain")], b"Not Found\n")
            headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
            headers["X-Forwarded-For"] = self.client_address[0]
            headers.setdefault("X-Forwarded-Proto", "http")
            headers.setdefault("X-Forwarded-Host", self.headers.get("Host", f"{host}:{port}"))
            connection = http.client.HTTPConnection("127.0.0.1", target, timeout=TIMEOUT_SECONDS)
            try:
                connection.request(self.command, self.path, body=body, headers=headers)
                response = connection.getresponse()
                payload = response.read()
                passed = [
                    (k, v)
                    for k, v in response.getheaders()
                    if k.lower() not in HOP_BY_HOP and k.lower() != "content-length"
                ]
                self._answer(response.status, passed, payload)
            except OSError:
                self._answer(502, [("Content-Type", "text/plain")], b"Bad Gateway\n")
            finally:
                connection.close()

        def _answer(self, status: int, headers: list[tuple[str, str]], payload: bytes) -> None:
            try:
                self.send_response(status)
                for name, value in headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(payload)
            except OSError:
                pass  # the client went away

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _forward

    server = ThreadingHTTPServer((host, port), Front)
    server.daemon_threads = True
    return server


def main() -> None:
    host = os.environ.get("PUBLIC_HOST", "127.0.0.1")
    port = int(os.environ.get("PUBLIC_PORT", "8000"))
    gateway = int(os.environ.get("GATEWAY_PORT", "8001"))
    records = int(os.environ.get("BACKEND_PORT", "8002"))
    server = make_server(host, port, gateway, records)
    print(f"front http://{host}:{port}: /staff -> {records}, the rest -> {gateway}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()


if __name__ == "__main__":
    main()
