"""The Doc attributes newsgraph's components read and write (all under ``doc._``)."""

from __future__ import annotations

from spacy.tokens import Doc

_DOC_ATTRIBUTES = {
    "published": None,  # datetime.date of publication, set by the caller
    "times": None,  # list[TimeExpression] from newsgraph_times
    "entity_clusters": None,  # list[Cluster] from newsgraph_entities
    "attributions": None,  # list[Attribution] from newsgraph_quotes, speakers filled by newsgraph_speakers
    "quotations": None,  # list[Quotation] from newsgraph_quotes: every stretch in quotation marks
    "events": None,  # list[FoundEvent] from newsgraph_events
}


def register() -> None:
    for name, default in _DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register()
