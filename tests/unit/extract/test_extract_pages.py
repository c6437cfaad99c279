"""Extraction on the hand-written pages in tests/fixtures/html (see benchmarks/extraction.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsgraph.config import Settings
from newsgraph.errors import ExtractionError, InputError
from newsgraph.extract import extract, extract_page
from newsgraph.extract.identity import identity_keys
from newsgraph.extract.text import decode
from newsgraph.model import RawDocument

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "html"


def page(name: str, **kw) -> RawDocument:
    return RawDocument(source=name, data=(FIXTURES / name).read_bytes(), **kw)


def test_in_body_appeal_is_removed_and_the_body_kept():
    extracted = extract(page("02-harbour-strike.html"))
    body = extracted.article.text
    truth = (FIXTURES / "02-harbour-strike.txt").read_text().split("\n\n")
    for paragraph in truth:
        assert paragraph.strip() in body
    assert "Dear readers" not in body and "monthly contribution" not in body
    assert any(r.reason == "appeal" for r in extracted.removed)
    for cut in extracted.removed:
        assert "Dear readers" in cut.text or "support" in cut.text.lower() or cut.reason != "appeal"


def test_metadata_from_html():
    extracted, meta = extract_page(page("01-bridge-vote.html", url="https://gazette.example/01-bridge-vote?ref=rss"))
    article = extracted.article
    assert article.title == "Council backs new Riverton bridge after six-hour debate"
    assert article.published == date(2025, 3, 18) and article.outlet == "The Riverton Gazette"
    assert article.authors == ("Hana Ruiz",) and article.language == "en"
    assert article.url == meta.canonical_url == "https://gazette.example/01-bridge-vote"
    assert article.text.startswith("Riverton's city council voted")  # the headline is not body


def test_json_ld_metadata_and_undeclared_language_region():
    article = extract(page("05-football-appeal.html")).article
    assert article.published == date(2025, 6, 11) and article.outlet == "Northern Herald"
    assert article.language == "en" and "Sam Whitaker" in article.authors


def test_every_article_has_its_stable_id_from_url_or_body():
    by_url = extract(page("01-bridge-vote.html", url="https://gazette.example/01-bridge-vote?ref=rss")).article
    assert by_url.id == identity_keys(by_url.text, url="https://gazette.example/01-bridge-vote").article_id
    assert by_url.id.startswith("u")
    body = "The harbour council approved the ferry plan on Monday after a long and bitter debate."
    by_body = extract(RawDocument(source="a.txt", data=body)).article
    assert by_body.id == identity_keys(body).article_id and by_body.id.startswith("t")


@pytest.mark.parametrize("text, title", [
    ("Nurses at Northgate hospitals vote to strike\n\nNurses at the three hospitals voted on Tuesday.",
     "Nurses at Northgate hospitals vote to strike"),
    ("The council approved the plan on Monday.\nCritics said it ignored flood risk.", None),  # a lede
    ("Ferry plan approved\n", None),  # nothing after it
    ("Update\n\nThe council approved the plan on Monday.", None),  # too short to be a headline
])
def test_plain_text_takes_a_first_line_that_reads_as_a_headline_as_its_title(text, title):
    article = extract(RawDocument(source="a.txt", data=text)).article
    assert article.title == title and article.text.startswith(text.split("\n")[0])


def test_caller_metadata_wins():
    raw = page("09-court-ruling.html", title="Given title", published=date(2020, 1, 1), outlet="Given")
    article = extract(raw).article
    assert (article.title, article.published, article.outlet) == ("Given title", date(2020, 1, 1), "Given")


@pytest.mark.parametrize(("data", "error"), [
    (b"", InputError), (b"   \n", InputError), (b"\x00\x01binary\x00", InputError),
    (b"<html><body><script>var x = 1;</script></body></html>", ExtractionError),
])
def test_unusable_input(data, error):
    with pytest.raises(error):
        extract(RawDocument(source="x", data=data))


def test_size_cap():
    with pytest.raises(InputError, match="over the limit"):
        extract(RawDocument(source="x", data=b"a" * 2000), Settings(max_input_bytes=1000))


@pytest.mark.parametrize(("data", "declared", "expected"), [
    ("caf\u00e9 \u2014 na\u00efve".encode(), "iso-8859-1", "caf\u00e9 \u2014 na\u00efve"),
    ("caf\u00e9 \u201cq\u201d".encode("cp1252"), None, "caf\u00e9 \u201cq\u201d"),
    ("caf\u00e9".encode("cp1252"), "utf-8", "caf\u00e9"),
    ('<meta charset="koi8-r"><p>\u043f\u0440\u0438\u0432\u0435\u0442</p>'.encode("koi8-r"), None,
     "\u043f\u0440\u0438\u0432\u0435\u0442"),
    ("caf\u00e9".encode("cp1252") + " ok \u2014".encode(), None, "caf\u00e9 ok \u2014"),
])
def test_charsets(data, declared, expected):
    assert expected in decode(data, max_bytes=10_000, declared=declared).text


def test_headline_from_h1_and_the_standfirst_under_it_are_not_body():
    story = ("<p>The harbour board approved a plan on Monday to dredge the inner channel before the summer "
             "ferry season, ending a two-year dispute with the fishing fleet over silt.</p>"
             "<p>\u201cIt is the only way to keep the berths open,\u201d said the board's chair, Ana Ribeiro, "
             "who added that work would start in May if the weather allowed it.</p>"
             "<p>Fishermen said they would watch closely how the silt was disposed of offshore.</p>")
    html = ("<html><head><title>Dredging approved | Harbour Herald</title>"
            '<meta property="og:title" content="Dredging approved"></head><body><article>'
            "<h1>Harbour board approves dredging of the inner channel</h1>"
            "<p class='dek'>Work to start in May after two-year dispute with fishing fleet</p>"
            f"{story}</article></body></html>")
    article = extract(RawDocument(source="x", data=html, content_type="text/html")).article
    assert article.text.startswith("The harbour board approved a plan")


FERRY_PAGE = (
    '<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Island ferry returns to service</title>'
    '<meta property="article:published_time" content="2025-05-06"/></head><body>'
    "<h1>Island ferry returns to service</h1>"
    "<p>The ferry between Carrow Point and the island of Inchmurn sailed again on Monday, four weeks after a "
    "fault in its steering gear left two hundred residents relying on a small launch for supplies.</p>"
    "<p>The operator said engineers had replaced the gear and that the timetable would run as normal.</p>"
    "</body></html>")


@pytest.mark.parametrize("prologue", [
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
    '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
    "<!-- saved from url=(0051)https://islands.example/news/ferry-returns-to-service -->\n",
    "<!-- generated by the island press cms -->\n<!-- cache: hit -->\n<!DOCTYPE html>\n",
    "\ufeff\n  <!DOCTYPE html>\n",
], ids=["xhtml", "saved-from-comment", "comments-then-doctype", "bom-then-doctype"])
@pytest.mark.parametrize("as_bytes", [False, True], ids=["str", "bytes"])
def test_a_page_opening_with_a_declaration_or_comment_is_html(prologue, as_bytes):
    page = prologue + FERRY_PAGE
    article = extract(RawDocument(source="ferry", data=page.encode("utf-8") if as_bytes else page)).article
    assert article.title == "Island ferry returns to service" and article.published == date(2025, 5, 6)
    assert article.text.startswith("The ferry between Carrow Point") and "<" not in article.text


def test_text_opening_with_a_markup_lookalike_is_still_text():
    note = "<!-- draft -->\nThe ferry to Inchmurn sails again on Monday, the operator said in a short statement."
    assert extract(RawDocument(source="note", data=note)).article.text == note


RUSSIAN = ("«Мы уверены, что переговоры продолжатся», — сказал Дмитриев во вторник журналистам в Москве. "
           "Глава фонда добавил, что стороны обсудят сотрудничество в космосе и энергетике.")


@pytest.mark.parametrize("charset", ['<meta charset="utf-8">', ""], ids=["declared-utf-8", "undeclared"])
def test_bytes_in_another_charset_than_declared_are_read_in_the_one_they_fit_with_a_warning(charset):
    page = f"<!DOCTYPE html><html><head>{charset}<title>Москва</title></head><body><article><h1>Москва</h1>" \
           f"<p>{RUSSIAN}</p><p>{RUSSIAN}</p></article></body></html>"
    extracted = extract(RawDocument(source="ru.html", data=page.encode("cp1251")))
    assert extracted.article.title == "Москва" and "переговоры продолжатся" in extracted.article.text
    assert len(extracted.warnings) == 1 and "cp1251" in extracted.warnings[0]


def test_windows_1252_and_mixed_input_decode_without_a_warning():
    for data in ("Der Bürgermeister sagte am Montag, dass die Brücke gebaut wird.".encode("cp1252"),
                 "caf\u00e9".encode("cp1252") + " ok \u2014".encode()):
        assert decode(data, max_bytes=10_000).warnings == ()


def test_bytes_no_charset_reads_cleanly_are_decoded_with_a_warning_that_they_may_be_garbled():
    decoded = decode(b"Report: " + bytes(range(0x80, 0x100)) * 3, max_bytes=10_000)
    assert decoded.text.startswith("Report: \u20ac") and "likely wrong" in decoded.warnings[0]


def notice_page(body: str) -> RawDocument:
    html = f"<!DOCTYPE html><html lang='en'><head><title>The Daily Example</title></head><body>{body}</body></html>"
    return RawDocument(source="page.html", data=html, content_type="text/html")


@pytest.mark.parametrize("body", [
    '<div class="consent"><h2>We value your privacy</h2><p>We and our 842 partners store and access information '
    "on your device, such as cookies, and process personal data, such as unique identifiers and standard "
    "information sent by a device, for personalised advertising and content, advertising and content measurement, "
    "audience research and services development.</p><button>Accept all</button></div>",
    '<div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript>',
    "<main><h1>Just a moment...</h1><p>Checking your browser before accessing the site. This process is "
    "automatic. Please enable JavaScript and cookies to continue.</p></main>",
    "<main><p>It looks like you are using an ad blocker. To keep reading, please disable your ad blocker or "
    "sign in to your account.</p></main>",
], ids=["cookie-consent", "app-shell", "browser-check", "ad-blocker-wall"])
def test_a_notice_standing_where_the_article_should_be_is_no_article(body):
    with pytest.raises(ExtractionError, match="no article text"):
        extract(notice_page(body))


@pytest.mark.parametrize("story", [
    "<article><p>Regulators fined the company 1.2 billion euros on Monday for moving the personal data of "
    "European users to the United States, the Irish data protection commission said.</p></article>",
    "<article><p>Browser makers will stop supporting third-party cookies next year, a change that advertisers "
    "have lobbied against for years and that privacy groups have welcomed.</p></article>",
], ids=["about-personal-data", "about-cookies"])
def test_a_short_story_about_cookies_or_personal_data_is_still_an_article(story):
    assert extract(notice_page(story)).article.text.startswith(("Regulators", "Browser makers"))


def error_page(title: str, body: str) -> RawDocument:
    html = f"<!DOCTYPE html><html lang='en'><head><title>{title}</title></head><body>{body}</body></html>"
    return RawDocument(source="page.html", data=html, content_type="text/html")


@pytest.mark.parametrize(("title", "body", "notice"), [
    ("Page not found | The Tidewater Ledger", "<main><h1>Page not found</h1><p>Sorry, the page you requested could "
     "not be found. It may have been moved, or the link you followed may be broken.</p><p><a href='/'>Back to "
     "the home page</a></p></main>", "Sorry, the page you requested could not be found."),
    ("The Tidewater Ledger", "<nav><a href='/'>Home</a></nav><main><h1>404</h1><p>This page doesn't exist.</p>"
     "<p>Try searching for what you were looking for.</p></main>", "This page doesn't exist."),
    ("Error", "<main><h1>Something went wrong</h1><p>We're sorry, an unexpected error occurred. Please try "
     "again later.</p></main>", "We're sorry, an unexpected error occurred."),
    ("Access denied", "<main><h1>Access Denied</h1><p>You don't have permission to access this page on this "
     "server.</p><p>Reference #4.9c1d2e17.1767225600.3b7f</p></main>", "You don't have permission to access"),
    ("403 Forbidden", "<main><h1>403 Forbidden</h1><p>Request forbidden by administrative rules. Your IP "
     "address has been blocked.</p></main>", "403 Forbidden"),
    ("Service Unavailable", "<main><h1>503 Service Unavailable</h1><p>The server is temporarily unable to "
     "service your request due to maintenance downtime or capacity problems. Please try again later.</p></main>",
     "temporarily unable to service your request"),
    ("Too Many Requests", "<main><h1>Too many requests</h1><p>You have sent too many requests in a given amount "
     "of time. Please wait a few minutes before you try again.</p></main>", "too many requests"),
], ids=["not-found", "does-not-exist", "something-went-wrong", "access-denied", "forbidden", "unavailable",
        "too-many-requests"])
def test_an_error_page_is_no_article_and_the_error_says_why(title, body, notice):
    with pytest.raises(ExtractionError, match="no article text found: the page is an error notice") as raised:
        extract(error_page(title, body))
    assert notice in str(raised.value)


@pytest.mark.parametrize("story", [
    "<article><p>Nurses at St Aldric's hospital were locked out of patient records for six hours on Tuesday, "
    "their screens showing only \u201cAccess denied\u201d after a software update went wrong.</p>"
    "<p>The hospital's trust has apologised and promised a review of how updates are tested.</p></article>",
    "<article><p>Thousands of taxpayers saw a \u201cpage not found\u201d message on the revenue service's website "
    "on Monday, the last day to file, as the portal buckled under the load.</p></article>",
    "<article><p>\u201cAccess denied. That was all we saw,\u201d said Omar Reyes, one of the traders shut out of "
    "the exchange's system on Friday.</p><p>The exchange said the fault had been fixed.</p></article>",
], ids=["access-denied-in-a-story", "page-not-found-in-a-story", "quoted"])
def test_a_short_story_that_mentions_an_error_is_still_an_article(story):
    article = extract(error_page("The Tidewater Ledger", story)).article
    assert article.text.startswith(("Nurses at", "Thousands of", "\u201cAccess denied"))
