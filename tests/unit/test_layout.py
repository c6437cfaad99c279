import pytest

from newsgraph.layout import correction_notes, headline_line


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
