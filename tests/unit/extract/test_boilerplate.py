import pytest

from newsgraph.extract.boilerplate import find_boilerplate, strip_boilerplate

BODY = (
    "City Council Approves Harbour Plan\n\n"
    "The city council approved the harbour plan on Monday, the mayor's office said.\n"
    "\u201cThis is a good day for the waterfront,\u201d said councillor Ana Ribeiro.\n"
    "Critics said the plan ignored flood risk."
)

APPEAL = (
    "A Message from The Harbour Herald:\n"
    "Dear readers,\n"
    "We are an independent newsroom and our work depends on you.\n"
    "If you can, please support us monthly. Every contribution makes a difference.\n"
    "Thank you for standing with independent journalism.\n\n"
    "Remind me later."
)


def test_appeal_at_the_foot_is_cut_and_body_kept():
    body, removed = strip_boilerplate(BODY + "\n" + APPEAL)
    assert body == BODY
    assert [r.reason for r in removed] == ["appeal"]
    assert removed[0].text.startswith("A Message from")


@pytest.mark.parametrize("line, reason", [
    ("Read more: Harbour plan faces new legal challenge", "related-link"),
    ("Related: What the flood maps show", "related-link"),
    ("Sign up for our morning newsletter", "newsletter"),
    ("Share this article", "share"),
    ("Photo: Jan Kowalski / Harbour Herald", "photo-credit"),
    ("Advertisement", "advertisement"),
    ("Remind me later.", "dismiss"),
])
def test_page_furniture_lines_go_wherever_they_stand(line, reason):
    text = BODY.replace("Critics said", line + "\nCritics said")
    body, removed = strip_boilerplate(text)
    assert body == BODY
    assert [(r.text.strip(), r.reason) for r in removed] == [(line, reason)]


def test_removed_offsets_point_into_the_input():
    text = BODY + "\nRead more: Another story\n" + APPEAL
    for cut in find_boilerplate(text):
        assert text[cut.start : cut.end] == cut.text


def test_narration_that_mentions_support_is_not_an_appeal():
    text = BODY + "\nThe union said it would support the plan if the budget grows."
    body, removed = strip_boilerplate(text)
    assert body == text and removed == ()


def test_appeal_in_the_middle_ends_where_the_article_resumes():
    middle = ("Support independent journalism:\n"
              "Become a member today and help us report on the harbour.\n")
    text = BODY.replace("Critics said", middle + "Critics said")
    body, removed = strip_boilerplate(text)
    assert body == BODY
    assert [r.reason for r in removed] == ["appeal"]


@pytest.mark.parametrize("appeal", [
    "The Harbour Herald is a nonprofit newsroom. We rely on donations from readers like you.",
    "If you value our reporting, please consider a monthly contribution. We have no paywall.",
    "Donate today and your gift will be doubled. Support our journalism.",
])
def test_an_appeal_paragraph_without_a_header_goes_too(appeal):
    text = BODY.replace("Critics said", appeal + "\nCritics said")
    body, removed = strip_boilerplate(text)
    assert body == BODY
    assert [r.reason for r in removed] == ["appeal"]


def test_reporting_on_donations_is_not_an_appeal():
    text = BODY + "\nThe charity said donations rose by a third and that it would support the harbour plan."
    body, removed = strip_boilerplate(text)
    assert body == text and removed == ()
