# Two commands for a fresh clone (see README): `make demo` and `make test`.
# Both create .venv/ and install lurewatch into it first (once; again when pyproject changes).

PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: setup demo test test-fast lint browser-deps bench clean-demo

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# torch first and pinned: an unpinned torch would pull a multi-GB CUDA build.
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(BIN)/lurewatch demo

# The browser tests drive Debian's Chromium; install it (and fonts for non-Latin
# scripts) when it is missing and we are allowed to.
browser-deps:
	@if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "noto sans thai"; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      chromium fonts-noto-core fonts-wqy-microhei >/dev/null; \
	  else echo "browser tests need: sudo apt-get install chromium fonts-noto-core fonts-wqy-microhei"; fi; \
	fi

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: setup browser-deps lint
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-fast: setup
	$(BIN)/python -m pytest -m "not slow" $(PYTEST_ARGS)

bench: setup
	$(BIN)/python bench/storage.py
	$(BIN)/python bench/crawl.py
	$(BIN)/python bench/score.py
	$(BIN)/python bench/review.py

clean-demo:
	rm -rf data/demo
