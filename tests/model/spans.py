"""The span invariant every analysis must keep: each span's text is the article text at its offsets."""

from newsgraph.model import Analysis


def assert_spans_index_text(result: Analysis) -> None:
    text = result.article.text
    spans = []
    for quote in result.quotes:
        spans += list(quote.content) + [s for s in (quote.cue, quote.source) if s]
    for entity in result.entities:
        spans += list(entity.mentions) + [role.span for role in entity.roles]
    for span in spans:
        assert text[span.start : span.end] == span.text, span
    for t in result.times:
        assert text[t.start : t.end] == t.text, t
