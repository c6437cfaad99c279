from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
import spacy
from spacy.tokens import Doc, Span

from newsgraph.model import TimeExpression
from newsgraph.nlp import pipeline_version, timex
from newsgraph.nlp.timex import Resolution, resolve

TUESDAY = date(2025, 3, 18)


@pytest.mark.parametrize(("text", "value", "granularity", "relation"), [
    ("Tuesday", "2025-03-18", "day", "present"),
    ("on Tuesday", "2025-03-18", "day", "present"),
    ("Tuesday afternoon", "2025-03-18", "time", "present"),
    ("As of Tuesday afternoon", "2025-03-18", "time", "present"),
    ("Monday", "2025-03-17", "day", "past"),
    ("Thursday", "2025-03-13", "day", "past"),
    ("Sunday", "2025-03-16", "day", "past"),
    ("last Tuesday", "2025-03-11", "day", "past"),
    ("next Tuesday", "2025-03-25", "day", "future"),
    ("this Friday", "2025-03-21", "day", "future"),
    ("Tuesday, March 18", "2025-03-18", "day", "present"),
    ("yesterday", "2025-03-17", "day", "past"),
    ("today", "2025-03-18", "day", "present"),
    ("tomorrow", "2025-03-19", "day", "future"),
    ("last night", "2025-03-17", "time", "past"),
    ("this morning", "2025-03-18", "time", "present"),
    ("10 a.m. Monday", "2025-03-17", "time", "past"),
    ("last month", "2025-02", "month", "past"),
    ("Last month", "2025-02", "month", "past"),
    ("this month", "2025-03", "month", "present"),
    ("earlier this month", "2025-03", "month", "past"),
    ("later this year", "2025", "year", "future"),
    ("late last year", "2024", "year", "past"),
    ("next week", "2025-W13", "week", "future"),
    ("last week", "2025-W11", "week", "past"),
    ("last weekend", "2025-W11", "week", "past"),
    ("last year", "2024", "year", "past"),
    ("this year", "2025", "year", "present"),
    ("next year", "2026", "year", "future"),
    ("two weeks ago", "2025-W10", "week", "past"),
    ("three days ago", "2025-03-15", "day", "past"),
    ("six months ago", "2024-09", "month", "past"),
    ("a decade ago", "2015", "year", "past"),
    ("in three days", "2025-03-21", "day", "future"),
    ("two days from now", "2025-03-20", "day", "future"),
    ("March 3", "2025-03-03", "day", "past"),
    ("March 3rd", "2025-03-03", "day", "past"),
    ("3 March", "2025-03-03", "day", "past"),
    ("Sept. 11", "2025-09-11", "day", "future"),
    ("Dec. 28", "2024-12-28", "day", "past"),
    ("May 5, 2024", "2024-05-05", "day", "past"),
    ("March 2024", "2024-03", "month", "past"),
    ("July last year", "2024-07", "month", "past"),
    ("June this year", "2025-06", "month", "future"),
    ("as early as next month", "2025-04", "month", "future"),
    ("the second half of next year", "2026", "year", "future"),
    ("the first quarter of 2024", "2024", "year", "past"),
    ("mid-March", "2025-03", "month", "present"),
    ("by the end of the month", "2025-03", "month", "present"),
    ("last autumn", "2024-FA", "season", "past"),
    ("next spring", "2026-SP", "season", "future"),
    ("this summer", "2025-SU", "season", "future"),
    ("last winter", "2024-WI", "season", "past"),
    ("the winter of 2023", "2023-WI", "season", "past"),
    ("Christmas", "2024-12-25", "day", "past"),
    ("the end of the year", "2025", "year", "present"),
    ("end of next month", "2025-04", "month", "future"),
    ("in December", "2024-12", "month", "past"),
    ("in 2019", "2019", "year", "past"),
    ("2025-03-01", "2025-03-01", "day", "past"),
    ("the 1990s", None, "vague", "past"),
    ("the '90s", None, "vague", "past"),
    ("soon", None, "vague", "future"),
    ("later", None, "vague", "future"),
    ("in the coming weeks", None, "vague", "future"),
    ("recently", None, "vague", "past"),
    ("earlier", None, "vague", "past"),
    ("the past year", None, "vague", "past"),
    ("this decade", None, "vague", "present"),
    ("last decade", None, "vague", "past"),
    ("the next decade", None, "vague", "future"),
    ("now", None, "vague", "present"),
    ("currently", None, "vague", "present"),
])
def test_resolve_against_a_tuesday(text: str, value: str | None, granularity: str,
                                   relation: str | None) -> None:
    assert resolve(text, TUESDAY) == Resolution(value, granularity, relation)


@pytest.mark.parametrize(("text", "value", "relation"), [
    ("this summer", "2025-SU", "present"),
    ("last winter", "2025-WI", "past"),
    ("next autumn", "2026-FA", "future"),
    ("last spring", "2025-SP", "past"),
    ("the summer of 2024", "2024-SU", "past"),
])
def test_south_of_the_tropics_summer_starts_in_december(text: str, value: str, relation: str) -> None:
    assert resolve(text, date(2025, 12, 10), southern=True) == Resolution(value, "season", relation)
    # (north of them, the same day is in winter)
    assert resolve("this winter", date(2025, 12, 10)) == Resolution("2025-WI", "season", "present")


@pytest.mark.parametrize(("text", "value", "granularity", "relation"), [
    ("May 5, 2024", "2024-05-05", "day", None),
    ("in 2019", "2019", "year", None),
    ("March 2024", "2024-03", "month", None),
    ("yesterday", None, "day", "past"),
    ("last month", None, "month", "past"),
    ("next week", None, "week", "future"),
    ("two weeks ago", None, "week", "past"),
    ("Tuesday", None, "day", None),
    ("soon", None, "vague", "future"),
])
def test_resolve_without_publication_date(text: str, value: str | None, granularity: str,
                                          relation: str | None) -> None:
    assert resolve(text, None) == Resolution(value, granularity, relation)


@pytest.mark.parametrize("text", ["annual", "monthly", "every Tuesday", "twice a year", "68 years old",
                                  "just hours", "three days later"])
def test_expressions_that_place_nothing_resolve_to_nothing(text: str) -> None:
    assert resolve(text, TUESDAY) == Resolution(None, "vague", None)


@pytest.mark.parametrize(("text", "tense", "value", "relation"), [
    ("winter", None, "2015-WI", "present"),
    ("this winter", None, "2015-WI", "present"),
    ("last winter", None, "2014-WI", "past"),
    ("next winter", None, "2016-WI", "future"),
    ("the summer", "past", "2015-SU", "past"),
    ("the summer", "future", "2016-SU", "future"),
    ("last spring", None, "2015-SP", "past"),
])
def test_seasons_in_january_find_the_winter_under_way(text: str, tense: str | None, value: str,
                                                      relation: str) -> None:
    assert resolve(text, date(2016, 1, 20), tense=tense) == Resolution(value, "season", relation)


def test_relative_expressions_resolve_around_every_month_end() -> None:
    expressions = [f"{mod}{word}" for mod in ("", "last ", "next ", "this ", "the ", "early ", "late ")
                   for word in ("spring", "summer", "autumn", "winter", "weekend", "february", "december",
                                "monday", "sunday", "christmas", "month", "week", "year")]
    # Each month's first, middle and last day: seasons and weeks turn over at month ends.
    days = [date(2024, month, 1) + timedelta(days=shift) for month in range(1, 13) for shift in (-1, 0, 14)]
    for day in [*days, date(2024, 2, 29), date(2024, 12, 31)]:
        for text in expressions:
            for tense in (None, "past", "future"):
                found = resolve(text, day, tense=tense)
                assert found is None or found.value is None or found.value[:4].isdigit(), (text, day, tense)


def test_future_tense_moves_a_bare_weekday_forward() -> None:
    assert resolve("Friday", TUESDAY, tense="future").value == "2025-03-21"
    assert resolve("Tuesday", TUESDAY, tense="future").value == "2025-03-18"
    assert resolve("Friday", TUESDAY, tense="past").value == "2025-03-14"


@pytest.mark.parametrize(("text", "anchor", "value", "relation"), [
    ("at 5:20 a.m.", None, "2025-03-18", "present"),
    ("8.15pm", None, "2025-03-18", "present"),
    ("04:40 GMT", None, "2025-03-18", "present"),
    ("by noon", date(2025, 3, 19), "2025-03-19", "future"),
    ("the early hours", date(2025, 3, 17), "2025-03-17", "past"),
    ("late afternoon", None, "2025-03-18", "present"),
    ("overnight", None, "2025-03-17", "past"),
    ("late Friday", None, "2025-03-14", "past"),
])
def test_a_time_of_day_without_a_day_is_on_the_anchor_or_the_publication_date(
        text: str, anchor: date | None, value: str, relation: str) -> None:
    assert resolve(text, TUESDAY, anchor=anchor) == Resolution(value, "time", relation)


def test_overnight_ahead_is_the_night_to_come() -> None:
    assert resolve("overnight", TUESDAY, tense="future") == Resolution("2025-03-18", "time", "present")


def test_a_day_given_with_the_time_beats_the_anchor() -> None:
    assert resolve("9 a.m. Thursday", TUESDAY, tense="future", anchor=date(2025, 3, 10)) == \
        Resolution("2025-03-20", "time", "future")


@pytest.mark.parametrize(("text", "tense", "relation"), [
    ("within weeks", None, "future"),
    ("within a fortnight", "future", "future"),
    ("within two years", None, "future"),
    ("within 48 hours", None, "future"),
    ("for decades", "past", "past"),
    ("for months", None, "past"),
    ("the next 72 hours", None, "future"),
    ("that evening", "past", "past"),
])
def test_deadlines_and_stretches_are_vague_with_a_direction(text: str, tense: str | None, relation: str) -> None:
    assert resolve(text, TUESDAY, tense=tense) == Resolution(None, "vague", relation)


def test_within_in_a_past_clause_is_a_duration() -> None:
    assert resolve("within a month", TUESDAY, tense="past") == Resolution(None, "vague", None)


@pytest.mark.parametrize(("text", "value", "granularity"), [
    ("14 July last year", "2024-07-14", "day"),
    ("no earlier than May 2026", "2026-05", "month"),
    ("21:05 GMT, 2 March 2025", "2025-03-02", "time"),
])
def test_dates_with_a_year_in_words_or_a_clock(text: str, value: str, granularity: str) -> None:
    assert resolve(text, TUESDAY)[:2] == (value, granularity)


@pytest.mark.parametrize("text", ["87th-minute", "seven", "7-5", "the 41st", "night", "afternoon"])
def test_numbers_scores_and_bare_parts_of_day_place_nothing(text: str) -> None:
    assert resolve(text, TUESDAY) == Resolution(None, "vague", None)


def test_tense_decides_narrative_later() -> None:
    assert resolve("later", TUESDAY, tense="past").relation == "past"


def test_a_datetime_publication_date_counts_as_its_day() -> None:
    assert resolve("yesterday", datetime(2025, 3, 18, 23, 30)).value == "2025-03-17"


class _CountingParser:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def get_date_data(self, text: str) -> object:
        self.calls.append(text)
        return type("DateData", (), {"date_obj": datetime(2025, 3, 15), "period": "day"})()


def test_dateparser_only_when_the_rules_fail_and_once_per_expression(monkeypatch: pytest.MonkeyPatch) -> None:
    parser = _CountingParser()
    monkeypatch.setattr(timex, "_dateparser", lambda published: parser)
    timex._resolve.cache_clear()
    try:
        for text in ("Tuesday", "last month", "two weeks ago", "March 3", "in 2019", "soon", "the 15th",
                     "the 15th"):
            resolve(text, TUESDAY)
    finally:
        timex._resolve.cache_clear()
    assert parser.calls == ["the 15th"]


# --- component --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("newsgraph_times")
    return pipeline


def _tag(nlp: spacy.language.Language, text: str, ents: list[tuple[str, str]],
         published: date | None = TUESDAY, doc: Doc | None = None) -> list[TimeExpression]:
    """Run the component over ``text`` with NER entities given as (exact text, label)."""
    doc = doc if doc is not None else nlp.make_doc(text)
    spans = []
    for ent_text, label in ents:
        start = doc.text.index(ent_text)
        spans.append(doc.char_span(start, start + len(ent_text), label=label))
    doc.ents = spans
    doc._.published = published
    times = nlp.get_pipe("newsgraph_times")(doc)._.times
    assert all(t.text == doc.text[t.start:t.end] for t in times)
    return times


def _summary(times: list[TimeExpression]) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.value, t.relation) for t in times]


def test_the_component_version_is_part_of_the_pipeline_version() -> None:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("newsgraph_times")
    assert f"+newsgraph_times.v{timex.TimeTagger.version}" in pipeline_version(pipeline)


def test_ner_dates_and_lexicon_words_come_out_sorted(nlp: spacy.language.Language) -> None:
    text = "The fund's head announced Tuesday that he plans to meet the founder soon. Last month, he met him."
    times = _tag(nlp, text, [("Tuesday", "DATE"), ("Last month", "DATE")])
    assert _summary(times) == [("Tuesday", "2025-03-18", "present"), ("soon", None, "future"),
                               ("Last month", "2025-02", "past")]
    soon = text.index("soon")
    assert times[1] == TimeExpression(soon, soon + 4, "soon", None, "vague", "future")


def test_a_date_followed_by_a_time_is_one_expression(nlp: spacy.language.Language) -> None:
    text = "As of Tuesday afternoon, he had not commented."
    times = _tag(nlp, text, [("Tuesday", "DATE"), ("afternoon", "TIME")])
    assert [(t.text, t.value, t.granularity) for t in times] == [("Tuesday afternoon", "2025-03-18", "time")]


def test_leading_prepositions_are_trimmed(nlp: spacy.language.Language) -> None:
    times = _tag(nlp, "They met on Monday in Geneva.", [("on Monday", "DATE")])
    assert _summary(times) == [("Monday", "2025-03-17", "past")]


def test_the_longest_overlapping_candidate_wins(nlp: spacy.language.Language) -> None:
    times = _tag(nlp, "The plan was drafted earlier this month.", [("this month", "DATE")])
    assert _summary(times) == [("earlier this month", "2025-03", "past")]


def test_lexicon_finds_what_ner_missed(nlp: spacy.language.Language) -> None:
    times = _tag(nlp, "Talks resumed Thursday and will continue next week.", [])
    assert _summary(times) == [("Thursday", "2025-03-13", "past"), ("next week", "2025-W13", "future")]


def test_ner_dates_that_place_nothing_are_dropped(nlp: spacy.language.Language) -> None:
    text = "The annual congress heard Musk, 54 years old, speak for just hours."
    assert _tag(nlp, text, [("annual", "DATE"), ("Musk", "DATE"), ("54 years old", "DATE"),
                            ("just hours", "TIME")]) == []


def test_without_publication_date_absolute_dates_still_resolve(nlp: spacy.language.Language) -> None:
    text = "It opened on May 5, 2024 and closed yesterday."
    times = _tag(nlp, text, [("May 5, 2024", "DATE")], published=None)
    assert _summary(times) == [("May 5, 2024", "2024-05-05", None), ("yesterday", None, "past")]


def test_adjectives_are_not_vague_times(nlp: spacy.language.Language) -> None:
    doc = nlp.make_doc("An earlier ruling was overturned recently.")
    pos = {"earlier": "ADJ", "recently": "ADV", "ruling": "NOUN", ".": "PUNCT"}
    for token in doc:
        token.pos_ = pos.get(token.text, "X")
    assert _summary(_tag(nlp, "", [], doc=doc)) == [("recently", None, "past")]


def test_future_tense_clause_moves_a_weekday_forward(nlp: spacy.language.Language) -> None:
    words = ["They", "will", "meet", "on", "Friday", "."]
    doc = Doc(nlp.vocab, words=words, heads=[2, 2, 2, 2, 3, 2],
              deps=["nsubj", "aux", "ROOT", "prep", "pobj", "punct"],
              pos=["PRON", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
              tags=["PRP", "MD", "VB", "IN", "NNP", "."])
    doc.ents = [Span(doc, 4, 5, label="DATE")]
    doc._.published = TUESDAY
    assert _summary(nlp.get_pipe("newsgraph_times")(doc)._.times) == [("Friday", "2025-03-21", "future")]


@pytest.mark.parametrize(("text", "published", "value", "granularity"), [
    ("the last day of August", date(2025, 8, 23), "2025-08-31", "day"),
    ("the last Saturday of the month", date(2025, 8, 23), "2025-08-30", "day"),
    ("the first Monday of March", date(2025, 8, 23), "2025-03-03", "day"),
    ("the second weekend of next month", date(2025, 8, 23), "2025-W37", "week"),
    ("the new year", date(2025, 12, 14), "2026", "year"),  # the one to come
    ("the new year", date(2025, 8, 23), "2026", "year"),
    ("the new year", date(2026, 1, 10), "2026", "year"),  # the one begun
    ("a year and a half ago", date(2026, 7, 10), "2025", "year"),
    ("the November night in 1991", date(2025, 8, 23), "1991-11", "month"),
    ("the last Saturday of March next year", date(2026, 3, 28), "2027-03-27", "day"),
    ("five years ago today", date(2025, 10, 14), "2020-10-14", "day"),
    ("Easter", date(2026, 3, 26), "2026-04-05", "day"),
    ("Good Friday", date(2025, 1, 10), "2025-04-18", "day"),  # (no tense: the nearest)
    ("next Easter Monday", date(2025, 4, 22), "2026-04-06", "day"),
    ("last Easter", date(2000, 5, 1), "2000-04-23", "day"),
])
def test_days_of_a_month_the_new_year_and_half_years_resolve(text, published, value, granularity):
    found = resolve(text, published)
    assert (found.value, found.granularity) == (value, granularity)
