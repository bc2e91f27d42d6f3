# `make demo` and `make test` work on a fresh clone: they create .venv when missing.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/accord demo --db accord-demo.duckdb

test: install
	$(BIN)/python -m pytest

eval: install
	$(BIN)/accord eval
	$(BIN)/accord eval eval/events/gold.jsonl
	$(BIN)/accord eval-actors
	$(BIN)/accord eval-quotes

bench: install
	$(BIN)/python bench/bench_coding.py

lint: install
	$(BIN)/ruff check src tests scripts bench
	$(BIN)/ruff format --check src tests scripts bench

clean:
	rm -rf $(VENV) accord-demo.duckdb build *.egg-info src/*.egg-info
