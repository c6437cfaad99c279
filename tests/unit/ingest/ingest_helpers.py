"""Test helpers: a stand-in for the NLP stage (quotes by one regex, no model) and
builders for the HTML pages, feeds and gzip files the tests serve or write."""

from __future__ import annotations

import gzip
import re

from newsgraph.config import Settings
from newsgraph.model import Analysis, Entity, EntityRef, Extracted, Quote, Span

_QUOTE = re.compile(r"\"([^\"]+)\" said ([A-Z]\w+ [A-Z]\w+)")


def fake_analyze(extracted: Extracted, settings: Settings) -> Analysis:
    text = extracted.article.text
    entities: dict[str, Entity] = {}
    quotes = []
    for match in _QUOTE.finditer(text):
        name = match.group(2)
        if name not in entities:
            entities[name] = Entity(f"e{len(entities)}", name, "PERSON")
        ref = EntityRef(entities[name].id, name)
        quotes.append(Quote(kind="direct", content=(Span.of(text, *match.span(1)),),
                            cue=Span.of(text, match.start(2) - 5, match.start(2) - 1),
                            source=Span.of(text, *match.span(2)), speaker=ref))
    return Analysis(article=extracted.article, removed=extracted.removed, quotes=tuple(quotes),
                    entities=tuple(entities.values()), pipeline_version="fake-1", warnings=extracted.warnings)


def crashing_analyze(extracted: Extracted, settings: Settings) -> Analysis:
    analysis = fake_analyze(extracted, settings)
    if "CRASH" in analysis.article.text:
        raise RuntimeError("the fake analyser fell over")
    return analysis


def article_html(title: str, paragraphs: list[str], *, charset: str | None = "utf-8", extra: str = "") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html lang=\"en\"><head>{meta}<title>{title}</title></head><body>"
            f"<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
            f"<article><h1>{title}</h1>{body}</article>{extra}"
            f"<footer>Copyright The Example Gazette</footer></body></html>")


_STORIES = {
    1: ["The city council of Riverton voted late on Monday after a debate that ran for more than six hours, "
        "with members split over how to pay for the new bridge across the river.",
        "\"We cannot keep patching a structure that was built for a town a tenth of this size,\" said "
        "{speaker}, who chairs the transport committee.",
        "Opponents argued that the cost estimate had already doubled once and warned that residents would "
        "end up paying through higher local taxes.",
        "A final vote on the financing plan is expected next month, after engineers finish a survey."],
    2: ["Farmers in the northern valley began harvesting grapes two weeks early this year after a dry, hot "
        "summer pushed sugar levels in the fruit to a record.",
        "\"The vines have never ripened this fast in my lifetime,\" said {speaker}, whose family has worked "
        "the slopes above Castelmoro since the nineteenth century.",
        "Wine cooperatives scrambled to hire pickers and to book space in cold storage, while buyers warned "
        "that prices for the vintage could climb sharply.",
        "Scientists at the regional institute plan to publish a study of the harvest dates by winter."],
    3: ["A small software company in Lakeport said on Thursday that it had raised fresh funding to build "
        "tools that help hospitals schedule nurses across dozens of wards.",
        "\"Hospitals still plan shifts on paper and in spreadsheets, and people burn out,\" said {speaker}, "
        "the company's co-founder and a former intensive care nurse.",
        "Investors in the round included two pension funds and a foundation that backs health projects, "
        "according to a statement released by the firm.",
        "The company employs forty people and expects to double that number within eighteen months."],
    4: ["The national museum reopened its east wing on Saturday after a renovation that took three years "
        "and uncovered painted ceilings hidden under layers of plaster.",
        "\"Nobody alive had seen these rooms as their builders meant them to be seen,\" said {speaker}, "
        "the curator who led the restoration team.",
        "Visitors queued around the block on the first morning, and the museum extended its opening hours "
        "for the rest of the month to cope with demand.",
        "Entry to the new galleries will stay free until the spring, the museum's board said."],
}


def story(n: int, speaker: str = "Maria Lopez") -> list[str]:
    """One of four made-up article bodies (distinct stories, so never near-duplicates of each other)."""
    return [p.replace("{speaker}", speaker) for p in _STORIES[(n - 1) % len(_STORIES) + 1]]


def rss(base: str, paths: list[str], *, title: str = "Gazette") -> str:
    items = "".join(
        f"<item><title>Story {i}</title><link>{base}{p}</link><guid>{base}{p}</guid>"
        f"<pubDate>Tue, 18 Mar 2025 0{i % 10}:00:00 GMT</pubDate></item>" for i, p in enumerate(paths))
    return (f"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>{title}</title>"
            f"<link>{base}/</link><description>news</description>{items}</channel></rss>")


def gz(data: bytes) -> bytes:
    return gzip.compress(data)
