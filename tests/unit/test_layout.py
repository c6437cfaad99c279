import pytest

from newsgraph.layout import headline_line


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
