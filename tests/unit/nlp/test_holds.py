import pytest

from newsgraph.nlp.entities import Cluster, Role
from newsgraph.nlp.speakers import _holds


def person(*titles: str) -> Cluster:
    return Cluster("e1", "Someone", "PERSON", roles=[Role(title, 0, len(title)) for title in titles])


@pytest.mark.parametrize("titles, word, qualifiers, holds", [
    (["manager"], "manager", frozenset(), True),
    (["General manager"], "manager", frozenset(), False),  # a general manager runs the club, not the team
    (["General Secretary"], "secretary", frozenset({"general"}), True),  # "the general secretary"
    (["former Chancellor"], "chancellor", frozenset(), False),
    (["former Chancellor"], "chancellor", frozenset({"former"}), True),  # "the former chancellor"
    (["Shadow Treasurer"], "treasurer", frozenset({"former"}), False),
    (["CEO"], "ceo", frozenset(), True),
    (["chief executive"], "ceo", frozenset(), True),
    (["deputy chief executive"], "ceo", frozenset(), False),
    (["chief executive of General Motors"], "ceo", frozenset(), True),  # a company's "General" is no office
])
def test_a_role_is_held_unless_qualified_as_another_office_the_description_does_not_name(titles, word, qualifiers,
                                                                                          holds):
    assert _holds(person(*titles), word, qualifiers) is holds
