import pytest

from newsgraph import lexicons
from newsgraph.nlp.speakers import _same_place


@pytest.mark.parametrize("a, b, same", [
    ("korea", "korean", True),
    ("south korea", "south korean", True),
    ("japan", "japanese", True),
    ("china", "chinese", True),
    ("japan", "south korea", False),
    ("united states", "united kingdom", False),
    ("newcastle", "spain", False),
])
def test_a_place_and_its_peoples_word_are_the_same_place(a, b, same):
    assert _same_place(a, b) is same


def test_demonyms_that_do_not_share_their_start_map_to_their_place():
    places = lexicons.places()
    assert places["spaniard"] == places["spanish"] == "spain"
    assert places["united kingdom"] == places["british"] == "britain"
    assert places["u.s."] == "united states"


def test_a_seat_of_government_stands_for_its_country_as_the_country_is_printed():
    seats = lexicons.seats_of_government()
    assert seats["beijing"] == "China" and seats["kyiv"] == seats["kiev"] == "Ukraine"
    assert seats["new delhi"] == "India"
    # (Brussels speaks for the EU as often as for Belgium: no country can be given it.)
    assert "brussels" not in seats
    # A country printed in the demonyms list under another name would make two entities of one country.
    assert all(lexicons.places().get(country.lower(), country.lower()) == country.lower()
               for country in seats.values())
