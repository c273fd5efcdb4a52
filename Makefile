# Two entry points for a fresh clone: `make demo` (the whole pipeline offline) and `make test`.
# Each creates .venv and installs what it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test install install-test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'

demo: install
	$(BIN)/rapat demo

test: install-test
	$(BIN)/pytest -q

bench: install-test
	$(BIN)/python -m benchmarks

clean:
	rm -rf demo-data build dist *.egg-info
