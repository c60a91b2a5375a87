# retold: every target sets itself up from a fresh clone (creates .venv, installs the lock).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BENCH_STAMP := $(VENV)/.bench-installed
SHARED ?= ../shared
DEMO_DB ?= demo.db

.PHONY: setup demo test lint eval bench reliability clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/retold analyze examples/corpus --db $(DEMO_DB) --quiet
	$(BIN)/retold stories --db $(DEMO_DB)
	@echo
	@echo "Where to look next:"
	@echo "  $(BIN)/retold show STORY --db $(DEMO_DB)     a story side by side: summary, each statement's wordings with diffs, framing, sources, findings"
	@echo "  $(BIN)/retold coverage STORY --db $(DEMO_DB) each article's sentences, shared with which outlets or only its own"
	@echo "  $(BIN)/retold timeline NAME --db $(DEMO_DB)  one person's statements across stories, in time order"
	@echo "  $(BIN)/retold articles --db $(DEMO_DB)        every article; retold show ID for one: clean body, sources of each field, quotes"
	@echo "  $(BIN)/retold quotes --db $(DEMO_DB)          who said what, and how faithfully each outlet quoted it"
	@echo "  $(BIN)/retold articles --db $(DEMO_DB) --outlet 'NAME'"
	@echo "  $(BIN)/retold export --db $(DEMO_DB) --format json --out demo.json"
	@echo "  examples/README.md                          what the example corpus holds"
	@echo
	@echo "Or read it in a browser: stories side by side, statements with their diffs, findings with evidence:"
	@echo "  $(BIN)/retold serve --db $(DEMO_DB)          then open http://127.0.0.1:8000/"

test: setup
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check src tests $(wildcard bench reliability examples/*.py)
	$(BIN)/ruff format --check src tests $(wildcard bench reliability examples/*.py)
	$(BIN)/mypy

eval: setup
	$(BIN)/python -m retold.eval.gate --shared $(SHARED)

# bench-only packages (the peer pipeline's textacy): installed here, never by `make test`
$(BENCH_STAMP): $(STAMP) bench/requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r bench/requirements.lock
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BIN)/python bench/report.py --shared $(SHARED) $(BENCH_ARGS)

# hostile input, crash safety (SIGKILL), concurrency (SQLite + PostgreSQL), load; writes
# reliability/RELIABILITY.md (not committed: it describes the machine it ran on; dated
# copies are kept in reliability/results/).  The issue's full sizes are the defaults; on a
# small machine pass fewer, e.g.
#   make reliability RELIABILITY_ARGS="--crash-articles 1000 --kills 20"
reliability: setup
	$(BIN)/python reliability/report.py $(RELIABILITY_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache $(DEMO_DB)*
