"""RawDocument in, Article out: decoding, main-text extraction from HTML, text-level boilerplate."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from newsgraph.config import Settings
from newsgraph.errors import ExtractionError
from newsgraph.extract.boilerplate import strip_boilerplate
from newsgraph.extract.html import Page
from newsgraph.extract.identity import article_id
from newsgraph.extract.language import detect_language
from newsgraph.extract.printed import printed_authors, printed_date, printed_update
from newsgraph.extract.text import decode, looks_like_html
from newsgraph.layout import SENTENCE_END, headline_line
from newsgraph.model import Article, Extracted, RawDocument, Removed

__all__ = ["Page", "extract", "extract_page", "strip_boilerplate"]


def extract(raw: RawDocument, settings: Settings | None = None) -> Extracted:
    """Turn one raw document into an article with its clean body and metadata."""
    return extract_page(raw, settings)[0]


def extract_page(raw: RawDocument, settings: Settings | None = None) -> tuple[Extracted, Page | None]:
    """Like :func:`extract`, with what the page itself declares (its canonical URL, headline) when it is HTML.

    The article's URL is the page's canonical URL when it declares a usable one, so reprints of one
    page under tracking-laden or mirror URLs share one identity.
    """
    settings = settings or Settings()
    decoded = decode(raw.data, max_bytes=settings.max_input_bytes)
    text = decoded.text
    is_html = raw.content_type == "text/html" or (raw.content_type is None and looks_like_html(text))
    page = None
    if is_html:
        from newsgraph.extract.html import extract_html

        page = extract_html(text, url=raw.url)
        body_source = _without_headline(page.text, (page.title, page.headline))
    else:
        body_source = text
    body, removed = strip_boilerplate(body_source)
    if page is not None and (notice := _error_notice(body, (page.title, page.headline))):
        raise ExtractionError(f"no article text found: the page is an error notice (\u201c{notice}\u201d)")
    if not body.strip() or (page is not None and not _reads_as_article(body)):
        raise ExtractionError("no article text found: nothing but page furniture, or nothing readable")
    url = (page.canonical_url if page else None) or raw.url or (page.url if page else None)
    published = raw.published or (page.published if page else None) or printed_date(removed)
    article = Article(
        text=body,
        title=raw.title or (page.title if page else _headline(body)),
        published=published,
        modified=_modified(published, (page.modified if page else None) or printed_update(removed)),
        # Declared first; plain text declares nothing, and English is what the pipeline assumes when
        # the body is too short to tell.
        language=raw.language or (page.language if page else None) or detect_language(body) or "en",
        url=url,
        outlet=raw.outlet or (page.outlet if page else None),
        authors=raw.authors or (page.authors if page else ()) or printed_authors(removed),
        id=article_id(body, url=url),
    )
    return Extracted(article, removed, (*raw.warnings, *decoded.warnings)), page


def extracted_again(article: Article, removed: tuple[Removed, ...], warnings: tuple[str, ...]) -> Extracted:
    """A stored article as extraction left it, for the NLP stage to run over again: its body, what was cut
    from its input and its warnings. One stored before the modified date was kept takes it from the update
    notice its cut text holds."""
    if article.modified is None:
        article = replace(article, modified=_modified(article.published, printed_update(removed)))
    return Extracted(article=article, removed=removed, warnings=warnings)


def _modified(published: date | None, modified: date | None) -> date | None:
    """The day a page says it was changed, kept when it says something its publication day does not: a
    date after it (a "modified" stamp on or before the publication day is the publication itself, or a
    mistake)."""
    return modified if modified is not None and (published is None or modified > published) else None


def _without_headline(text: str, titles: tuple[str | None, ...]) -> str:
    """The body without the headline that HTML extraction keeps as its first line, nor the standfirst
    printed under it (a summary line with no full stop): both are metadata, not the story."""
    first, _, rest = text.partition("\n")
    if not rest.strip() or _norm(first) not in {_norm(t) for t in titles if t}:
        return text
    rest = rest.lstrip("\n")
    dek, _, after = rest.partition("\n")
    if after.strip() and len(dek) < 300 and not SENTENCE_END.search(dek):
        return after.lstrip("\n")
    return rest


def _headline(text: str) -> str | None:
    """The first line of a plain-text article when it reads as a headline. It stays in the body, whose
    offsets every span uses; the title is only metadata."""
    line = headline_line(text)
    return text[line[0] : line[1]] if line else None


#: What a page says when it has no article to show, whatever HTTP status it came with (a "soft 404" is
#: served as 200 OK): not found, gone, an error, access refused, the server down or rate-limiting.
_ERROR_NOTICE = re.compile(
    r"\b(?:page|article|story|content|url|link|file|document|resource)s?\b[^.!?\n]{0,40}?\b(?:(?:could|can)\s*(?:not"
    r"|n['’]t)\s+be\s+found|(?:was\s+|is\s+)?not\s+found|(?:does|do)\s*(?:not|n['’]t)\s+exist|no\s+longer\s+(?:exists?"
    r"|available)|(?:has|have|may\s+have)\s+been\s+(?:moved|removed|deleted))"
    r"|\b(?:can['’]t|cannot|could\s*(?:not|n['’]t))\s+find\s+(?:that|the|this|what\s+you)\b"
    r"|\b(?:40[0345]|410|429|50[0234])\s*[-–—:|]?\s*(?:error|not\s+found|forbidden|gone|too\s+many|internal"
    r"|bad\s+gateway|service|gateway)\b|\b(?:error|http)\s*(?:code\s*)?(?:40[0345]|410|429|50[0234])\b"
    r"|\bsomething\s+(?:went|has\s+gone)\s+wrong\b|\b(?:unexpected|unknown|internal)\s+(?:server\s+)?error\b"
    r"|\ban\s+error\s+(?:has\s+)?occurr?ed\b|\baccess\s+(?:is\s+|was\s+)?denied\b"
    r"|\b(?:do\s*(?:not|n['’]t)|are\s+not)\s+(?:have\s+permission|(?:allowed|authori[sz]ed|permitted))\s+to\s+(?:access"
    r"|view)\b|\bservice\s+(?:is\s+)?(?:temporarily\s+)?unavailable\b|\btemporarily\s+unable\s+to\b"
    r"|\bbad\s+gateway\b|\bgateway\s+time-?out\b|\btoo\s+many\s+requests\b", re.I)
#: What else an error page says: sorry, and where to go instead.
_ERROR_VOICE = re.compile(r"\b(sorry|oops|apologi[sz]e|try|go back|return to|home ?page|search)\b", re.I)


#: What a page says about itself rather than about any story: its cookies and the partners that read them,
#: the JavaScript or browser it needs, sign-in and subscription walls, the check that a visitor is no robot.
_PAGE_MACHINERY = re.compile(
    r"\b(cookies?|consent|personal data|privacy (?:settings|preferences|policy)|javascript|(?:your|this|a "
    r"supported) (?:browser|device)|(?:this|the) (?:app|web ?site)|ad[- ]?block(?:ers?|ing)?|captcha|"
    r"(?:a|not a) (?:human|robot)|sign in|log in|subscribe)\b", re.I)
#: How such a notice speaks: to the reader ("your device", "please enable", "click") or as the site ("we and
#: our partners").
_NOTICE_VOICE = re.compile(r"\b(you|your|please|click|tap|we|our|us)\b", re.I)
#: A story reports what someone said; a notice never does.
_REPORTING = re.compile(r"\b(said|says|told|wrote|according to)\b", re.I)
#: Notices are short; a longer text that talks to its reader about browsers is a guide, not a consent wall.
_NOTICE_WORDS = 150


def _error_notice(body: str, titles: tuple[str | None, ...]) -> str | None:
    """The line that says so when an HTML page is an error page ("Sorry, the page you requested could not
    be found.", "Something went wrong", "Access Denied"), else None: a short text that reports nothing,
    each of whose lines talks to the reader or is a heading, a link ("Go to the homepage") or the bare
    notice ("This page doesn't exist."), and that or the page's title names the error. A story that
    mentions "page not found" or "access denied" reports or narrates, and does neither."""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if len(body.split()) > _NOTICE_WORDS or _REPORTING.search(body) or not all(
            _NOTICE_VOICE.search(line) or _ERROR_VOICE.search(line)
            or (len(line.split()) <= 8 and (_ERROR_NOTICE.search(line) or not SENTENCE_END.search(line)))
            for line in lines):
        return None
    said = next((line for line in (*lines, *(t for t in titles if t)) if _ERROR_NOTICE.search(line)), None)
    if said is None:
        return None
    return said if len(said) <= 100 else said[:99] + "…"


def _reads_as_article(body: str) -> bool:
    """What an HTML page's extraction left reads as an article: some prose, not a menu ("HomeAbout") or
    a notice standing where the article should be (a cookie-consent wall, an app shell's "You need to
    enable JavaScript")."""
    words = len(body.split())
    if words <= _NOTICE_WORDS and _is_notice(body):
        return False
    return words >= 25 or any(len(line.split()) >= 5 and SENTENCE_END.search(line) for line in body.splitlines())


def _is_notice(body: str) -> bool:
    """Whether every paragraph of ``body`` talks to the reader about the page itself, and none reports
    anything."""
    paragraphs = [line for line in body.splitlines() if line.strip()]
    return not _REPORTING.search(body) and all(
        _PAGE_MACHINERY.search(paragraph) and _NOTICE_VOICE.search(paragraph) for paragraph in paragraphs)


def _norm(line: str) -> str:
    return " ".join(line.split()).casefold()
