# Two commands for a fresh machine: `make book` builds the site, `make test` runs every test.
# Both set up .venv from the pinned requirements first.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.ready
CHROMIUM ?= /usr/bin/chromium
ROOT_USER := $(shell [ "$$(id -u)" = 0 ] && echo yes)
SUDO := $(if $(ROOT_USER),,sudo)
LINTED := src tests benchmarks notebooks

.PHONY: book test lab bench clean chromium

book: $(READY)
	$(BIN)/claimbook build

test: $(READY) chromium
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/claimbook validate data
	$(BIN)/python -m pytest
	$(BIN)/python -m pytest --nbval --nbval-current-env -p no:cacheprovider book/

lab: $(READY)
	$(BIN)/jupyter lab notebooks $(if $(ROOT_USER),--allow-root)

bench: $(READY)
	$(BIN)/python benchmarks/run.py

$(READY): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(READY)

chromium:
	@[ -x $(CHROMIUM) ] || { $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; }

clean:
	rm -rf _build .cache .pytest_cache .ruff_cache test-artifacts variants
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +
