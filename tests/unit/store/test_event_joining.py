"""Which stored tellings of events are one event (no store, no model)."""

from datetime import date

from newsgraph.store.event_joining import Telling, join_tellings, same_event


def telling(article, kind, when, day, *people, last=None):
    return Telling(article, kind, when, day, last or day, frozenset(people))


def test_the_same_people_on_the_same_day_in_two_articles_are_one_event():
    a = telling("a", "meet", "2025-03-18", date(2025, 3, 18), "musk", "dmitriev")
    b = telling("b", "meet", "2025-03-18", date(2025, 3, 18), "dmitriev", "musk", "trump")
    assert same_event(a, b)
    assert not same_event(a, telling("b", "talks", "2025-03-18", date(2025, 3, 18), "musk", "dmitriev"))
    assert not same_event(a, telling("b", "meet", "2025-03-19", date(2025, 3, 19), "musk", "dmitriev"))


def test_people_who_are_not_all_among_the_others_make_another_event():
    # (Putin appointing one envoy and Putin appointing another on the same day)
    a = telling("a", "appoint", "2025-03-18", date(2025, 3, 18), "putin", "dmitriev")
    assert not same_event(a, telling("b", "appoint", "2025-03-18", date(2025, 3, 18), "putin", "witkoff"))


def test_one_known_participant_joins_only_when_both_are_dated():
    dated = telling("a", "resign", "2025-03", date(2025, 3, 1), "ortiz", last=date(2025, 3, 31))
    assert same_event(dated, telling("b", "resign", "2025-03-12", date(2025, 3, 12), "ortiz"))
    assert not same_event(dated, telling("b", "resign", "past", date(2025, 3, 12), "ortiz"))


def test_an_undated_telling_reaches_back_a_week_if_done_and_a_month_ahead_if_to_come():
    met = telling("a", "meet", "2025-03-10", date(2025, 3, 10), "musk", "dmitriev")
    assert same_event(met, telling("b", "meet", "past", date(2025, 3, 14), "musk", "dmitriev"))
    assert not same_event(met, telling("b", "meet", "past", date(2025, 3, 30), "musk", "dmitriev"))
    planned = telling("c", "meet", "future", date(2025, 2, 20), "musk", "dmitriev")
    assert same_event(met, planned)
    assert not same_event(met, telling("c", "meet", "future", date(2025, 1, 20), "musk", "dmitriev"))


def test_two_events_of_one_article_stay_two_and_groups_keep_the_first_tellings_order():
    tellings = [telling("a", "meet", "2025-03-18", date(2025, 3, 18), "musk", "dmitriev"),
                telling("a", "meet", "2025-03-18", date(2025, 3, 18), "musk", "dmitriev", "trump"),
                telling("b", "vote", "2025-03-18", date(2025, 3, 18), "senate"),
                telling("b", "meet", "2025-03-18", date(2025, 3, 18), "dmitriev", "musk")]
    assert join_tellings(tellings) == [[0, 3], [1], [2]]


def test_one_participant_alone_does_not_chain_two_events_into_one_whatever_the_order():
    day = date(2025, 3, 18)
    dmitriev = telling("a", "appoint", "2025-03-18", day, "putin", "dmitriev")
    putin = telling("b", "appoint", "2025-03-18", day, "putin")
    witkoff = telling("c", "appoint", "2025-03-18", day, "putin", "witkoff")
    assert join_tellings([dmitriev, putin, witkoff]) == [[0, 1], [2]]
    assert join_tellings([putin, dmitriev, witkoff]) == [[0, 1], [2]]
