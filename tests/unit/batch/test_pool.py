from __future__ import annotations

from pool_helpers import echo_analyze

from newsgraph.batch import AnalysisPool, Job
from newsgraph.config import Settings
from newsgraph.model import Article, Extracted


def job(text: str, ticket: int) -> Job:
    return Job(f"source-{text}", Extracted(article=Article(text=text)), ticket)


def run(texts: list[str], jobs: int) -> list[tuple[int, str | None]]:
    outcomes = []
    with AnalysisPool(echo_analyze, Settings(), jobs=jobs) as pool:
        for ticket, text in enumerate(texts):
            outcomes += pool.submit(job(text, ticket))
        outcomes += pool.drain()
    return [(o.ticket, o.analysis.article.text if o.analysis else o.error) for o in outcomes]


def test_outcomes_come_back_in_the_order_the_jobs_went_in_whatever_finishes_first():
    texts = ["slow one", "two", "three", "slow four", "five"]
    assert run(texts, jobs=2) == run(texts, jobs=1) == list(enumerate(texts))


def test_the_same_source_twice_is_two_jobs_told_apart_by_their_tickets():
    twice = [job("same", 0), job("same", 1)]
    with AnalysisPool(echo_analyze, Settings(), jobs=2) as pool:
        outcomes = [o for j in twice for o in pool.submit(j)] + list(pool.drain())
    assert [(o.source, o.ticket) for o in outcomes] == [("source-same", 0), ("source-same", 1)]


def test_a_dead_worker_fails_its_documents_and_the_pool_starts_afresh_for_the_rest():
    texts = ["one", "die", *(f"after {k}" for k in range(12))]
    results = dict(run(texts, jobs=2))
    assert "worker died" in results[1]
    # Documents in flight with the dead worker fail too; those submitted after the restart are analysed.
    assert results[13] == "after 11"
    assert all(r == texts[t] or "worker died" in r for t, r in results.items())
