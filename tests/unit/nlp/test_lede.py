import pytest

from newsgraph.nlp.speakers import _lede_end

HEADLINE = "Sprinter banned for two years after tribunal rejects defence\n\n"
LEDE = "The country's fastest woman said on Tuesday she would appeal against the ban."


@pytest.mark.parametrize("above", [
    "",
    "By Hemi Walters\nSports reporter\n24 June 2025\n\n",
    "Interview by Niamh Corrigan | Soundcheck Magazine | 5 November 2025\n\nShare on Facebook | Share on X\n\n",
])
def test_the_lede_is_the_first_paragraph_that_reads_as_prose(above):
    text = HEADLINE + above + LEDE + "\n\nLeah Marsden, 26, tested positive in March.\n"
    assert text[:_lede_end(text)].endswith(LEDE)


def test_a_short_sentence_is_a_lede_too():
    text = "Villa lost 3-2 at home.\n\nVilla manager Unai Emery was unhappy.\n"
    assert _lede_end(text) == text.index("\n")
