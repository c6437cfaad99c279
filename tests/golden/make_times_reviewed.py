"""Build newsgraph's time-expression gold set from the review rounds' articles.

For rounds 13 to 18 an annotator who had not seen newsgraph's code listed every time expression of each
page (``tests/golden/reviewed/ROUND/NN.times.json``; conventions in ``reviewed/TIMES.md``): its text
and which occurrence of that text in the page it is, and the value, granularity and relation a careful
reader gives it against the publication date. This script turns each into character offsets and writes
the JSONL ``newsgraph eval times`` reads: one page a line, ``{"id", "text", "meta", "times": [{"start",
"end", "text", "value", "granularity", "relation"}]}``, with the ids of the reviewed attribution set.

    python tests/golden/make_times_reviewed.py          # rewrite src/newsgraph/eval/data/times-reviewed.jsonl
    python tests/golden/make_times_reviewed.py --check  # validate; exit 1 if the file is stale or wrong
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_attribution_gold import build_checked  # noqa: E402
from make_attribution_reviewed import reviewed_pages  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "src" / "newsgraph" / "eval" / "data" / "times-reviewed.jsonl"
GRANULARITIES = {"day": r"\d{4}-\d\d-\d\d", "time": r"\d{4}-\d\d-\d\d", "week": r"\d{4}-W\d\d",
                 "month": r"\d{4}-\d\d", "season": r"\d{4}-(SP|SU|FA|WI)", "year": r"\d{4}", "vague": None}


def _nth(text: str, phrase: str, occurrence: int) -> int:
    """Where the ``occurrence``-th (1-based) appearance of ``phrase`` starts, counting every one."""
    at = -1
    for _ in range(occurrence):
        at = text.find(phrase, at + 1)
        if at < 0:
            raise ValueError(f"occurrence {occurrence} of {phrase!r} is not in the text")
    return at


def build() -> str:
    lines = []
    for page_id, txt, text in reviewed_pages():
        gold_file = txt.with_suffix(".times.json")
        if not gold_file.exists():
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        times = []
        for item in gold["times"]:
            start = _nth(text, item["text"], item["occurrence"])
            times.append({"start": start, "end": start + len(item["text"]), "text": item["text"],
                          **{k: item[k] for k in ("value", "granularity", "relation")}})
        doc = {"id": page_id, "text": text, "times": times,
               "meta": {"title": text.split("\n", 1)[0], "publication_date": gold["published"], "scraped": True}}
        lines.append(json.dumps(doc, ensure_ascii=False) + "\n")
    return "".join(lines)


def validate(built: str) -> list[str]:
    problems = []
    for line in built.splitlines():
        doc = json.loads(line)
        previous_end = 0
        for t in doc["times"]:
            where = f"{doc['id']}: {t['text']!r}"
            pattern = GRANULARITIES.get(t["granularity"], "?")
            if pattern == "?" or (pattern is None) != (t["value"] is None) or (
                    pattern and not re.fullmatch(pattern, t["value"])):
                problems.append(f"{where}: value {t['value']!r} does not fit granularity {t['granularity']!r}")
            if t["relation"] not in ("past", "present", "future"):
                problems.append(f"{where}: relation {t['relation']!r}")
            if t["start"] < previous_end:
                problems.append(f"{where}: out of order or overlapping the expression before")
            previous_end = t["end"]
    return problems


def main() -> int:
    return build_checked(OUT, build, validate, Path(__file__).name)


if __name__ == "__main__":
    sys.exit(main())
