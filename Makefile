# Two commands from a fresh clone: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: demo test eval floor bench schemas clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/actions outline fixtures/speeches/speech-1.txt
	$(BIN)/actions extract fixtures/speeches/speech-5.txt

test: $(VENV)/.installed
	$(BIN)/python -m pytest

# The development corpus is third-party text beside the repository (SHARED=../shared), never in it.
SHARED  ?= $(or $(ACTIONS_SHARED),../shared)
DEV_GOLD = $(SHARED)/corpus/dev/gold

# Both corpora's totals side by side; `make eval DOCS=1` adds the per-document tables.
eval: $(VENV)/.installed
	@if [ -d "$(DEV_GOLD)" ]; then \
		$(BIN)/actions eval fixtures/gold "$(DEV_GOLD)" $(if $(DOCS),--docs); \
	else \
		echo "dev corpus: $(DEV_GOLD) is absent (../shared not beside the repository; SHARED=DIR names it): skipped"; \
		$(BIN)/actions eval fixtures/gold; \
	fi

# Re-record the quality floors from the current figures (commit them with the change that earned them).
floor: $(VENV)/.installed
	$(BIN)/python scripts/record_floor.py --corpus fixtures
	@if [ -d "$(DEV_GOLD)" ]; then \
		ACTIONS_SHARED="$(SHARED)" $(BIN)/python scripts/record_floor.py --corpus dev; \
	else \
		echo "dev corpus: $(DEV_GOLD) is absent: dev floor not recorded"; \
	fi

# The bench extra brings JioNLP for the time-extraction comparison; without it the row says so.
bench: $(VENV)/.installed
	-$(BIN)/python -m pip install --quiet -e '.[bench,dask]'
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/adversarial.py

schemas: $(VENV)/.installed
	$(BIN)/actions schema --write schemas

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .hypothesis
