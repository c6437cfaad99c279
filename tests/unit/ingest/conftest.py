"""A local HTTP server for fetch tests: every bad behaviour a real site can show, on 127.0.0.1."""

from __future__ import annotations

import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from ingest_helpers import article_html, rss, story

ROBOTS = "User-agent: *\nDisallow: /private/\n"


class Site:
    """Routes: path -> (status, headers, body bytes, delay seconds). ``hits`` counts requests per path."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, dict[str, str], bytes, float]] = {}
        self.hits: Counter[str] = Counter()
        self.agents: list[str] = []
        self.flaky: dict[str, int] = {}

    def add(self, path: str, body: str | bytes = b"", *, status: int = 200, content_type: str | None = None,
            delay: float = 0.0, headers: dict[str, str] | None = None) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        all_headers = dict(headers or {})
        if content_type:
            all_headers["Content-Type"] = content_type
        self.routes[path] = (status, all_headers, data, delay)


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            site.hits[self.path] += 1
            site.agents.append(self.headers.get("User-Agent", ""))
            if site.flaky.get(self.path, 0) > 0:
                site.flaky[self.path] -= 1
                self._send(503, {"Retry-After": "0"}, b"busy")
                return
            status, headers, body, delay = site.routes.get(self.path, (404, {}, b"not found", 0.0))
            if delay:
                time.sleep(delay)
            self._send(status, headers, body)

        def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            if "Content-Length" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
            pass

    return Handler


@pytest.fixture
def site():
    site = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    site.add("/robots.txt", ROBOTS, content_type="text/plain")
    for n in range(1, 4):
        site.add(f"/news/{n}", article_html(f"Bridge vote {n}", story(n)),
                 content_type="text/html; charset=utf-8")
    site.add("/feed.xml", rss(site.base, ["/news/1", "/news/2", "/missing"]),
             content_type="application/rss+xml")
    yield site
    server.shutdown()
    server.server_close()
