from pathlib import Path

import pytest

from newsgraph.config import Settings
from newsgraph.errors import InputError
from newsgraph.extract import extract
from newsgraph.model import RawDocument
from newsgraph.nlp import analyze_extracted, analyze_extracted_batch

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "samples").glob("*.txt"))


def extracted(text: str, settings: Settings):
    return extract(RawDocument(source="<test>", data=text), settings)


def test_a_batch_gives_each_article_what_it_gets_alone():
    settings = Settings()
    batch = [extracted(path.read_text(encoding="utf-8"), settings) for path in SAMPLES]
    assert len(batch) >= 3, "the bundled samples are missing"
    together = analyze_extracted_batch(batch, settings=settings)
    alone = [analyze_extracted(article, settings=settings) for article in batch]
    assert together == alone
    assert sum(len(analysis.quotes) for analysis in together) > 10


def test_an_article_over_the_size_limit_fails_alone_in_its_batch():
    settings = Settings(max_text_chars=2_000)
    short = extracted('"We will reopen the bridge in May," the mayor, Ana Silva, said on Tuesday.', settings)
    long = extracted("The council met again to discuss the bridge. " * 60, Settings())
    first, failed, last = analyze_extracted_batch([short, long, short], settings=settings)
    assert isinstance(failed, InputError) and "over the limit" in str(failed)
    assert first == last and [q.speaker.name for q in first.quotes] == ["Ana Silva"]
    with pytest.raises(InputError, match="over the limit"):
        analyze_extracted(long, settings=settings)
