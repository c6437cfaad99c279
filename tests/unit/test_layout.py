import pytest

from newsgraph.layout import correction_notes, headline_line, lede_line


@pytest.mark.parametrize("text, headline", [
    ("Nurses vote to strike over staffing\n\nNurses at the three hospitals voted on Tuesday.",
     "Nurses vote to strike over staffing"),
    ("  Nurses vote to strike over staffing  \nNurses at the three hospitals voted.",
     "Nurses vote to strike over staffing"),
    ("Nurses voted to strike on Tuesday.\nThe union said so.", None),  # a lede: it ends a sentence
    ("Nurses vote to strike over staffing\n", None),  # nothing after it
    ("Update\n\nNurses voted to strike.", None),  # too short to be a headline
])
def test_a_first_line_that_reads_as_a_headline(text, headline):
    found = headline_line(text)
    assert (text[found[0] : found[1]] if found else None) == headline


def test_a_label_in_capitals_is_not_a_dateline():
    from newsgraph.layout import datelines

    text = "BREAKING \u2014 The mayor resigned.\nLONDON (Reuters) - Fares rise.\nUPDATE - The vote is delayed."
    assert [m["place"] for m in datelines(text)] == ["LONDON"]


@pytest.mark.parametrize("note", [
    "Correction: An earlier version of this article said the ferry sailed on Monday. It sailed on Tuesday.",
    "This article was amended on 3 May 2026 to correct the harbourmaster's name.",
    "An earlier version of this story misspelled the harbourmaster's name, as the council said.",
    "Clarification \u2014 The board's figures were for 2025, not 2026.",
])
def test_a_correction_note_is_found_whole(note):
    text = f"Ferry cut\n\nThe council said the ferry would stop.\n\n{note}\n"
    start = text.index(note)
    assert correction_notes(text) == [(start, start + len(note))]


@pytest.mark.parametrize("prose", [
    "Corrections officers at the prison said the wing was unstaffed.",
    "The council said an earlier version of the plan was withdrawn.",
])
def test_prose_about_corrections_is_no_note(prose):
    assert correction_notes(f"Ferry cut\n\n{prose}\n") == []



HEADLINE = "Sprinter banned for two years after tribunal rejects defence\n\n"
LEDE = "The country's fastest woman said on Tuesday she would appeal against the ban."


@pytest.mark.parametrize("above", [
    "",
    "By Hemi Walters\nSports reporter\n24 June 2025\n\n",
    "Interview by Niamh Corrigan | Soundcheck Magazine | 5 November 2025\n\nShare on Facebook | Share on X\n\n",
    # (a standfirst: no stop closes it)
    "Leah Marsden says she will 'fight this in every court there is'\n\nBy Hemi Walters\n\n",
    # (the publisher's notes above the story)
    "Editor\u2019s note: Vietnamese names are written family name first. People are named by their given names.\n\n",
    "Remarks in Tashelhit were translated by our correspondents.\n\n",
])
def test_the_lede_is_the_first_paragraph_that_reads_as_prose(above):
    text = HEADLINE + above + LEDE + "\n\nLeah Marsden, 26, tested positive in March.\n"
    start, end = lede_line(text)
    assert text[start:end] == LEDE


def test_a_lede_closed_by_two_single_marks_for_a_double_one():
    text = ("Obama says museum will tell of 'suffering'\n\nWASHINGTON -- President Obama said it would tell of "
            "''suffering and delight.''\n\nMore.")
    start, end = lede_line(text)
    assert text[start:end].startswith("WASHINGTON") and text[start:end].endswith("delight.''")


def test_a_short_sentence_is_a_lede_too():
    text = "Villa lost 3-2 at home.\n\nVilla manager Unai Emery was unhappy.\n"
    assert lede_line(text) == (0, text.index("\n"))


def test_without_a_prose_paragraph_the_lede_is_the_first_line_after_the_headline():
    text = "Minister quits over cuts\n\nBy Sam Hill\n\nno stop here\n"
    start, end = lede_line(text)
    assert text[start:end] == "By Sam Hill"
