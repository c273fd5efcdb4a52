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

# On demand, not in the tests: numbers go to benchmarks/RESULTS.md with the command and date.
bench: install-test
	$(BIN)/python benchmarks/bench_extract.py 2000
	$(BIN)/python benchmarks/bench_extract.py --real 2100
	$(BIN)/python -m benchmarks.robustness tests/data/gold/develop.jsonl
	$(BIN)/python benchmarks/bench_cluster.py 10000 30000 100000
	$(BIN)/python -m benchmarks.bench_crawl --sizes 10000 20000
	$(BIN)/python -m benchmarks.bench_release --articles 100000 --mib 256
	$(BIN)/python -m benchmarks.bench_site --articles 100000 --meetings 30000

clean:
	rm -rf demo-data build dist *.egg-info
