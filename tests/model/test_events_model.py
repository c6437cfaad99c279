"""newsgraph_events on the team's own sentences: who takes part, when, and what is not an event."""

from datetime import date

import pytest

PUBLISHED = date(2026, 3, 18)  # a Wednesday


def events_of(run, text, published=PUBLISHED):
    return [(e.kind, {p.name for p in e.participants}, e.when, e.status) for e in run(text, published=published).events]


def test_an_appointment_with_who_appoints_whom_as_what_and_when(run):
    [event] = run("Prime Minister Anna Berg appointed Tomas Lind as her special envoy for Arctic affairs on Monday.",
                  published=PUBLISHED).events
    assert (event.kind, {p.name for p in event.participants}, event.when) == (
        "appoint", {"Anna Berg", "Tomas Lind"}, "2026-03-16")
    assert event.role == "her special envoy for Arctic affairs"


def test_a_meeting_planned_in_reported_speech_takes_the_speaker_for_she(run):
    text = ("Lena Ortiz, the chief executive of Brightwater, said on Tuesday that she plans to meet Samuel Okoro "
            "next month.")
    assert ("meet", {"Lena Ortiz", "Samuel Okoro"}, "2026-04", "planned") in events_of(run, text)


def test_a_denied_meeting_and_an_open_question_are_no_events(run):
    text = ("Samuel Okoro did not meet Lena Ortiz. Okoro's office declined to say whether he had been charged "
            "by the police.")
    assert events_of(run, text) == []


def test_talks_held_by_a_named_minister_with_another(run):
    text = "Last week, the foreign minister, Ines Varga, held talks with Karl Brandt in Vienna."
    [(kind, people, when, status)] = events_of(run, text)
    assert (kind, people, status) == ("talks", {"Ines Varga", "Karl Brandt"}, "happened")
    assert when == "2026-W11"


def test_a_call_hours_before_an_undated_remark_is_on_the_day_of_publication(run):
    text = ("Ines Varga spoke to reporters in Vienna. Her remarks came just hours before a phone call between "
            "Varga and Karl Brandt.")
    assert ("phone call", {"Ines Varga", "Karl Brandt"}, "2026-03-18", "happened") in events_of(run, text)


def test_a_post_someone_became_is_an_appointment_with_its_year(run):
    [event] = run("A former teacher, Maria Castell became mayor of Vilanova in 2021.", published=PUBLISHED).events
    assert (event.kind, [p.name for p in event.participants], event.when) == ("appoint", ["Maria Castell"], "2021")
    assert event.role == "mayor of Vilanova"


@pytest.mark.parametrize("text", [
    "\u201cI walked out to the car and drove home,\u201d said Maria Castell.",
    "Maria Castell said the virus kills up to half of those it infects.",
])
def test_words_of_an_event_in_another_sense_tell_none(run, text):
    assert events_of(run, text) == []


def test_the_union_is_the_union_named_before_and_its_strike_is_planned_for_friday(run):
    text = "Members of the Transit Workers Union met in Leeds on Monday. The union will strike on Friday."
    assert ("strike", {"Transit Workers Union"}, "2026-03-20", "planned") in events_of(run, text)


def test_an_undated_resignation_is_in_the_past_with_the_post_left(run):
    [event] = run("Maria Castell resigned as mayor of Vilanova.", published=PUBLISHED).events
    assert (event.kind, event.when, event.status, event.role) == ("resign", "past", "happened", "mayor of Vilanova")


@pytest.mark.parametrize("text", [
    "The party could shell out as much as $449,400 for the convention.",  # a particle makes another verb
    "Donald Trump will try to win over swing voters in Ohio.",
    "Such attacks on Jeb Bush by Donald Trump hurt the campaign.",  # an attack in words
    "Bernie Sanders won the endorsement of the union.",  # no contest, no prize
    "Nobody asked Maria Castell to resign.",
])
def test_what_only_looks_like_an_event_is_none(run, text):
    assert events_of(run, text) == []


@pytest.mark.parametrize("text, event", [
    ("Russia attacked Ukraine on Monday.", ("attack", {"Russia", "Ukraine"}, "2026-03-16", "happened")),
    ("Donald Trump called on Ruth Bader Ginsburg to resign.",
     ("resign", {"Ruth Bader Ginsburg"}, "future", "possible")),
    ("The AFL-CIO general board meets June 16.", ("meet", {"AFL-CIO"}, "2026-06-16", "planned")),
    ("Ted Cruz won his party's nomination in 2016.", ("elect", {"Ted Cruz"}, "2016", "happened")),
    ("Bernard Quayle, 74, collected the lifetime achievement award.", ("win", {"Bernard Quayle"}, "past", "happened")),
])
def test_events_told_through_another_verb_a_body_or_a_prize(run, text, event):
    assert event in events_of(run, text)


def test_a_body_ready_to_meet_another_may_meet_it_and_who_is_people(run):
    text = ("The Allied Nursing Union said 87 percent of its members at the Northgate Health Trust who took part in "
            "the ballot backed a walkout.\n\nThe union was ready to meet the trust at any time, its leader said.")
    events = events_of(run, text, published=date(2025, 1, 15))
    assert ("meet", {"Allied Nursing Union", "Northgate Health Trust"}, "future", "possible") in events
    assert not any(kind == "vote" and "Northgate Health Trust" in people for kind, people, _, _ in events)


@pytest.mark.parametrize("text", [
    "Vladimir Putin cancelled his meeting with Emmanuel Macron on Friday.",
    "Officials ruled out a meeting between Vladimir Putin and Volodymyr Zelensky.",
    "The Kremlin denied reports of a meeting between Vladimir Putin and Joe Biden.",
    "Hurricane Ian struck Florida on Wednesday.",  # no one attacked
])
def test_an_event_called_off_denied_or_no_ones_doing_is_none(run, text):
    assert events_of(run, text) == []


def test_a_headlines_event_joins_the_bodys_and_takes_its_tense_but_not_a_strangers(run):
    text = ("Putin to meet Trump in Alaska\n\nVladimir Putin will meet Donald Trump in Anchorage on Friday, the "
            "Kremlin said.\n\nIn a separate development, Emmanuel Macron met Olaf Scholz in Berlin on Monday.")
    events = events_of(run, text)
    assert ("meet", {"Vladimir Putin", "Donald Trump"}, "2026-03-20", "planned") in events
    assert len([e for e in events if e[0] == "meet"]) == 2


def test_an_election_won_is_one_event(run):
    assert events_of(run, "Lula won the presidential election in 2022.") == [("elect", {"Lula"}, "2022", "happened")]


def test_the_people_an_adjective_names_take_part_and_a_verb_of_happening_dates_its_subject(run):
    assert ("attack", {"Russia", "Ukraine"}, "2022", "happened") in events_of(
        run, "The Russian invasion of Ukraine began in 2022, Russia said.")
    assert ("attack", {"US"}, "2026-03-15", "happened") in events_of(
        run, "The US strike on Iran's nuclear sites came on Sunday.")


@pytest.mark.parametrize("text, event", [
    ("Ted Cruz and John Kasich have agreed to divide the remaining states.",
     ("deal", {"Ted Cruz", "John Kasich"}, "past", "happened")),
    ("Nikos Varvaris filed a complaint against Eleni Papadakis on Monday.",
     ("sue", {"Nikos Varvaris", "Eleni Papadakis"}, "2026-03-16", "happened")),
])
def test_parties_that_agree_and_a_complaint_filed_against_someone_are_events(run, text, event):
    assert event in events_of(run, text)


def test_agreeing_that_something_is_so_is_a_statement_not_a_deal(run):
    assert events_of(run, "Ted Cruz and John Kasich agreed that the plan was sound.") == []


def test_a_team_named_by_its_city_and_its_plural_name_wins_and_hires(run):
    text = ("Pioneers win the title\n\nThe Sacramento Pioneers beat the Charlotte Ironclads 4-3 on Sunday night. "
            "A former catcher, Ray Castellanos was hired by the Pioneers in 2024.")
    found = events_of(run, text)
    assert ("win", {"Sacramento Pioneers", "Charlotte Ironclads"}, "2026-03-15", "happened") in found
    assert ("appoint", {"Ray Castellanos", "Sacramento Pioneers"}, "2024", "happened") in found


def test_whom_one_has_ever_met_and_a_horse_met_are_no_meetings(run):
    text = ("Coach Ray Castellanos said they were \"the most stubborn group of people I have ever met.\" "
            "Trainer Declan Furlong said the colt had met a filly on the wrong day.")
    assert [e for e in events_of(run, text) if e[0] == "meet"] == []
    first = "Marco Rubio said it was the first time he had ever met Sergei Lavrov in person."
    assert [e[:2] for e in events_of(run, first)] == [("meet", {"Marco Rubio", "Sergei Lavrov"})]


def test_leaving_a_building_taking_over_a_race_and_a_visit_with_no_place_named(run):
    text = ("Joe Biden left the White House on Friday for a weekend in Delaware. Max Verstappen took over at the "
            "front on lap 12. Pope Francis will visit next month, the Vatican said.")
    assert events_of(run, text) == [("visit", {"Pope Francis"}, "2026-04", "planned")]


def test_a_team_is_not_a_headlines_people(run):
    result = run("US Officials Say Ukraine Talks Stalled\n\nUS officials said on Monday that the talks had stalled. "
                 "Gaza Palestinians fled south, the agency said.")
    assert not {"US Officials", "Gaza Palestinians"} & {e.name for e in result.entities}


def test_posts_taken_over_left_and_entered_and_a_habitual_visit(run):
    text = ("A former centre-back, Jürgen Haller took over at Rheinau in 2025. Hwang Tae-ho, a producer who left "
            "Starbloom Entertainment in 2024, said the agency had lied. A former presenter, Sadia Qureshi entered the "
            "National Assembly in 2018. Kerry Penhaligon said she had visited every Sunday for four years.")
    assert events_of(run, text) == [("appoint", {"Jürgen Haller"}, "2025", "happened"),
                                    ("resign", {"Hwang Tae-ho"}, "2024", "happened"),
                                    ("elect", {"Sadia Qureshi"}, "2018", "happened")]


def test_a_charge_by_participle_a_call_to_one_person_and_an_appeal(run):
    text = ("Judge Ruth Adair ruled that Tomas Lind, a banker accused of fraud, can be extradited. Maria Castell said: "
            "\u201cTomas called me on Monday to ask about the roof.\u201d Lind's lawyer, Karl Brandt, said he would "
            "appeal.")
    found = events_of(run, text)
    assert ("charge", {"Tomas Lind"}, "past", "happened") in found
    assert ("phone call", {"Tomas Lind", "Maria Castell"}, "2026-03-16", "happened") in found
    assert ("sue", {"Karl Brandt"}, "future", "planned") in found


def test_what_a_coroner_finds_and_a_regulator_suspends_are_rulings_and_an_album_is_launched(run):
    text = ("Coroner Ruth Adair found that neglect had contributed to the death. The Pellow Food Agency suspended "
            "the restaurant's licence on Monday. A former backing singer, Imani Cole released her first album in 2022.")
    found = events_of(run, text)
    assert ("ruling", {"Ruth Adair"}, "past", "happened") in found
    assert ("ruling", {"Pellow Food Agency"}, "2026-03-16", "happened") in found
    assert ("launch", {"Imani Cole"}, "2022", "happened") in found


@pytest.mark.parametrize("text", [
    "The Harbour Committee said it would call Tomas Lind to give evidence.",
    "Maria Castell called him a liar.",
    "Tomas Lind was speaking by satellite phone from base camp.",
    "Maria Castell appealed for calm and found that the bread had gone.",
    "Karl Brandt wrote a review of the play for Brightwater Weekly.",
    "Maria Castell said the decision to leave Brightwater was hers.",
])
def test_a_summons_a_naming_a_call_with_no_one_rung_an_appeal_for_calm_and_a_book_review_are_none(run, text):
    assert events_of(run, text) == []


def test_the_company_just_named_and_a_bodys_described_board_take_part(run):
    text = ("A Brightwater spokeswoman, Lena Ortiz, said the company would hire 600 people this year. Calder Housing "
            "Association said its data was safe. The association's board is expected to meet on Thursday.")
    found = events_of(run, text)
    assert ("appoint", {"Brightwater"}, "2026", "planned") in found
    assert ("meet", {"Calder Housing Association"}, "2026-03-19", "planned") in found


@pytest.mark.parametrize("text", [
    "Tomas Lind has called Karl Brandt \u201cthe next George Washington\u201d.",
    "Tomas Lind announced his running mate, calling Karl Brandt \"my partner in this campaign\".",
    "Maria Castell released her medical records in July.",
    "The Supreme Court failed to reach a decision on the plan, and Tomas Lind refused to meet Karl Brandt.",
])
def test_a_name_called_records_released_and_what_failed_or_was_refused_are_none(run, text):
    assert events_of(run, text) == []


def test_a_person_who_will_retire_resigns_but_a_retired_debt_is_none(run):
    text = ("Marc-André Lévesque, who will retire this summer, said the Cup was the team's. Brightwater retired its "
            "debt in 2025.")
    assert events_of(run, text) == [("resign", {"Marc-André Lévesque"}, "2026-SU", "planned")]


@pytest.mark.parametrize("text", [
    "Maria Castell was accused of hypocrisy after the vote.",
    "The judge called Maria Castell to the stand.",
    "Maria Castell spoke to reporters by phone from Kyiv.",
    "Judge Ruth Adair decided to take a short break.",
    "The Brightwater Travel Agency suspended bookings to Egypt on Monday.",
    "Calder Airlines charged people \u00a350 to check a bag.",
    "Calder Police released a series of images of the suspect on Monday.",
    "Karl Brandt became one of the most famous authors in Germany.",
    "Karl Brandt's full review of the album appeared in Brightwater Weekly.",
    "Maria Castell told Reuters the company would hire 600 people.",
])
def test_what_a_code_review_found_the_new_rules_took_for_events_is_none(run, text):
    assert events_of(run, text) == []


@pytest.mark.parametrize("text, event", [
    ("Tomas Lind will appeal to the Supreme Court.", ("sue", {"Tomas Lind", "Supreme Court"}, "future", "planned")),
    ("Maria Castell filed a claim for unfair dismissal.", ("sue", {"Maria Castell"}, "past", "happened")),
    ("Maria Castell declined to discuss her meeting with Karl Brandt.",
     ("meet", {"Maria Castell", "Karl Brandt"}, "past", "happened")),
])
def test_appeals_to_a_court_claims_for_a_wrong_and_an_event_one_declines_to_discuss(run, text, event):
    assert event in events_of(run, text)


def test_an_appeal_launched_for_donations_is_a_campaign_not_a_suit(run):
    kinds = [kind for kind, *_ in events_of(run, "Unicef launched an emergency appeal after the earthquake.")]
    assert "sue" not in kinds


def test_an_authoritys_decision_to_ration_water_is_no_ruling(run):
    text = "The minister said the government fully supports the Tessaly Valley Water Authority's decision."
    assert [kind for kind, *_ in events_of(run, text)] == []


@pytest.mark.parametrize("text, event", [
    ("Anton Vasilescu took over the company in 2019.", ("appoint", {"Anton Vasilescu"}, "2019", "happened")),
    ("Dennis Hirst, 84, who joined the band as a cornet player in 1951, said it had kept the town talking.",
     ("appoint", {"Dennis Hirst"}, "1951", "happened")),
])
def test_a_person_takes_over_or_joins_as_a_post(run, text, event):
    assert event in events_of(run, text)


def test_a_company_that_takes_over_another_acquires_it(run):
    kinds = [kind for kind, *_ in events_of(run, "Barclays took over the failing Lombard Bank in 2008.")]
    assert kinds == ["acquire"]


@pytest.mark.parametrize("text", [
    "Charles Leclerc took over the lead when Lewis Hamilton pitted.",
    "Maria Lopez joined the cruise as a passenger in 2019, her son said.",
])
def test_taking_over_a_lead_or_joining_a_cruise_is_no_post(run, text):
    assert "appoint" not in [kind for kind, *_ in events_of(run, text)]


def test_signing_a_deal_is_a_signing_beside_the_deal(run):
    kinds = [kind for kind, *_ in events_of(run, "Energy Minister Nurlan Sarsenbayev signed the agreement with "
                                                 "Tianshan Energy in Astana on Thursday.")]
    assert sorted(kinds) == ["deal", "sign"]


def test_who_speaks_to_a_meeting_takes_part_in_it(run):
    told = events_of(run, "Anastasia Roussou told a packed council meeting on Monday that the town had received 212 "
                          "cruise calls.")
    assert told == [("meet", {"Anastasia Roussou"}, "2026-03-16", "happened")]
    at = events_of(run, "Marion Cole told members of the supporters' trust at a packed meeting on Saturday that the "
                        "deal had passed.")
    assert at == [("meet", {"Marion Cole"}, "2026-03-14", "happened")]
