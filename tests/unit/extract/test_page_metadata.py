"""Publication dates and article URLs from a page's metadata, on small pages written here."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from newsgraph.extract import extract_page
from newsgraph.model import RawDocument

STORY = (
    "<p>The national energy regulator approved on Wednesday the construction of an offshore wind farm off "
    "the Dunmore coast, rejecting objections from two conservation groups about migrating seabirds.</p>"
    "<p>The developer plans to install 60 turbines about 20 kilometres from the shore, and its managing "
    "director said the decision was a good day for the climate and for the coast.</p>"
)
OTHER_STORY = (
    "<p>A judge ordered the city police department on Tuesday to release ten years of misconduct records "
    "that it had refused to hand over to a local newspaper, ending a two-year legal fight.</p>"
    "<p>The department said it would comply with the order but asked for more time to remove the names "
    "of witnesses and of officers who had been cleared.</p>"
)
FOOTER = "<footer><p>© 2019 Dunmore Coast Online</p><a href='/privacy'>Privacy</a></footer>"


def html_page(*, head: str = "", top: str = "", story: str = STORY, footer: str = FOOTER) -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Wind farm approved</title>{head}"
            f"</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article>"
            f"<h1>Wind farm approved</h1>{top}{story}</article></main>{footer}</body></html>")


def extracted(html: str, url: str | None = None):
    return extract_page(RawDocument(source="page.html", data=html, url=url, content_type="text/html"))


@pytest.mark.parametrize("footer", [
    FOOTER,
    "<footer><p>Copyright 2025. All rights reserved.</p></footer>",
    "<footer><small>&copy; 2001-2024 Dunmore Coast Online Ltd</small></footer>",
    "",
], ids=["copyright-2019", "copyright-2025", "copyright-range", "no-footer"])
def test_a_page_that_states_no_date_has_no_publication_date(footer):
    article = extracted(html_page(footer=footer))[0].article
    assert article.published is None


@pytest.mark.parametrize(("head", "top", "url"), [
    ('<meta property="article:published_time" content="2025-04-02T07:00:00+02:00">', "", None),
    ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
     '"datePublished": "2025-04-02"}</script>', "", None),
    ("", '<p class="meta"><time datetime="2025-04-02T09:14">2 April</time></p>', None),
    ("", "", "https://dunmore-coast.example/2025/04/02/wind-farm-approved"),
    ("", "<p>Published 2 April 2025, 09:14</p>", None),
    ("", "<p>By Ailsa Grant | April 2, 2025</p>", None),
    ("", "<p>Posted on: Wednesday 2nd April 2025</p>", None),
    ("", "<p>2025-04-02 — DUNMORE</p>", None),
    ("", "<p>Date: 2 Apr. 2025</p>", None),
], ids=["meta", "json-ld", "time", "url", "published-line", "byline", "posted-line", "iso-dateline", "date-line"])
def test_real_date_evidence_gives_the_publication_date_despite_a_copyright_line(head, top, url):
    article = extracted(html_page(head=head, top=top), url=url)[0].article
    assert article.published == date(2025, 4, 2)


@pytest.mark.parametrize("top", [
    "<p>Updated 3 April 2025</p>",  # a modification, not the publication
    "<p>The public inquiry that opened on 2 April 2024 heard from forty witnesses.</p>",  # an event
    f"<p>Published {(date.today() + timedelta(days=30)).strftime('%d %B %Y')}</p>",  # not yet
], ids=["updated", "event", "future"])
def test_a_date_that_is_not_a_dateline_is_not_the_publication_date(top):
    article = extracted(html_page(top=top))[0].article
    assert article.published is None


HOME_PAGES = ["https://dunmore-coast.example/", "https://dunmore-coast.example",
              "https://dunmore-coast.example/index.html", "https://dunmore-coast.example/?utm_source=feed", "/"]


@pytest.mark.parametrize("home", HOME_PAGES)
def test_a_home_page_canonical_neither_identifies_nor_is_reported(home):
    head = f'<link rel="canonical" href="{home}">'
    stories = [extracted(html_page(head=head, story=story)) for story in (STORY, OTHER_STORY)]
    assert stories[0][0].article.id != stories[1][0].article.id
    for found, page in stories:
        assert found.article.url is None and page.canonical_url is None
        assert found.article.id.startswith("t")  # from the body, nothing else being known

    found, page = extracted(html_page(head=head), url="https://dunmore-coast.example/energy/wind?utm_medium=rss")
    assert found.article.url == page.canonical_url == "https://dunmore-coast.example/energy/wind"
    assert found.article.id.startswith("u")


def test_a_query_on_the_site_root_can_name_an_article():
    head = '<link rel="canonical" href="https://dunmore-coast.example/?p=123">'
    assert extracted(html_page(head=head))[1].canonical_url == "https://dunmore-coast.example/?p=123"


ARTICLE_URL = "https://dunmore-coast.example/energy/wind-farm-approved"


def json_ld(data: str) -> str:
    return f'<script type="application/ld+json">{data}</script>'


@pytest.mark.parametrize("head", [
    json_ld(f'{{"@context": "https://schema.org", "@type": "NewsArticle", "url": "{ARTICLE_URL}"}}'),
    json_ld(f'{{"@type": "NewsArticle", "mainEntityOfPage": {{"@type": "WebPage", "@id": "{ARTICLE_URL}"}}}}'),
    json_ld(f'[{{"@type": "Organization", "url": "https://dunmore-coast.example/about"}}, '
            f'{{"@type": ["BlogPosting"], "mainEntityOfPage": "{ARTICLE_URL}?utm_source=x"}}]'),
    json_ld(f'{{"@graph": [{{"@type": "WebSite", "url": "https://dunmore-coast.example/"}}, '
            f'{{"@type": "WebPage", "url": "https://dunmore-coast.example/"}}, '
            f'{{"@type": "WebPage", "url": "{ARTICLE_URL}"}}]}}'),
    '<link rel="canonical" href="https://dunmore-coast.example/">'
    + json_ld(f'{{"@type": "NewsArticle", "url": "{ARTICLE_URL}"}}'),
])
def test_the_article_url_given_only_in_json_ld_is_its_canonical_url(head):
    found, page = extracted(html_page(head=head), url="https://mirror.example/copy/1")
    assert found.article.url == page.canonical_url == ARTICLE_URL
    assert found.article.id == extracted(html_page(head=f'<link rel="canonical" href="{ARTICLE_URL}">'))[0].article.id


def test_rel_canonical_wins_over_json_ld():
    head = (f'<link rel="canonical" href="{ARTICLE_URL}">'
            + json_ld('{"@type": "NewsArticle", "url": "https://dunmore-coast.example/amp/wind"}'))
    assert extracted(html_page(head=head))[1].canonical_url == ARTICLE_URL


def test_json_ld_that_is_not_json_is_skipped():
    head = json_ld('{"@type": "NewsArticle", "url": ') + f'<meta property="og:url" content="{ARTICLE_URL}">'
    assert extracted(html_page(head=head))[1].canonical_url == ARTICLE_URL


@pytest.mark.parametrize(("head", "top"), [
    ('<meta property="article:modified_time" content="2025-04-09T16:20:00+01:00">', ""),
    ('<meta name="lastmod" content="2025-04-09">', ""),
    ('<meta itemprop="dateModified" content="2025-04-09">', ""),
    ('<meta http-equiv="last-modified" content="2025-04-09">', ""),
    (json_ld('{"@type": "NewsArticle", "headline": "Wind farm approved", "dateModified": "2025-04-09T16:20:00Z"}'), ""),
    ("", '<p class="meta"><time class="updated" datetime="2025-04-09T16:20">9 April</time></p>'),
], ids=["meta-property", "meta-name", "itemprop", "http-equiv", "json-ld", "time-updated"])
def test_a_page_that_states_only_when_it_was_modified_has_no_publication_date(head, top):
    found, page = extracted(html_page(head=head, top=top))
    assert found.article.published is None and page.modified == date(2025, 4, 9)
    assert found.article.modified == date(2025, 4, 9)  # what its relative dates are read against


@pytest.mark.parametrize(("head", "url"), [
    ('<meta property="article:published_time" content="2025-04-02T07:00:00+02:00">', None),
    (json_ld('{"@type": "NewsArticle", "datePublished": "2025-04-02", "dateModified": "2025-04-09"}'), None),
    ("", "https://dunmore-coast.example/2025/04/02/wind-farm-approved"),
], ids=["meta", "json-ld", "url"])
def test_the_publication_date_is_found_beside_a_modification_date(head, url):
    modified = '<meta property="article:modified_time" content="2025-04-09T16:20:00+01:00">'
    found, page = extracted(html_page(head=head + modified), url=url)
    assert (found.article.published, page.modified) == (date(2025, 4, 2), date(2025, 4, 9))
    assert found.article.modified == date(2025, 4, 9)


@pytest.mark.parametrize("head", [
    '<meta property="article:published_time" content="2025-04-09T07:00:00+02:00">',
    json_ld('{"@type": "NewsArticle", "datePublished": "2025-04-09"}'),
], ids=["meta", "json-ld"])
def test_the_publication_date_a_page_declares_wins_over_a_date_in_its_url(head):
    found, page = extracted(html_page(head=head), url="https://dunmore-coast.example/2025/04/02/wind-farm-approved")
    assert (found.article.published, page.modified) == (date(2025, 4, 9), None)


def test_the_modification_date_is_only_one_the_page_states_as_such():
    head = '<meta property="article:published_time" content="2025-04-02T07:00:00+02:00">'
    top = '<p class="meta"><time datetime="2025-04-05T10:00">5 April</time></p>'  # no sign it is an update
    found, page = extracted(html_page(head=head, top=top), url="https://dunmore-coast.example/2025/03/30/wind")
    assert (found.article.published, page.modified) == (date(2025, 4, 2), None)
