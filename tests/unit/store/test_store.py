from __future__ import annotations

import json
import socket
from dataclasses import replace
from datetime import date

import pytest
from click.testing import CliRunner
from store_factory import build_analysis, span_of

from newsgraph.cli.store_cmds import events_command, render_events, roles_command
from newsgraph.errors import StoreError
from newsgraph.extract.identity import identity_keys
from newsgraph.model import QUOTE_TYPES, EntityRef, Event
from newsgraph.store import SaveStatus, open_store
from newsgraph.store.schema import SCHEMA_VERSION

WIRE = ("Elon Musk said on Tuesday that the rocket would fly again within weeks. "
        "\"We have found the fault and fixed it,\" Musk told reporters at the launch site in Texas. "
        "The company, which builds reusable rockets, lost its last vehicle over the Gulf in March. "
        "Officials at the aviation regulator said they would review the findings before any new flight. "
        "Mr. Musk, the chief executive, added that the schedule depended on the regulator's decision.")
QUOTE = "We have found the fault and fixed it,"


def wire_analysis(text: str = WIRE, **kw):
    return build_analysis(text, people={"Elon Musk": ["Elon Musk", "Musk", "Mr. Musk"]},
                          roles={"Elon Musk": ["the chief executive"]},
                          quotes=[("Elon Musk", QUOTE, "told")], **kw)


def save(store, analysis, source, url=None):
    keys = identity_keys(analysis.article.text, url=url)
    return store.save(analysis, source=source, keys=keys)


def test_save_and_query_quotes(store):
    result = save(store, wire_analysis(), "a.html", url="https://ledger.example/a")
    assert result.status is SaveStatus.STORED
    rows = store.quotes(speaker="Musk")
    assert len(rows) == 1
    row = rows[0]
    assert (row.speaker, row.content, row.cue, row.kind) == ("Elon Musk", QUOTE, "told", "direct")
    assert (row.outlet, row.published, row.title) == ("Daily Ledger", "2025-03-18", "A story")
    assert (row.source, row.confidence) == ("Musk", 0.9)
    assert store.quotes(speaker="Someone Else") == []
    assert store.quotes(since="2025-03-19") == []
    assert len(store.quotes(until=date(2025, 3, 18), outlet="daily ledger")) == 1


def test_an_entity_a_new_analysis_no_longer_finds_leaves_the_store(store):
    text = "Ana Silva Costa opened the pier. \"It is ready,\" Ana Silva said on Monday at the harbour in Bergen."
    save(store, build_analysis(text, people={"Ana Silva": ["Ana Silva"]},
                               quotes=[("Ana Silva", "It is ready,", "said")]), "a")
    renamed = build_analysis(text, people={"Ana Silva Costa": ["Ana Silva Costa"]},
                             quotes=[("Ana Silva Costa", "It is ready,", "said")])
    assert save(store, replace(renamed, pipeline_version="test-2"), "a").status is SaveStatus.UPDATED
    assert store.entities("Ana Silva") == []
    assert [(e.name, e.articles) for e in store.entities("Ana Silva Costa")] == [("Ana Silva Costa", 1)]


def test_resave_is_unchanged_and_writes_nothing(store):
    save(store, wire_analysis(), "a.html")
    before = store.stats()
    assert save(store, wire_analysis(), "a.html").status is SaveStatus.UNCHANGED
    assert store.stats() == before


def test_new_pipeline_version_replaces_rows(store):
    save(store, wire_analysis(), "a.html")
    result = save(store, replace(wire_analysis(), pipeline_version="test-2"), "a.html")
    assert result.status is SaveStatus.UPDATED
    assert store.stats()["quotes"] == 1
    assert store.articles()[0].pipeline_version == "test-2"


def test_exact_copy_under_another_url_is_one_more_source(store):
    save(store, wire_analysis(), "a", url="https://ledger.example/a")
    result = save(store, wire_analysis(outlet="Evening Post"), "b", url="https://post.example/b")
    assert result.status is SaveStatus.DUPLICATE
    assert store.stats()["articles"] == 1
    [row] = store.quotes()
    assert {s.outlet for s in row.sources} == {"Daily Ledger", "Evening Post"}
    assert len(store.quotes(outlet="Evening Post")) == 1


def test_syndicated_quote_is_one_statement_with_every_source(store):
    outlets = [f"Outlet {i}" for i in range(20)]
    for i, outlet in enumerate(outlets):
        # Each reprint has its own dateline and sign-off: near-duplicates, not exact copies.
        text = f"CITY {i} (Wire) - {WIRE} Reporting by desk {i}."
        result = save(store, wire_analysis(text, outlet=outlet), f"s{i}", url=f"https://o{i}.example/story")
        assert result.status is (SaveStatus.STORED if i == 0 else SaveStatus.NEAR_DUPLICATE)
    assert store.stats()["dup_groups"] == 1
    [row] = store.quotes(speaker="Elon Musk")
    assert sorted(s.outlet for s in row.sources) == sorted(outlets)


def test_a_filtered_statement_still_lists_every_source_and_outlets_match_by_part_of_their_name(store):
    for i, (outlet, day) in enumerate([("The Metro Times", date(2025, 3, 18)), ("Valley Courier", date(2025, 3, 20))]):
        text = f"CITY {i} (Wire) - {WIRE} Reporting by desk {i}."
        save(store, wire_analysis(text, outlet=outlet, published=day), f"s{i}", url=f"https://o{i}.example/story")
    for rows in (store.quotes(outlet="metro times"), store.quotes(outlet="Valley Courier", speaker="Musk"),
                 store.quotes(since=date(2025, 3, 19))):
        [row] = rows
        assert {s.outlet for s in row.sources} == {"The Metro Times", "Valley Courier"}
    assert store.quotes(outlet="Evening Post") == []
    # The user's % and _ are characters of a name, not wildcards.
    assert store.quotes(outlet="%") == store.quotes(outlet="metro_times") == []


def test_a_title_before_a_name_does_not_hide_the_person(store):
    save(store, wire_analysis(), "a", url="https://ledger.example/a")
    assert len(store.quotes(speaker="Chief Executive Musk")) == len(store.quotes(speaker="Musk")) == 1


def test_near_duplicate_index_is_rebuilt_from_the_store(store_url):
    with open_store(store_url) as first:
        save(first, wire_analysis(), "a", url="https://a.example/1")
    with open_store(store_url) as second:
        result = save(second, wire_analysis(WIRE + " Updated at noon."), "b", url="https://b.example/2")
    assert result.status is SaveStatus.NEAR_DUPLICATE


def test_same_words_from_the_same_speaker_in_another_story_are_one_statement(store):
    save(store, wire_analysis(), "a", url="https://ledger.example/a")
    follow_up = ("A week later the rocket had still not flown. Regulators met the company on Monday. "
                 "Elon Musk had said after the failure: \"We have found the fault and fixed it,\" and "
                 "critics now ask what the fix was. The review will take at least a month, officials said.")
    save(store, build_analysis(follow_up, people={"Elon Musk": ["Elon Musk"]},
                               quotes=[("Elon Musk", QUOTE, "said")], outlet="Evening Post"),
         "b", url="https://post.example/b")
    assert store.stats()["dup_groups"] == 2
    [row] = store.quotes(speaker="Musk")
    assert {s.outlet for s in row.sources} == {"Daily Ledger", "Evening Post"}


def test_surname_and_honorific_forms_join_the_full_name_across_articles(store):
    save(store, wire_analysis(), "a")
    other = ("Musk said the launch tower was ready. \"It is the best pad we have built,\" Musk said. "
             "Engineers from the company worked through the night, according to two people at the site.")
    save(store, build_analysis(other, people={"Musk": ["Musk"]},
                               quotes=[("Musk", "It is the best pad we have built,", "said")]), "b")
    assert {r.speaker for r in store.quotes(speaker="Elon Musk")} == {"Elon Musk"}
    assert len(store.quotes(speaker="Mr. Musk")) == 2
    [entity] = store.entities("Musk")
    assert entity.articles == 2


def test_a_short_given_name_and_a_suffix_join_the_full_name_across_articles(store):
    first = "Joe Lunde opened the pier on Monday. \"It is the best pier we have built,\" Joe Lunde said."
    save(store, build_analysis(first, people={"Joe Lunde": ["Joe Lunde"]},
                               quotes=[("Joe Lunde", "It is the best pier we have built,", "said")]), "a")
    second = "Joseph K. Lunde Jr. said on Tuesday that \"the ferry will run all winter\" from the new pier."
    save(store, build_analysis(second, people={"Joseph K. Lunde Jr.": ["Joseph K. Lunde Jr."]},
                               quotes=[("Joseph K. Lunde Jr.", "the ferry will run all winter", "said")]), "b")
    assert len(store.quotes(speaker="Joe Lunde")) == 2
    assert len(store.quotes(speaker="Joseph Lunde")) == 2
    [entity] = store.entities("Lunde")
    assert entity.articles == 2


def test_bare_surname_seen_first_is_claimed_by_the_full_name_later(store):
    early = "Dmitriev spoke briefly. \"Talks will continue,\" Dmitriev said outside the ministry today."
    save(store, build_analysis(early, people={"Dmitriev": ["Dmitriev"]},
                               quotes=[("Dmitriev", "Talks will continue,", "said")]), "a")
    late = "Kirill Dmitriev, the fund's head, arrived on Monday for the second round of the negotiations."
    save(store, build_analysis(late, people={"Kirill Dmitriev": ["Kirill Dmitriev"]},
                               roles={"Kirill Dmitriev": ["the fund's head"]}), "b")
    [row] = store.quotes(speaker="Kirill Dmitriev")
    assert row.speaker == "Kirill Dmitriev"
    assert [r.title for r in store.roles("Dmitriev")] == ["the fund's head"]


def test_ambiguous_surname_stays_apart(store):
    text = "Anna Novak and Peter Novak both spoke. Novak said later that \"nothing was agreed\" at the talks."
    save(store, build_analysis(text, people={"Anna Novak": ["Anna Novak"], "Peter Novak": ["Peter Novak"],
                                             "Novak": ["Novak said"]},
                               quotes=[("Novak", "nothing was agreed", "said")]), "a")
    [row] = store.quotes(speaker="Novak")
    assert row.speaker == "Novak"
    assert store.quotes(speaker="Anna Novak") == []


def former_adviser_analysis(place="Austin"):
    text = f"Elon Musk, the former adviser, spoke at length at the annual meeting of shareholders in {place}."
    analysis = build_analysis(text, people={"Elon Musk": ["Elon Musk"]}, roles={"Elon Musk": ["the former adviser"]},
                              published=date(2025, 6, 1))
    [musk] = analysis.entities
    return replace(analysis, entities=(replace(musk, roles=tuple(replace(r, former=True) for r in musk.roles)),))


def test_roles_over_time_say_which_the_article_gives_as_held_no_longer(store):
    save(store, wire_analysis(published=date(2024, 1, 5)), "a", url="https://x.example/1")
    save(store, former_adviser_analysis(), "b", url="https://x.example/2")
    roles = store.roles("Musk")
    assert [(r.title, r.former, r.published) for r in roles] == [("the chief executive", False, "2024-01-05"),
                                                                 ("the former adviser", True, "2025-06-01")]
    stored = store.analysis(store.articles()[-1].id)
    assert [(r.title, r.former) for e in stored.entities for r in e.roles] == [("the former adviser", True)]


def test_about_filter(store):
    text = "Jane Roe said \"the treaty with Ruritania is dead\" in an interview with the broadcaster."
    analysis = build_analysis(text, people={"Jane Roe": ["Jane Roe"]}, orgs={"Ruritania": ["Ruritania"]},
                              quotes=[("Jane Roe", "the treaty with Ruritania is dead", "said")],
                              about={"the treaty with Ruritania is dead": ["Ruritania"]})
    save(store, analysis, "a")
    [row] = store.quotes(about="ruritania")
    assert row.about == ("Ruritania",)
    assert store.quotes(about="Atlantis") == []


def test_an_organisation_is_found_by_a_short_name_an_article_gave_it(store):
    text = "Kessler-Nordmann Antriebstechnik will close the plant. Kessler-Nordmann said demand had fallen."
    analysis = build_analysis(text, orgs={"Kessler-Nordmann Antriebstechnik": ["Kessler-Nordmann Antriebstechnik",
                                                                                 "Kessler-Nordmann"]})
    save(store, analysis, "a")
    [row] = store.entities("kessler-nordmann")
    assert row.name == "Kessler-Nordmann Antriebstechnik" and "Kessler-Nordmann" in row.aliases


def test_failures_are_recorded_with_their_code_and_cleared_on_success(store):
    store.record_failure("a.html", "[E300] HTTP 500 from https://x.example/a")
    [failure] = store.failures()
    assert (failure.source, failure.code, failure.reason) == ("a.html", "E300", "HTTP 500 from https://x.example/a")
    save(store, wire_analysis(), "a.html")
    assert store.failures() == []


def test_a_source_that_fails_again_keeps_one_record_with_the_latest_reason(store):
    store.record_failure("a.html", "[E300] HTTP 500 from https://x.example/a")
    store.record_failure("b.html", "[E100] input is empty")
    store.record_failure("a.html", "[E300] HTTP 404 from https://x.example/a")
    assert sorted((f.source, f.reason) for f in store.failures()) == [
        ("a.html", "HTTP 404 from https://x.example/a"), ("b.html", "input is empty")]


def test_failed_save_leaves_no_half_written_rows(store, monkeypatch):
    broken = wire_analysis()
    broken = replace(broken, times=(object(),))  # not a TimeExpression: writing it fails mid-article
    with pytest.raises(AttributeError):
        save(store, broken, "a")
    assert store.stats()["articles"] == 0 and store.stats()["quotes"] == 0
    assert save(store, wire_analysis(), "a").status is SaveStatus.STORED


def test_seen_entries(store):
    assert not store.seen("feed", "id-1")
    store.mark_seen("feed", ["id-1", "id-1"])
    assert store.seen("feed", "id-1")


def test_sqlite_url_forms_name_the_same_file(tmp_path):
    path = tmp_path / "db.sqlite"
    with open_store(str(path)) as first:
        save(first, wire_analysis(), "a")
    with open_store(f"sqlite:///{path}") as second:
        assert second.stats()["articles"] == 1


def test_bad_urls_are_refused_with_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="unsupported store URL scheme 'mysql'"):
        open_store("mysql://localhost/db")
    with pytest.raises(StoreError, match="directory .* does not exist"):
        open_store(str(tmp_path / "missing" / "x.db"))
    # Two slashes name a host, not a file: not a store that vanishes with the process.
    with pytest.raises(StoreError, match="sqlite:///news.db for a path"):
        open_store("sqlite://news.db")


@pytest.mark.postgres
def test_unreachable_postgres_is_a_store_error_without_the_password(postgres_server):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]
    with pytest.raises(StoreError) as caught:
        open_store(f"postgresql://newsgraph:s3cret@127.0.0.1:{closed_port}/news")
    assert "cannot open postgresql://newsgraph:***@127.0.0.1" in str(caught.value)
    assert "s3cret" not in str(caught.value)
    with pytest.raises(StoreError, match="does not exist"):
        open_store(postgres_server.url("no_such_database"))


def test_quotes_list_what_was_said_believed_or_meant_and_other_acts_only_when_asked(store):
    analysis = wire_analysis()
    said = analysis.quotes[0]
    believed = replace(said, content=(span_of(WIRE, "the rocket would fly again within weeks"),),
                       cue=span_of(WIRE, "said"), kind="indirect", type="belief")
    acted = replace(said, content=(span_of(WIRE, "the findings"),), cue=span_of(WIRE, "review"),
                    kind="indirect", type="other")
    save(store, replace(analysis, quotes=(said, believed, acted)), "a.html")
    assert [r.type for r in store.quotes(speaker="Musk")] == ["statement", "belief"]
    assert [r.type for r in store.quotes(speaker="Musk", types=["other"])] == ["other"]
    assert len(store.quotes(types=QUOTE_TYPES)) == 3
    with pytest.raises(ValueError, match="unknown quote types"):
        store.quotes(types=["rumour"])


def as_schema(store, version):
    """Take a store of the current schema back to an older one, as an older newsgraph left it."""
    if version < 8:
        for column in ("first_day", "last_day"):
            store._db.execute(f"ALTER TABLE events DROP COLUMN {column}")
    if version < 7:
        store._db.execute("DROP TABLE event_participants")
        for column in ("status", "role", "mentions"):
            store._db.execute(f"ALTER TABLE events DROP COLUMN {column}")
    if version < 6:
        store._db.execute("ALTER TABLE roles DROP COLUMN former")
    if version < 5:
        store._db.execute("ALTER TABLE articles DROP COLUMN modified")
    if version < 4:
        store._db.execute("ALTER TABLE article_sources DROP COLUMN published")
    if version < 3:
        store._db.execute("DROP INDEX mentions_text_key")
        for table, column in (("articles", "outlet_key"), ("article_sources", "outlet_key"), ("mentions", "text_key")):
            store._db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        store._db.execute("CREATE INDEX mentions_text ON mentions (LOWER(text))")
    if version < 2:
        store._db.execute("ALTER TABLE quotes DROP COLUMN type")
    store._db.execute("DELETE FROM schema_version")
    store._db.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))


def test_a_store_of_the_first_schema_is_upgraded_in_place(store_url):
    with open_store(store_url) as store:
        save(store, wire_analysis(), "a.html")
        as_schema(store, 1)
    with open_store(store_url) as store:
        rows = store.quotes(speaker="Musk", outlet="DAILY ledger")
        assert [(r.content, r.type) for r in rows] == [(QUOTE, "statement")]
        assert store._db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION


def test_the_roles_command_marks_a_role_held_no_longer(tmp_path):
    db = str(tmp_path / "roles.db")
    with open_store(db) as store:
        save(store, wire_analysis(published=date(2024, 1, 5)), "a", url="https://x.example/1")
        save(store, former_adviser_analysis(), "b", url="https://x.example/2")
    lines = CliRunner().invoke(roles_command, ["Musk", "--db", db]).output.splitlines()
    assert [line.split("  (")[0] for line in lines] == ["2024-01-05  Elon Musk: the chief executive",
                                                        "2025-06-01  Elon Musk: the former adviser (former)"]
    [_, former] = json.loads(CliRunner().invoke(roles_command, ["Musk", "--db", db, "--json"]).output)
    assert former["former"] is True


def test_roles_stored_before_the_past_was_told_apart_read_as_current_until_reanalysed(store_url):
    with open_store(store_url) as store:
        save(store, former_adviser_analysis(), "b", url="https://x.example/2")
        as_schema(store, 5)
    with open_store(store_url) as store:
        assert [(r.title, r.former) for r in store.roles("Musk")] == [("the former adviser", False)]
        save(store, former_adviser_analysis(place="Boca Chica"), "c", url="https://x.example/3")
        assert sorted(r.former for r in store.roles("Musk")) == [False, True]


NON_ASCII = "«Ведомости» узнали, что ÉDF закроет завод. Представитель ÉDF сказал, что спрос упал."


def test_the_day_an_article_was_modified_is_kept_and_an_older_store_gets_it_on_reanalysis(store_url):
    changed = wire_analysis()
    changed = replace(changed, article=replace(changed.article, modified=date(2025, 3, 20)))
    with open_store(store_url) as store:
        save(store, changed, "a.html", url="https://ledger.example/a")
        [row] = store.articles()
        assert row.modified == "2025-03-20" and store.article(row.id).modified == date(2025, 3, 20)
        save(store, wire_analysis(text=WIRE + " Second."), "b.html", url="https://ledger.example/b")
        as_schema(store, 4)
    with open_store(store_url) as store:
        old = store.articles()[1]
        assert old.modified is None  # an older newsgraph did not keep it
        fresh = replace(changed, article=replace(store.article(old.id), modified=date(2025, 3, 21)))
        store.replace_analysis(old.id, fresh, source=f"reanalyze:{old.id}")
        assert store.article(old.id).modified == date(2025, 3, 21)
        # What is stored stays: a re-analysis does not re-date an article.
        store.replace_analysis(old.id, replace(fresh, article=replace(fresh.article, modified=None)), source="r")
        assert store.article(old.id).modified == date(2025, 3, 21)


def test_names_in_any_case_match_beyond_ascii_on_every_store(store):
    # SQLite's LOWER() folds ASCII only (and PostgreSQL's nothing more under the C locale): the store
    # folds with Python, so "écho" finds "Écho de Northgate" on both.
    for n, outlet in enumerate(("Écho de Northgate", "ВЕДОМОСТИ", "Straße Zeitung")):
        save(store, wire_analysis(f"{n}. {WIRE}", outlet=outlet), f"s{n}", url=f"https://o{n}.example/story")
    for outlet in ("Écho de Northgate", "écho", "ÉCHO DE NORTHGATE", "ВЕДОМОСТИ", "Ведомости", "STRASSE"):
        [row] = store.quotes(outlet=outlet)
        assert row.outlet == row.sources[0].outlet
    analysis = build_analysis(NON_ASCII, orgs={"Électricité de France": ["ÉDF", "ÉDF"]})
    save(store, analysis, "edf")
    assert [row.name for row in store.entities("édf")] == ["Électricité de France"]


def test_an_upgrade_folds_what_the_store_held_before(store_url):
    with open_store(store_url) as store:
        save(store, wire_analysis(outlet="ВЕДОМОСТИ"), "a")
        save(store, build_analysis(NON_ASCII, orgs={"Électricité de France": ["ÉDF"]}), "edf")
        as_schema(store, 2)
    with open_store(store_url) as store:
        assert len(store.quotes(outlet="ведомости")) == 1
        assert [row.name for row in store.entities("édf")] == ["Électricité de France"]
        indexes = ("SELECT name FROM sqlite_master WHERE type = 'index'" if store.dialect == "sqlite"
                   else "SELECT indexname FROM pg_indexes")
        names = {row[0] for row in store._db.execute(indexes)}
        assert "mentions_text_key" in names and "mentions_text" not in names


def test_a_newer_schema_is_refused(store_url):
    with open_store(store_url) as store:
        store._db.execute("INSERT INTO schema_version (version) VALUES (99)")
    with pytest.raises(StoreError, match="schema version 99"):
        open_store(store_url)


def test_stale_articles_get_a_new_analysis_in_place(store):
    save(store, wire_analysis(), "a.html", url="https://ledger.example/a")
    article_id = store.articles()[0].id
    assert store.stale("test-1") == []
    assert store.stale("test-2") == [article_id]
    fresh = replace(wire_analysis(), pipeline_version="test-2", quotes=())
    store.replace_analysis(article_id, fresh, source="reanalyze:x")
    assert store.articles()[0].pipeline_version == "test-2"
    assert store.stats()["quotes"] == 0
    assert store.analysis(article_id).article.text == WIRE
    assert store.stale("test-2") == []


def test_reanalyze_runs_the_current_pipeline_over_stale_articles_only(store, monkeypatch):
    import newsgraph.nlp as nlp
    from newsgraph.batch import one_at_a_time
    from newsgraph.errors import InputError
    from newsgraph.pipeline import reanalyze

    save(store, wire_analysis(), "a.html", url="https://ledger.example/a")
    save(store, wire_analysis(text=WIRE + " A second story."), "b.html", url="https://ledger.example/b")
    save(store, replace(wire_analysis(text=WIRE + " Third."), pipeline_version="test-2"), "c.html")
    seen = []

    def analyse(extracted, settings=None):
        seen.append(extracted.article.text)
        if extracted.article.text.endswith("second story."):
            raise InputError("cannot analyse this one")
        return replace(wire_analysis(text=extracted.article.text), pipeline_version="test-2")

    monkeypatch.setattr(nlp, "load_pipeline", lambda settings=None: None)
    monkeypatch.setattr(nlp, "pipeline_version", lambda pipeline: "test-2")
    analyse_each = one_at_a_time(analyse)
    monkeypatch.setattr(nlp, "analyze_extracted_batch", lambda batch, settings=None: analyse_each(batch, settings))
    progress = []
    summary = reanalyze(store, progress=lambda done, total: progress.append((done, total)))
    assert (summary.reanalyzed, summary.failed, summary.pipeline_version) == (1, 1, "test-2")
    assert summary.current == 1  # the article test-2 had analysed already
    assert len(seen) == 2 and progress == [(1, 2), (2, 2)]
    assert "cannot analyse this one" in summary.failures[0][1]
    assert [f.source for f in store.failures()] == [f"reanalyze:{summary.failures[0][0]}"]
    assert sorted(a.pipeline_version for a in store.articles()) == ["test-1", "test-2", "test-2"]


def test_the_listing_dates_a_statement_by_when_it_was_said_when_known():
    from newsgraph.cli.store_cmds import render_quotes
    from newsgraph.store import QuoteRow, SourceRef

    def row(when):
        return QuoteRow(speaker="Elon Musk", speaker_id="p1", content=QUOTE, cue="told", kind="direct", when=when,
                        about=(), title="A story", outlet="Daily Ledger", published="2025-03-18", url=None,
                        article_id="a", sources=(SourceRef("a", "a.html", None, "Daily Ledger", "A story",
                                                           "2025-03-18"),))
    assert "  2025-03-17  told (direct)" in render_quotes([row("2025-03-17")])
    assert "  2025-03-18  told (direct)" in render_quotes([row("2025-W12")])
    month = render_quotes([row("2025-02")])
    assert "  2025-02     told (direct)" in month and "(published 2025-03-18)" in month
    unresolved = render_quotes([replace(row(None), speaker=None, speaker_id=None, source="the union")])
    assert unresolved.startswith("(speaker not resolved)\n  2025-03-18  \"the union\" told (direct)")


def test_speakers_are_listed_in_alphabetical_order_whatever_their_case(store):
    text = WIRE + " The harbour authority said it was ready. Zed Ames said it was not."
    analysis = build_analysis(text, people={"Zed Ames": ["Zed Ames"]},
                              orgs={"harbour authority": ["harbour authority"]},
                              quotes=[("Zed Ames", "it was not", "said"),
                                      ("harbour authority", "it was ready", "said")])
    save(store, analysis, "a.html")
    assert [r.speaker for r in store.quotes()] == ["harbour authority", "Zed Ames"]


def _save_all(url: str, texts: list[str]) -> list[str]:
    with open_store(url) as store:
        return [save(store, wire_analysis(text), f"src-{i}").status.value for i, text in enumerate(texts)]


def test_two_processes_saving_the_same_articles_into_one_store(store_url):
    from concurrent.futures import ProcessPoolExecutor

    texts = [f"STORY {i}. " + WIRE + f" Filed from desk {i} of {i * 7} in the afternoon." for i in range(8)]
    open_store(store_url).close()  # tables first, so both writers find them
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(_save_all, [store_url, store_url], [texts, texts[::-1]]))
    assert all(status in {"stored", "near_duplicate", "unchanged", "duplicate"} for r in results for status in r)
    with open_store(store_url) as store:
        assert store.stats()["articles"] == 8 and store.failures() == []
        assert store.stats()["quotes"] == 8


def test_a_database_error_is_a_store_error_not_a_crash(store):
    store._db.execute("DROP TABLE failures")
    with pytest.raises(StoreError, match="cannot record the failure"):
        store.record_failure("a.html", "[E100] input is empty")
    with pytest.raises(StoreError, match="cannot read the store"):
        store.failures()


@pytest.mark.parametrize("url", ["postgresql://me:s3cret@db.example/news", "postgresql://:s3cret@db.example/news",
                                 "postgresql://db.example/news?sslmode=require&password=s3cret"])
def test_passwords_are_masked(url):
    from newsgraph.store.postgres import redact

    assert "s3cret" not in redact(url) and "***" in redact(url)


def with_events(analysis, *events):
    """``analysis`` with events given as (kind, participant names, when, status, trigger word)."""
    ids = {e.name: e.id for e in analysis.entities}
    text = analysis.article.text
    return replace(analysis, events=tuple(
        Event(kind, tuple(EntityRef(ids[n], n) for n in names), when, span_of(text, word), status,
              mentions=(span_of(text, word),))
        for kind, names, when, status, word in events))


LAUNCH = ("Elon Musk met Gwynne Shotwell on Monday and will visit Boca Chica next month, the day before the launch. "
          "Gwynne Shotwell was appointed president of SpaceX in 2008.")


def launch_analysis(published=date(2025, 3, 18)):
    analysis = build_analysis(LAUNCH, people={"Elon Musk": ["Elon Musk"], "Gwynne Shotwell": ["Gwynne Shotwell"]},
                              published=published)
    return with_events(analysis, ("meet", ["Elon Musk", "Gwynne Shotwell"], "2025-03-17", "happened", "met"),
                       ("visit", ["Elon Musk"], "2025-04", "planned", "visit"),
                       ("appoint", ["Gwynne Shotwell"], "2008", "happened", "appointed"))


def test_events_are_a_timeline_by_their_own_dates_and_filter_by_who_kind_and_day(store):
    save(store, launch_analysis(), "a", url="https://x.example/1")
    rows = store.events()
    assert [(r.kind, r.when, r.status) for r in rows] == [("appoint", "2008", "happened"),
                                                          ("meet", "2025-03-17", "happened"),
                                                          ("visit", "2025-04", "planned")]
    assert rows[1].participants == ("Elon Musk", "Gwynne Shotwell") and rows[1].trigger == "met"
    assert [r.kind for r in store.events(with_="Shotwell")] == ["appoint", "meet"]
    assert [r.kind for r in store.events(with_="Musk", kind="visit")] == ["visit"]
    assert [r.kind for r in store.events(since="2025-01-01", until="2025-03-31")] == ["meet"]
    assert store.events(with_="Nobody Known") == []


def test_an_undated_event_is_placed_on_its_article_day_and_the_events_command_marks_it(tmp_path):
    db = str(tmp_path / "events.db")
    analysis = with_events(wire_analysis(), ("launch", ["Elon Musk"], None, "happened", "launch"))
    with open_store(db) as store:
        save(store, analysis, "a", url="https://x.example/1")
        save(store, launch_analysis(), "b", url="https://x.example/2")
        assert [r.kind for r in store.events(since="2025-03-18")] == ["launch", "visit"]
    lines = CliRunner().invoke(events_command, ["--with", "Musk", "--db", db]).output.splitlines()
    assert lines[0].startswith("2025-03-17   meet: Elon Musk, Gwynne Shotwell")
    assert lines[1].startswith("2025-03-18*  launch: Elon Musk")
    assert lines[2].startswith("2025-04      visit (planned): Elon Musk")
    [row] = json.loads(CliRunner().invoke(events_command, ["--kind", "appoint", "--db", db, "--json"]).output)
    assert (row["participants"], row["when"]) == (["Gwynne Shotwell"], "2008")


def test_event_participants_follow_a_bare_surname_to_the_full_name(store):
    text = "Musk met the regulator on Monday."
    bare = with_events(build_analysis(text, people={"Musk": ["Musk"]}), ("meet", ["Musk"], None, "happened", "met"))
    save(store, bare, "a", url="https://x.example/1")
    save(store, wire_analysis(), "b", url="https://x.example/2")
    assert [r.kind for r in store.events(with_="Elon Musk")] == ["meet"]


def test_a_store_of_schema_6_gets_event_status_roles_and_participants(store_url):
    with open_store(store_url) as store:
        save(store, wire_analysis(), "a.html")
        as_schema(store, 6)
    with open_store(store_url) as store:
        save(store, launch_analysis(), "b", url="https://x.example/2")
        assert [(r.kind, r.status) for r in store.events(with_="Musk")] == [("meet", "happened"),
                                                                            ("visit", "planned")]


def test_a_week_a_season_or_a_year_matches_every_period_it_overlaps_and_sorts_by_its_first_day(store):
    text = "Elon Musk met Gwynne Shotwell, visited Boca Chica and toured the factory with Tom Mueller."
    analysis = build_analysis(text, people={"Elon Musk": ["Elon Musk"], "Gwynne Shotwell": ["Gwynne Shotwell"],
                                            "Tom Mueller": ["Tom Mueller"]}, published=date(2026, 9, 20))
    save(store, with_events(analysis, ("meet", ["Elon Musk", "Gwynne Shotwell"], "2026-W13", "happened", "met"),
                            ("visit", ["Elon Musk"], "2026-SU", "happened", "visited"),
                            ("visit", ["Elon Musk", "Tom Mueller"], "2026", "happened", "toured")), "a")
    assert [r.when for r in store.events()] == ["2026", "2026-W13", "2026-SU"]  # 1 January, 23 March, 1 June
    assert [r.when for r in store.events(since="2026-03-20", until="2026-03-31")] == ["2026", "2026-W13"]
    assert [r.when for r in store.events(since="2026-04-01")] == ["2026", "2026-SU"]
    assert [r.when for r in store.events(since="2027-01-01")] == []


def test_events_stored_before_their_days_were_kept_get_them_when_the_store_is_opened(store_url):
    with open_store(store_url) as store:
        save(store, launch_analysis(), "b", url="https://x.example/2")
        as_schema(store, 7)
    with open_store(store_url) as store:
        assert [r.when for r in store.events(since="2025-04-01")] == ["2025-04"]
        assert [r.kind for r in store.events()] == ["appoint", "meet", "visit"]


def test_one_event_told_by_two_outlets_is_one_row_with_both_and_the_narrowest_date(store):
    people = {name: [name] for name in ("Elon Musk", "Gwynne Shotwell", "Tom Mueller")}
    wire = build_analysis("Elon Musk will meet Gwynne Shotwell this week. Gwynne Shotwell met Tom Mueller on Monday.",
                          people=people, published=date(2025, 3, 18), outlet="Wire")
    save(store, with_events(wire, ("meet", ["Elon Musk", "Gwynne Shotwell"], "2025-W12", "planned", "meet"),
                            ("meet", ["Gwynne Shotwell", "Tom Mueller"], "2025-03-17", "happened", "met")),
         "a", url="https://wire.example/1")
    paper = build_analysis("In Texas on Tuesday, Elon Musk sat down with Gwynne Shotwell and Tom Mueller.",
                           people=people, published=date(2025, 3, 19), outlet="Paper")
    save(store, with_events(paper, ("meet", ["Elon Musk", "Gwynne Shotwell", "Tom Mueller"], "2025-03-18",
                                    "happened", "sat")), "b", url="https://paper.example/2")
    rows = store.events(kind="meet")
    # (Shotwell's Monday meeting with Mueller alone is another: Musk's has Mueller too, and is on Tuesday)
    assert [(r.when, r.status, r.participants, [s.outlet for s in r.sources]) for r in rows] == [
        ("2025-03-17", "happened", ("Gwynne Shotwell", "Tom Mueller"), ["Wire"]),
        ("2025-03-18", "happened", ("Elon Musk", "Gwynne Shotwell", "Tom Mueller"), ["Wire", "Paper"])]
    lines = render_events(rows).splitlines()
    assert lines[1].startswith("2025-03-18   meet: Elon Musk, Gwynne Shotwell, Tom Mueller  [Wire, Paper]")
