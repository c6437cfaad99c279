"""``newsgraph eval attribution`` with a stand-in NLP stage: no model is loaded."""

import json
import sys
import types

import pytest
from click.testing import CliRunner

from newsgraph.batch import one_at_a_time
from newsgraph.cli.eval_cmd import COMMANDS, eval_group
from newsgraph.eval import OWN_GOLD, OWN_HELDOUT, load_jsonl
from newsgraph.model import Analysis, Quote, Span

GOLD = load_jsonl(OWN_GOLD)
BY_TEXT = {doc["text"]: doc for doc in [*GOLD.values(), *load_jsonl(OWN_HELDOUT).values()]}


def _oracle(extracted, *, settings=None):
    """Answers with the gold attributions, so every score must be perfect."""
    text = extracted.article.text
    if "FAIL" in text:
        raise RuntimeError("cannot parse")

    def span(pieces):
        return Span.of(text, *pieces[0]) if pieces else None

    quotes = tuple(Quote(kind="direct", content=tuple(Span.of(text, s, e) for s, e in a["content"]),
                         cue=span(a["cue"]), source=span(a["source"]), speaker=None)
                   for a in BY_TEXT[text]["attributions"])
    return Analysis(article=extracted.article, quotes=quotes)


@pytest.fixture(autouse=True)
def oracle_nlp(monkeypatch):
    module = types.ModuleType("newsgraph.nlp")
    module.analyze_extracted_batch = one_at_a_time(lambda extracted, settings: _oracle(extracted, settings=settings))
    monkeypatch.setitem(sys.modules, "newsgraph.nlp", module)


def test_registered_as_a_command_group():
    assert COMMANDS == [eval_group] and "attribution" in eval_group.commands


def test_own_gold_set_by_default_with_every_output(tmp_path):
    preds, report = tmp_path / "pred.jsonl", tmp_path / "scores.json"
    result = CliRunner().invoke(eval_group, ["attribution", "--limit", "3", "--predictions", str(preds),
                                             "--json", str(report)])
    assert result.exit_code == 0, result.output
    assert "own gold set: 3 articles" in result.output
    table = result.output.splitlines()
    assert table[1].split() == ["all", "quoted", "unquoted"]
    content_soft = next(line for line in table if line.startswith("content.soft")).split()
    assert content_soft[1:] == ["1.000"] * 9
    assert "articles/s" in table[-1]
    lines = [json.loads(line) for line in preds.read_text(encoding="utf-8").splitlines()]
    assert [p["id"] for p in lines] == list(GOLD)[:3]
    scores = json.loads(report.read_text(encoding="utf-8"))
    assert scores["all"]["content.exact"]["f1"] == 1.0 and scores["articles"] == 3
    assert scores["quoted"]["filter"] == "quoted"


def test_filter_shows_one_view(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(d) + "\n" for d in list(GOLD.values())[:2]), encoding="utf-8")
    result = CliRunner().invoke(eval_group, ["attribution", str(gold), "--filter", "unquoted"])
    assert result.exit_code == 0, result.output
    header = [line for line in result.output.splitlines() if line.strip().startswith(("all", "unquoted"))]
    assert header[0].split() == ["unquoted"]


def test_failed_articles_make_the_command_fail(tmp_path):
    gold = tmp_path / "gold.jsonl"
    docs = [{"id": "ok", **{k: v for k, v in next(iter(GOLD.values())).items() if k != "id"}},
            {"id": "bad", "text": "FAIL here.", "attributions": []}]
    gold.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    result = CliRunner().invoke(eval_group, ["attribution", str(gold)])
    assert result.exit_code == 1
    assert "failed: bad: RuntimeError: cannot parse" in result.output
    assert "1 of 2 articles failed" in result.output


def test_unreadable_gold_is_a_clean_error(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("not json\n", encoding="utf-8")
    result = CliRunner().invoke(eval_group, ["attribution", str(gold)])
    assert result.exit_code == 1 and "not an article record" in result.output


def test_the_held_out_set_on_request():
    result = CliRunner().invoke(eval_group, ["attribution", "--set", "heldout", "--limit", "2"])
    assert result.exit_code == 0, result.output
    assert "own held-out set: 2 articles" in result.output


def test_an_empty_gold_file_is_an_error_not_a_table_of_zeros(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    result = CliRunner().invoke(eval_group, ["attribution", str(empty)])
    assert result.exit_code == 1 and "[E600]" in result.output and "no articles to score" in result.output
    both = CliRunner().invoke(eval_group, ["attribution", str(empty), "--set", "heldout"])
    assert both.exit_code == 2 and "without GOLD" in both.output



@pytest.mark.parametrize("command", ["attribution", "times"])
@pytest.mark.parametrize("option", ["--predictions", "--json"])
@pytest.mark.parametrize(("where", "message"), [
    (lambda tmp: tmp / "nonexistent" / "dir" / "p.jsonl", "there is no folder"),
    (lambda tmp: tmp / "a-file" / "p.jsonl", "there is no folder"),
    (lambda tmp: tmp, "is a directory"),
], ids=["missing-folder", "file-as-folder", "a-directory"])
def test_an_output_that_cannot_be_written_is_refused_before_any_article_is_analysed(
        tmp_path, monkeypatch, command, option, where, message):
    import newsgraph.cli.eval_cmd

    def never(*args, **kwargs):
        raise AssertionError("analysed before the output path was checked")

    monkeypatch.setattr(newsgraph.cli.eval_cmd, "evaluate", never)
    monkeypatch.setattr(newsgraph.cli.eval_cmd, "evaluate_times", never)
    (tmp_path / "a-file").write_text("")
    result = CliRunner().invoke(eval_group, [command, option, str(where(tmp_path))])
    assert result.exit_code == 2 and f"Invalid value for '{option}'" in result.output
    assert message in result.output and "[E000]" not in result.output and result.exception.__class__ is SystemExit


def test_an_output_folder_gone_during_the_run_is_a_clean_error(tmp_path, monkeypatch):
    import newsgraph.cli.eval_cmd

    folder = tmp_path / "out"
    folder.mkdir()
    evaluate = newsgraph.cli.eval_cmd.evaluate

    def then_remove_the_folder(*args, **kwargs):
        run = evaluate(*args, **kwargs)
        folder.rmdir()
        return run

    monkeypatch.setattr(newsgraph.cli.eval_cmd, "evaluate", then_remove_the_folder)
    result = CliRunner().invoke(eval_group, ["attribution", "--limit", "1", "--predictions", str(folder / "p.jsonl")])
    assert result.exit_code == 1 and f"cannot write {folder / 'p.jsonl'}: No such file or directory" in result.output
    assert "[E000]" not in result.output and "Traceback" not in result.output
