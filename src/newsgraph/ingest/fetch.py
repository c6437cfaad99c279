"""Polite HTTP: robots.txt, a per-host pace, retries with backoff, timeouts, a size cap, capped redirects."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from newsgraph import __version__
from newsgraph.errors import FetchError, FetchRefused, InputError
from newsgraph.extract.text import Decoded, decode
from newsgraph.ingest.common import BodyDecoder, mime_and_charset

log = logging.getLogger(__name__)

USER_AGENT = f"newsgraph/{__version__} (+https://github.com/newsgraph/newsgraph)"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RETRY = frozenset({429, 500, 502, 503, 504})
#: Client errors that may clear up by themselves (a timeout, a rate limit); other 4xx are the URL's own.
_TRY_AGAIN = frozenset({408, 425, 429})
#: RFC 9309 lets crawlers stop reading robots.txt past 500 KiB.
_ROBOTS_MAX = 500 * 1024
#: A server's Retry-After or Crawl-delay is honoured up to this many seconds, no more.
_MAX_WAIT = 60.0
#: After robots.txt could not be had (server or network down), how long to wait before asking again.
_ROBOTS_RECHECK = 300.0


@dataclass(frozen=True)
class _RobotsUnreachable:
    """robots.txt could not be read for a server or network error: nothing is fetched from the host until
    ``until`` (RFC 9309: assume complete disallow), and each page refused meanwhile may be tried again."""

    reason: str
    until: float


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    status: int
    content_type: str | None  # the MIME type alone, lower case
    charset: str | None
    data: bytes

    def text(self, *, max_bytes: int) -> Decoded:
        return decode(self.data, max_bytes=max_bytes, declared=self.charset)


def _raw_chunks(response: httpx.Response) -> Iterator[bytes]:
    """The body as sent, before any Content-Encoding is undone."""
    try:
        yield from response.iter_raw()
    except httpx.StreamConsumed:  # a response made with its body in hand, as a mock transport makes them
        yield response.content


class Fetcher:
    """GET with good manners. One per run; it remembers robots.txt rules and when it last hit each host.

    ``transport`` replaces httpx's network transport (tests pass a mock or point at a local server);
    ``sleep`` and ``clock`` replace ``time.sleep`` and ``time.monotonic``.
    """

    def __init__(self, *, transport: httpx.BaseTransport | None = None, timeout: float = 15.0,
                 max_bytes: int = 5_000_000, max_redirects: int = 5, retries: int = 2, backoff: float = 1.0,
                 delay: float = 1.0, robots: bool = True, user_agent: str = USER_AGENT,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.retries = retries
        self.backoff = backoff
        self.delay = delay
        self.user_agent = user_agent
        self._robots_on = robots
        self._sleep = sleep
        self._clock = clock
        self._robots: dict[str, RobotFileParser | bool | _RobotsUnreachable] = {}
        self._last: dict[str, float] = {}
        self._client = httpx.Client(transport=transport, timeout=timeout, follow_redirects=False,
                                    headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"})

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str) -> Response:
        """Fetch ``url``, following at most ``max_redirects`` redirects; raise ``FetchError`` otherwise."""
        try:
            return self._follow(url, max_bytes=self.max_bytes, check_robots=self._robots_on)
        except (ValueError, httpx.InvalidURL) as err:  # UnicodeError is a ValueError
            # "http://[oops", a bad port, a host IDNA cannot encode, here or in a redirect's Location.
            raise FetchRefused(f"cannot fetch {url}: malformed URL ({type(err).__name__}: {err})") from err

    def _follow(self, url: str, *, max_bytes: int, check_robots: bool, errors: bool = True) -> Response:
        seen: list[str] = []
        current = url
        for _ in range(self.max_redirects + 1):
            if urlsplit(current).scheme not in ("http", "https"):
                raise FetchRefused(f"cannot fetch {current}: only http and https URLs are supported")
            if current in seen:
                raise FetchRefused(f"redirect loop: {current} again after {len(seen)} hops from {url}")
            seen.append(current)
            if check_robots and not self._allowed(current):
                raise FetchRefused(f"robots.txt of {urlsplit(current).netloc} disallows {current}")
            response = self._request(current, max_bytes=max_bytes)
            if response.status in _REDIRECTS:
                location = response.data.decode("utf-8", "replace")
                if not location:
                    raise FetchRefused(f"HTTP {response.status} without a Location from {current}")
                current = urljoin(current, location)
                continue
            if response.status >= 400 and errors:
                refused = response.status < 500 and response.status not in _TRY_AGAIN
                raise (FetchRefused if refused else FetchError)(f"HTTP {response.status} from {current}")
            return response
        raise FetchRefused(f"more than {self.max_redirects} redirects from {url}")

    def _request(self, url: str, *, max_bytes: int) -> Response:
        """One GET, retried on timeouts, connection errors, 429 and 5xx with exponential backoff."""
        host = urlsplit(url).netloc
        for attempt in range(self.retries + 1):
            last_try = attempt == self.retries
            wait = self.backoff * 2**attempt
            self._pace(host)
            try:
                response = self._read(url, max_bytes=max_bytes)
            except httpx.TimeoutException as err:
                if last_try:
                    raise FetchError(f"timed out after {self.timeout:g}s fetching {url}") from err
            except httpx.TransportError as err:
                if last_try:
                    raise FetchError(f"cannot fetch {url}: {type(err).__name__}: {err}") from err
            else:
                if response[0].status not in _RETRY or last_try:
                    return response[0]
                wait = max(wait, response[1])
            log.info("retrying %s in %.1fs (attempt %d of %d)", url, wait, attempt + 2, self.retries + 1)
            self._sleep(min(wait, _MAX_WAIT))
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _read(self, url: str, *, max_bytes: int) -> tuple[Response, float]:
        """The response (a redirect's Location as its data) and the server's Retry-After, in seconds."""
        started = self._clock()
        with self._client.stream("GET", url) as r:
            mime, charset = mime_and_charset(r.headers.get("content-type"))
            if r.status_code in _REDIRECTS:
                location = r.headers.get("location", "").encode()
                return Response(url, r.status_code, mime, charset, location), 0.0
            declared = r.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise FetchRefused(f"{url} is {int(declared):,} bytes, over the limit of {max_bytes:,}")
            chunks, size = [], 0
            body = BodyDecoder(r.headers.get("content-encoding"))
            try:
                for raw in _raw_chunks(r):
                    chunk = body.feed(raw, max_bytes + 1 - size)
                    size += len(chunk)
                    if size > max_bytes:
                        raise FetchRefused(f"{url} is over the limit of {max_bytes:,} bytes")
                    # The per-read timeout does not stop a server that drips bytes forever.
                    if self._clock() - started > 4 * self.timeout:
                        raise FetchError(f"timed out after {4 * self.timeout:g}s reading {url}")
                    chunks.append(chunk)
                body.finish()
            except InputError as err:  # broken at the source: fetching again gets the same bytes
                raise FetchError(f"cannot decode {url}: {err.message}") from err
            retry_after = r.headers.get("retry-after", "")
            return (Response(str(r.url), r.status_code, mime, charset, b"".join(chunks)),
                    float(retry_after) if retry_after.isdigit() else 0.0)

    def _pace(self, host: str) -> None:
        robots = self._robots.get(host)
        delay = self.delay
        if isinstance(robots, RobotFileParser):
            crawl_delay = robots.crawl_delay(self.user_agent)
            delay = max(delay, min(float(crawl_delay or 0), _MAX_WAIT))
        last = self._last.get(host)
        if last is not None:
            wait = delay - (self._clock() - last)
            if wait > 0:
                self._sleep(wait)
        self._last[host] = self._clock()

    def _allowed(self, url: str) -> bool:
        """Whether robots.txt lets us fetch ``url``; ``FetchError`` (try again later) when it cannot be read."""
        parts = urlsplit(url)
        host = parts.netloc
        rules = self._robots.get(host)
        if rules is None or isinstance(rules, _RobotsUnreachable) and self._clock() >= rules.until:
            rules = self._robots[host] = self._load_robots(f"{parts.scheme}://{host}/robots.txt")
        if isinstance(rules, _RobotsUnreachable):
            raise FetchError(f"cannot read robots.txt of {host} ({rules.reason}), so not fetching {url} yet")
        return rules if isinstance(rules, bool) else rules.can_fetch(self.user_agent, url)

    def _load_robots(self, robots_url: str) -> RobotFileParser | bool | _RobotsUnreachable:
        """Parsed rules; True (allow all) without a robots.txt or when it is unavailable for good (4xx,
        a redirect loop, over 500 KiB); unreachable for a while after a server or network error (RFC 9309)."""
        try:
            response = self._follow(robots_url, max_bytes=_ROBOTS_MAX, check_robots=False, errors=False)
        except FetchRefused as err:
            log.info("robots.txt unavailable (%s): treated as allowing everything", err)
            return True
        except FetchError as err:
            log.warning("robots.txt unreachable, not fetching from that host for now: %s", err)
            return _RobotsUnreachable(str(err), self._clock() + _ROBOTS_RECHECK)
        if 400 <= response.status < 500:
            return True
        if response.status >= 500:
            log.warning("robots.txt answered HTTP %d, not fetching from that host for now", response.status)
            return _RobotsUnreachable(f"HTTP {response.status}", self._clock() + _ROBOTS_RECHECK)
        parser = RobotFileParser(robots_url)
        parser.parse(response.data.decode("utf-8", "replace").splitlines())
        return parser
