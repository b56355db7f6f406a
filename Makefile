# Two commands from a fresh clone: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: demo test bench schemas clean

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

# The bench extra brings JioNLP for the time-extraction comparison; without it the row says so.
bench: $(VENV)/.installed
	-$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/adversarial.py

schemas: $(VENV)/.installed
	$(BIN)/actions schema --write schemas

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .hypothesis
