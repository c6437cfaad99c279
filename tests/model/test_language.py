"""Plain text declares no language: the body says it (py3langid), and a pipeline that reads English says
so when it is given something else."""

import pytest

from newsgraph.extract.language import detect_language


@pytest.mark.parametrize("text, language", [
    ("The harbour council approved the ferry plan on Monday after a long and bitter debate.", "en"),
    ("Der Stadtrat hat am Montag nach langer Debatte den neuen Fährplan für den Hafen beschlossen.", "de"),
    ("Le conseil municipal a approuvé lundi le nouveau plan des ferries après un long débat.", "fr"),
    ("Городской совет в понедельник после долгих споров одобрил новый план паромного сообщения.", "ru"),
])
def test_the_body_says_its_language(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize("text", ["OK", "Yes, 2025.", ""])
def test_too_short_to_tell_is_none(text):
    assert detect_language(text) is None


def test_a_body_not_in_english_is_analysed_with_a_warning(run):
    result = run("Der Stadtrat hat am Montag nach langer Debatte den neuen Fährplan für den Hafen beschlossen, "
                 "sagte die Bürgermeisterin Anna Berg.")
    assert result.article.language == "de"
    assert len(result.warnings) == 1 and "'de'" in result.warnings[0]
    english = run("The harbour council approved the ferry plan on Monday after a long and bitter debate.")
    assert english.article.language == "en" and english.warnings == ()


def test_warnings_about_the_metadata_stay_with_the_analysis():
    from newsgraph.model import RawDocument
    from newsgraph.pipeline import analyze_document

    raw = RawDocument(source="export.jsonl:3", data="The harbour council approved the ferry plan on Monday.",
                      warnings=("metadata 'published' 'yesterday' is not a date: ignored",))
    assert analyze_document(raw).warnings == raw.warnings
