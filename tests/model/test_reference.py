"""The reference article against its hand-made gold: every quote, negative, entity, role and date."""

import re

import pytest
from tests.model.spans import assert_spans_index_text


def norm(text: str) -> str:
    text = text.replace("\u2019", "'").casefold().strip()
    return re.sub(r"^(a|an|the) ", "", text)


@pytest.fixture(scope="module")
def result(reference, run):
    text, gold = reference
    return run(text, published=gold["published"])


def content_of(quote) -> str:
    return " ".join(c.text for c in quote.content)


def test_body_ends_where_the_article_ends_and_the_appeal_is_removed(result, reference):
    _, gold = reference
    assert result.article.text.endswith(gold["body"]["must_end_with"])
    assert result.removed and result.removed[0].text.startswith(gold["body"]["boilerplate_starts_with"])
    assert result.removed[-1].text.strip().endswith(gold["body"]["boilerplate_ends_with"])


def test_spans_index_the_stored_text(result):
    assert_spans_index_text(result)


def test_every_gold_quote(result, reference):
    _, gold = reference
    for expected in gold["quotes"]:
        matches = [q for q in result.quotes if expected["content_contains"] in content_of(q)]
        assert len(matches) == 1, expected["content_contains"]
        quote = matches[0]
        assert quote.kind == expected["kind"], expected
        assert quote.speaker is not None and quote.speaker.name == expected["speaker"], expected
        if expected["cue"] is None:
            assert quote.cue is None, expected
        else:
            assert quote.cue is not None and expected["cue"] in quote.cue.text.split(), expected
        mention = expected["speaker_mention"]
        assert (quote.source.text if quote.source else None) == mention, expected
        assert set(expected.get("about", [])) <= {a.name for a in quote.about}, expected
        if "when" in expected:
            assert quote.when == expected["when"], expected


def test_no_quote_beyond_the_gold(result, reference):
    _, gold = reference
    assert len(result.quotes) == len(gold["quotes"])


def test_negatives(result, reference):
    _, gold = reference
    speakers = {q.speaker.name for q in result.quotes if q.speaker}
    sources = {q.source.text for q in result.quotes if q.source}
    for negative in gold["not_quotes"]:
        names = negative.get("speaker_any_of", [negative.get("speaker")])
        for name in names:
            assert name not in speakers and name not in sources, negative
    boilerplate = gold["body"]["boilerplate_starts_with"]
    assert boilerplate not in result.article.text
    for phrase in ("undesirable", "foreign agent", "discredits the decisions"):
        assert not any(phrase in content_of(q) for q in result.quotes)
    assert not any("Moscow Times" in e.name or "Prosecutor" in e.name for e in result.entities)


def find_entity(result, expected):
    names = {norm(expected["name"])} | {norm(a) for a in expected.get("aliases", [])}
    for entity in result.entities:
        if norm(entity.name) in names:
            return entity
    return None


def test_every_gold_entity_with_type_and_roles(result, reference):
    _, gold = reference
    for expected in gold["entities"]:
        entity = find_entity(result, expected)
        assert entity is not None, expected["name"]
        assert entity.type == expected["type"], (entity, expected)
        roles = {norm(r.title) for r in entity.roles}
        for role in expected.get("roles", []):
            assert norm(role) in roles, (expected["name"], role, roles)


def test_one_entity_per_person(result, reference):
    _, gold = reference
    for group in gold["same_entity"]:
        full = max((m for m in group if not m.startswith("The ")), key=len)
        person = [e for e in result.entities if e.name == full]
        assert len(person) == 1, full
        mention_texts = {m.text for m in person[0].mentions}
        for mention in group:
            if mention[0].isupper() and not mention.startswith("The "):
                assert mention in mention_texts, (mention, mention_texts)
            else:  # a role-only mention: it must resolve to the person as a speaker
                assert any(q.source and q.source.text == mention and q.speaker.name == full for q in result.quotes)
    assert not [e for e in result.entities if e.name == "Dmitriev"]


def test_dates(result, reference):
    _, gold = reference
    times = {t.text.casefold(): t for t in result.times}
    for expected in gold["dates"]:
        found = times.get(expected["text"].casefold())
        assert found is not None, expected
        assert found.value == expected["value"], (found, expected)
        if "relation" in expected:
            assert found.relation == expected["relation"]


def test_events(result, reference):
    """Each event of the gold: its kind, everyone taking part, and its date where the gold gives one."""
    _, gold = reference
    for expected in gold["events"]:
        found = [e for e in result.events if e.kind == expected["kind"]
                 and {p.name for p in e.participants} == set(expected["participants"])]
        assert len(found) == 1, (expected, result.events)
        if "when" in expected:
            assert found[0].when == expected["when"], (found[0], expected)
        if "status" in expected:
            assert found[0].status == expected["status"], (found[0], expected)
        if "role" in expected:
            assert expected["role"] in found[0].role, (found[0], expected)
