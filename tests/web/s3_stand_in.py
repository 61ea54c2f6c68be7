"""A minimal S3-compatible server for the photo store's tests (moto is not available offline):
path-style PUT, GET and DELETE of an object, and ListObjectsV2 with a prefix and continuation
tokens, answering with the XML and headers boto3 reads. It keeps objects in memory, runs on a
loopback port in a thread, and records each request so a test can see what the client sent.

It checks no signature (the tests check which access key signed), keeps no versions and knows no
ACLs: what it does not support it answers with S3's NotImplemented, so a test cannot pass on a
request it never understood."""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import quote
from xml.sax.saxutils import escape

from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

XMLNS = "http://s3.amazonaws.com/doc/2006-03-01/"


@dataclass
class StoredObject:
    data: bytes
    last_modified: datetime
    content_type: str | None

    @property
    def etag(self) -> str:
        return f'"{hashlib.md5(self.data, usedforsecurity=False).hexdigest()}"'


@dataclass
class SeenRequest:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]


@dataclass
class S3StandIn:
    buckets: dict[str, dict[str, StoredObject]] = field(default_factory=dict)
    requests: list[SeenRequest] = field(default_factory=list)
    page_size: int = 1000  # S3's own; a test lowers it to make the client follow the pages
    url: str = ""

    def create_bucket(self, name: str) -> dict[str, StoredObject]:
        return self.buckets.setdefault(name, {})

    def __call__(self, environ, start_response):
        request = Request(environ)
        self.requests.append(
            SeenRequest(
                request.method,
                request.path,
                dict(request.args),
                {name.lower(): value for name, value in request.headers.items()},
            )
        )
        return self.answer(request)(environ, start_response)

    def answer(self, request: Request) -> Response:
        bucket_name, _, key = request.path.lstrip("/").partition("/")
        bucket = self.buckets.get(bucket_name)
        if bucket is None:
            return error(404, "NoSuchBucket", "The specified bucket does not exist")
        if not key:
            if request.method == "GET" and request.args.get("list-type") == "2":
                return self.list_objects(bucket_name, bucket, request.args)
            return error(501, "NotImplemented", f"{request.method} on a bucket")
        if request.method == "PUT" and not request.args:
            return self.put_object(bucket, key, request)
        if request.method == "GET" and not request.args:
            stored = bucket.get(key)
            if stored is None:
                return error(404, "NoSuchKey", "The specified key does not exist.", key)
            return Response(
                stored.data,
                headers={
                    "ETag": stored.etag,
                    "Last-Modified": stored.last_modified.strftime("%a, %d %b %Y %H:%M:%S GMT"),
                    "Content-Type": stored.content_type or "binary/octet-stream",
                },
            )
        if request.method == "DELETE" and not request.args:
            bucket.pop(key, None)  # S3 deletes a missing key with success too
            return Response(status=204)
        return error(501, "NotImplemented", f"{request.method} {dict(request.args)}")

    def put_object(self, bucket: dict[str, StoredObject], key: str, request: Request) -> Response:
        body = request.get_data()
        if "aws-chunked" in request.headers.get("Content-Encoding", ""):
            body = decode_aws_chunked(body)
        stored = StoredObject(
            body, datetime.now(timezone.utc).replace(microsecond=0), request.content_type
        )
        bucket[key] = stored
        return Response(status=200, headers={"ETag": stored.etag})

    def list_objects(self, name: str, bucket: dict[str, StoredObject], args) -> Response:
        prefix = args.get("prefix", "")
        url_encoded = args.get("encoding-type") == "url"
        page_size = min(int(args.get("max-keys", 1000)), self.page_size)
        names = sorted(key for key in bucket if key.startswith(prefix))
        # The token is the last key of the page before, as opaque to the client as S3's own.
        after = args.get("continuation-token", "")
        names = [key for key in names if key > after]
        page, truncated = names[:page_size], len(names) > page_size

        def text(value: str) -> str:
            return escape(quote(value, safe="/") if url_encoded else value)

        contents = "".join(
            f"<Contents><Key>{text(key)}</Key>"
            f"<LastModified>{bucket[key].last_modified.strftime('%Y-%m-%dT%H:%M:%S.000Z')}"
            f"</LastModified><ETag>{escape(bucket[key].etag)}</ETag>"
            f"<Size>{len(bucket[key].data)}</Size><StorageClass>STANDARD</StorageClass>"
            "</Contents>"
            for key in page
        )
        next_token = (
            f"<NextContinuationToken>{escape(page[-1])}</NextContinuationToken>"
            if truncated
            else ""
        )
        given_token = args.get("continuation-token")
        body = (
            f'<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="{XMLNS}">'
            f"<Name>{escape(name)}</Name><Prefix>{text(prefix)}</Prefix>"
            f"<KeyCount>{len(page)}</KeyCount><MaxKeys>{page_size}</MaxKeys>"
            + ("<EncodingType>url</EncodingType>" if url_encoded else "")
            + f"<IsTruncated>{'true' if truncated else 'false'}</IsTruncated>"
            + (
                f"<ContinuationToken>{escape(given_token)}</ContinuationToken>"
                if given_token
                else ""
            )
            + f"{next_token}{contents}</ListBucketResult>"
        )
        return Response(body, mimetype="application/xml")

    def signed_by(self) -> set[str]:
        """The access key ids in the requests' SigV4 Authorization headers."""
        found = set()
        for seen in self.requests:
            authorization = seen.headers.get("authorization", "")
            if "Credential=" in authorization:
                found.add(authorization.split("Credential=", 1)[1].split("/", 1)[0])
        return found


def error(status: int, code: str, message: str, key: str | None = None) -> Response:
    body = (
        f'<?xml version="1.0" encoding="UTF-8"?><Error><Code>{code}</Code>'
        f"<Message>{escape(message)}</Message>"
        + (f"<Key>{escape(key)}</Key>" if key else "")
        + "<RequestId>stand-in</RequestId></Error>"
    )
    return Response(body, status=status, mimetype="application/xml")


def decode_aws_chunked(body: bytes) -> bytes:
    """The payload of an `aws-chunked` body (size;ext CRLF data CRLF ... 0 CRLF trailers)."""
    data, rest = b"", body
    while rest:
        header, _, rest = rest.partition(b"\r\n")
        size = int(header.split(b";", 1)[0], 16)
        if size == 0:
            break
        data, rest = data + rest[:size], rest[size + 2 :]
    return data


class RunningStandIn:
    """The stand-in served on 127.0.0.1 on a free port, in a daemon thread, until stop()."""

    def __init__(self, stand_in: S3StandIn):
        self.stand_in = stand_in
        self.server = make_server("127.0.0.1", 0, stand_in, threaded=True)
        stand_in.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> S3StandIn:
        self.thread.start()
        return self.stand_in

    def __exit__(self, *_exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)
