from __future__ import annotations

import socket

import httpx
import pytest

from newsgraph.errors import FetchError, FetchRefused
from newsgraph.ingest import USER_AGENT, Fetcher


@pytest.fixture
def fetcher():
    with Fetcher(timeout=0.3, max_bytes=50_000, retries=2, backoff=0.01, delay=0.0) as f:
        yield f


def test_page_is_fetched_with_our_user_agent(site, fetcher):
    response = fetcher.get(site.base + "/news/1")
    assert response.status == 200 and response.content_type == "text/html" and response.charset == "utf-8"
    assert b"Bridge vote 1" in response.data
    assert set(site.agents) == {USER_AGENT} and USER_AGENT.startswith("newsgraph/")
    assert site.hits["/robots.txt"] == 1


def test_robots_refusal(site, fetcher):
    site.add("/private/memo", "secret", content_type="text/html")
    with pytest.raises(FetchError, match="robots.txt"):
        fetcher.get(site.base + "/private/memo")
    assert site.hits["/private/memo"] == 0


def test_missing_robots_allows_everything_and_robots_5xx_forbids_for_a_while(site, fetcher):
    site.add("/robots.txt", "gone", status=404)
    assert fetcher.get(site.base + "/news/2").status == 200
    site.add("/robots.txt", "down", status=500)
    now = [0.0]
    with Fetcher(timeout=0.3, retries=0, delay=0.0, clock=lambda: now[0]) as strict:
        with pytest.raises(FetchError, match="cannot read robots.txt") as caught:
            strict.get(site.base + "/news/2")
        assert not isinstance(caught.value, FetchRefused)  # [E300]: the next run or poll tries again
        assert site.hits["/news/2"] == 1  # only the first, lenient fetcher's
        site.add("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
        with pytest.raises(FetchError):
            strict.get(site.base + "/news/2")  # not asked again straight away
        now[0] += 301
        assert strict.get(site.base + "/news/2").status == 200


def test_a_host_that_cannot_be_reached_is_tried_again_later_not_refused(fetcher):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    with pytest.raises(FetchError) as caught:
        fetcher.get(f"http://127.0.0.1:{closed}/story")
    assert not isinstance(caught.value, FetchRefused)
    assert "disallows" not in str(caught.value) and "cannot read robots.txt" in str(caught.value)


@pytest.mark.parametrize("status", [404, 410, 403])
def test_client_errors_fail_without_retry(site, fetcher, status):
    site.add("/gone", "no", status=status)
    with pytest.raises(FetchError, match=f"HTTP {status}"):
        fetcher.get(site.base + "/gone")
    assert site.hits["/gone"] == 1


def test_server_errors_are_retried_then_fail(site, fetcher):
    site.add("/broken", "oops", status=500)
    with pytest.raises(FetchError, match="HTTP 500"):
        fetcher.get(site.base + "/broken")
    assert site.hits["/broken"] == 3


def test_backoff_doubles_and_a_transient_503_recovers(site):
    waits: list[float] = []
    site.flaky["/news/3"] = 2
    with Fetcher(retries=3, backoff=0.5, delay=0.0, sleep=waits.append) as f:
        assert f.get(site.base + "/news/3").status == 200
    assert waits == [0.5, 1.0]


def test_timeout(site, fetcher):
    site.add("/slow", "late", content_type="text/html", delay=1.0)
    with pytest.raises(FetchError, match="timed out"):
        fetcher.get(site.base + "/slow")


def test_redirects_are_followed_and_loops_fail(site, fetcher):
    site.add("/old", status=301, headers={"Location": "/news/1"})
    assert fetcher.get(site.base + "/old").url == site.base + "/news/1"
    site.add("/loop-a", status=302, headers={"Location": "/loop-b"})
    site.add("/loop-b", status=302, headers={"Location": "/loop-a"})
    with pytest.raises(FetchError, match="redirect loop"):
        fetcher.get(site.base + "/loop-a")
    for i in range(8):
        site.add(f"/hop{i}", status=302, headers={"Location": f"/hop{i + 1}"})
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetcher.get(site.base + "/hop0")


def test_size_cap_with_and_without_content_length(site, fetcher):
    site.add("/big", "x" * 60_000, content_type="text/html")
    with pytest.raises(FetchError, match="over the limit"):
        fetcher.get(site.base + "/big")
    site.add("/big-undeclared", b"y" * 60_000, content_type="text/html", headers={"Content-Length": ""})
    with pytest.raises(FetchError):
        fetcher.get(site.base + "/big-undeclared")


def test_per_host_pace(site):
    waits: list[float] = []
    with Fetcher(delay=5.0, sleep=waits.append) as f:
        f.get(site.base + "/news/1")
        f.get(site.base + "/news/2")
    # robots.txt, then page 1, then page 2: each later request waits for the pace.
    assert len(waits) == 2 and all(4.0 < w <= 5.0 for w in waits)


def test_injected_transport():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(200, headers={"Content-Type": "text/html"}, content=b"<p>hello</p>")

    with Fetcher(transport=httpx.MockTransport(handler), delay=0.0) as f:
        assert f.get("https://news.example/a").data == b"<p>hello</p>"


def test_unreachable_host_and_bad_scheme(fetcher):
    with pytest.raises(FetchError):
        fetcher.get("http://127.0.0.1:9/nothing-listens-here")
    with pytest.raises(FetchError, match="only http"):
        fetcher.get("ftp://example.org/file")


def test_a_gzip_body_cut_short_is_a_failure_not_half_an_article(site, fetcher):
    import gzip

    whole = gzip.compress(b"<html><body>" + b"<p>The council met on Monday.</p>" * 200 + b"</body></html>")
    site.add("/whole", whole, content_type="text/html", headers={"Content-Encoding": "gzip"})
    site.add("/cut", whole[: len(whole) * 7 // 10], content_type="text/html", headers={"Content-Encoding": "gzip"})
    assert fetcher.get(site.base + "/whole").data.endswith(b"</body></html>")
    with pytest.raises(FetchError, match="cut short"):
        fetcher.get(site.base + "/cut")
    site.add("/garbled", b"\x1f\x8bnot gzip at all", content_type="text/html", headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="not valid gzip"):
        fetcher.get(site.base + "/garbled")


@pytest.mark.parametrize("url", ["http://[oops/x", "http://127.0.0.1:8765:80/x", "http://-bad-.example..com/x",
                                 "{base}/a\x7fb"])
def test_a_malformed_url_is_refused_for_good_not_a_crash(site, fetcher, url):
    with pytest.raises(FetchRefused, match="malformed URL"):
        fetcher.get(url.format(base=site.base))


def test_a_redirect_to_a_malformed_url_is_refused(site, fetcher):
    site.add("/moved", status=302, headers={"Location": "http://[oops/x"})
    with pytest.raises(FetchRefused, match="malformed URL"):
        fetcher.get(site.base + "/moved")
