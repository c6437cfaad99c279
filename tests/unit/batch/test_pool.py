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


def test_a_document_that_kills_its_worker_fails_alone_and_the_rest_are_analysed():
    texts = ["one", "slow two", "die", "slow three", *(f"after {k}" for k in range(10)), "die", "last"]
    results = run(texts, jobs=2)
    died = [ticket for ticket, result in results if "worker died" in result]
    assert died == [2, 14]
    assert all(result == texts[ticket] for ticket, result in results if ticket not in died)
    assert [ticket for ticket, _ in results] == list(range(len(texts)))
