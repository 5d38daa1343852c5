# Newsloom: `make run` to run it, `make test` to test it.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install run test demo bench bench-extraction bench-stories bench-enrich serve clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/newsloom init
	$(BIN)/newsloom run

test: install
	$(BIN)/python -m pytest -q

demo: install
	$(BIN)/newsloom demo

serve: install
	$(BIN)/newsloom serve

bench: install
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) .pytest_cache test-artifacts

bench-extraction: install
	$(BIN)/python bench/extraction.py

bench-stories: install
	$(BIN)/python -m pip install -q -e ".[test,bench]"
	$(BIN)/python bench/stories.py

bench-enrich: install
	$(BIN)/python bench/enrich.py
