"""The pronoun a given name tells: the team's list first, then the name registers nomquamgender carries."""

import pytest

from newsgraph import lexicons


@pytest.mark.parametrize(("name", "gender"), [
    ("Niamh", "f"), ("Graciela", "f"), ("Doug", "m"),  # not on the team's list: the registers tell
    ("Héctor", "m"), ("Bríd", "f"),  # accents as the registers spell them, without
    ("Margaret", "f"),  # the team's list
])
def test_a_given_name_tells_the_pronoun_its_bearers_mostly_take(name, gender):
    assert lexicons.given_name_gender(name) == gender


@pytest.mark.parametrize("name", [
    "Alexis", "Dominique", "Jamie",  # borne by men and women alike
    "Jan",  # the team's list says so ("x")
    "Judge", "King",  # titles, which the registers also hold as names
    "Zxqvbn",  # no one's
])
def test_a_name_that_does_not_tell_gives_no_pronoun(name):
    assert lexicons.given_name_gender(name) is None


@pytest.mark.parametrize(("name", "given"), [
    ("Eli", True), ("Jamie", True), ("Margaret", True),  # a man's, either sex's, the team's list
    ("Dunmore", False), ("Quillon", False),  # a town, a company
    ("Judge", False),  # a title the registers also hold as a name
])
def test_a_given_name_of_either_sex_is_known_as_one(name, given):
    assert lexicons.is_given_name(name) is given


@pytest.mark.parametrize(("name", "gender"), [
    ("Jean-François", "m"), ("Jean-Marie", "m"),  # "Jean" leads men's compound names, whatever "Jean" alone says
    ("Marie-Ève", "f"), ("Anne-Sophie", "f"),
    ("Tremblay-Laroche", None), ("Kessler-Nordmann", None),  # surnames joined, not given names
])
def test_given_names_joined_by_a_hyphen_are_the_first_ones(name, gender):
    assert lexicons.given_name_gender(name) == gender
    assert lexicons.is_given_name(name) is (gender is not None)
