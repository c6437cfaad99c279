from __future__ import annotations

from pool_helpers import echo_analyze

from newsgraph.batch import AnalysisPool, Job, one_at_a_time
from newsgraph.config import Settings
from newsgraph.model import Analysis, Article, Extracted


def job(text: str, ticket: int) -> Job:
    return Job(f"source-{text}", Extracted(article=Article(text=text)), ticket)


def run(texts: list[str], jobs: int) -> list[tuple[int, str | None]]:
    outcomes = []
    with AnalysisPool(one_at_a_time(echo_analyze), Settings(), jobs=jobs) as pool:
        for ticket, text in enumerate(texts):
            outcomes += pool.submit(job(text, ticket))
        outcomes += pool.drain()
    return [(o.ticket, o.analysis.article.text if o.analysis else o.error) for o in outcomes]


def test_outcomes_come_back_in_the_order_the_jobs_went_in_whatever_finishes_first():
    texts = ["slow one", "two", "three", "slow four", "five"]
    assert run(texts, jobs=2) == run(texts, jobs=1) == list(enumerate(texts))


def test_the_same_source_twice_is_two_jobs_told_apart_by_their_tickets():
    twice = [job("same", 0), job("same", 1)]
    with AnalysisPool(one_at_a_time(echo_analyze), Settings(), jobs=2) as pool:
        outcomes = [o for j in twice for o in pool.submit(j)] + list(pool.drain())
    assert [(o.source, o.ticket) for o in outcomes] == [("source-same", 0), ("source-same", 1)]


def test_a_document_that_kills_its_worker_fails_alone_and_the_rest_are_analysed():
    texts = ["one", "slow two", "die", "slow three", *(f"after {k}" for k in range(10)), "die", "last"]
    results = run(texts, jobs=2)
    died = [ticket for ticket, result in results if "worker died" in result]
    assert died == [2, 14]
    assert all(result == texts[ticket] for ticket, result in results if ticket not in died)
    assert [ticket for ticket, _ in results] == list(range(len(texts)))


def test_documents_go_to_the_analyser_in_batches_cut_by_count_and_by_length():
    sizes = []

    def record(batch, settings):
        sizes.append([len(extracted.article.text) for extracted in batch])
        return [Analysis(article=extracted.article, pipeline_version="batch") for extracted in batch]

    texts = ["short"] * 10 + ["x" * 120_000, "short", "short"]
    with AnalysisPool(record, Settings()) as pool:
        outcomes = [o for ticket, text in enumerate(texts) for o in pool.submit(job(text, ticket))]
        outcomes += pool.drain()
    assert [o.ticket for o in outcomes] == list(range(len(texts)))
    assert sizes == [[5] * 8, [5, 5, 120_000], [5, 5]]


def test_when_the_analyser_fails_a_whole_batch_each_document_is_tried_alone():
    tried = []

    def broken_by_one(batch, settings):
        tried.append(len(batch))
        if any(extracted.article.text == "bug" for extracted in batch):
            raise RuntimeError("the analyser fell over")
        return [Analysis(article=extracted.article, pipeline_version="batch") for extracted in batch]

    texts = ["doc 0", "bug", *(f"doc {k}" for k in range(2, 12))]
    with AnalysisPool(broken_by_one, Settings()) as pool:
        outcomes = [o for ticket, text in enumerate(texts) for o in pool.submit(job(text, ticket))]
        outcomes += pool.drain()
    assert tried == [8, *[1] * 8, 4]
    assert [o.ticket for o in outcomes if o.analysis is None] == [1]
    assert "fell over" in outcomes[1].error
    assert [o.analysis.article.text for o in outcomes if o.analysis] == [t for t in texts if t != "bug"]


def test_one_at_a_time_keeps_a_documents_failure_its_own():
    def picky(extracted, settings):
        if extracted.article.text == "bad":
            raise ValueError("not this one")
        return Analysis(article=extracted.article, pipeline_version="one")

    batch = [Extracted(article=Article(text=text)) for text in ("good", "bad", "fine")]
    good, bad, fine = one_at_a_time(picky)(batch, Settings())
    assert isinstance(bad, ValueError) and (good.article.text, fine.article.text) == ("good", "fine")
