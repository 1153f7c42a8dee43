# The two commands of the README: `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test lint bench soak clean

$(BIN)/cronica: pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

install: $(BIN)/cronica

## run: set up, load demo data into an empty database, serve on http://$(HOST):$(PORT) (logs for people)
run: install
	$(BIN)/cronica demo --if-empty
	@echo "GraphiQL: http://$(HOST):$(PORT)/graphql   API docs: http://$(HOST):$(PORT)/docs"
	CRONICA_LOG_FORMAT=$${CRONICA_LOG_FORMAT:-console} $(BIN)/cronica serve --host $(HOST) --port $(PORT)

## test: set up and run the whole suite (PostgreSQL/NATS tests skip when those are down)
test: install
	$(BIN)/python -m pytest -q -p no:cacheprovider

# mypy cannot follow the package-dir mapping of an editable install: give it a `cronica` tree of links.
TYPECHECK := build/typecheck
## lint: ruff check, ruff format --check, mypy (with the strawberry plugin); .ci/run runs it first
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	mkdir -p $(TYPECHECK)/cronica
	for folder in domain commands projections graphql bus ops; do \
		ln -sfn ../../../$$folder $(TYPECHECK)/cronica/$$folder; done
	cd $(TYPECHECK) && ../../$(BIN)/mypy --config-file ../../pyproject.toml -p cronica

bench: install
	$(BIN)/python -m cronica.ops.benchmarks $(if $(BASELINE_REV),--baseline-rev $(BASELINE_REV)) $(BENCH_ARGS)

SOAK_SECONDS ?= 300
## soak: load and faults on loopback for SOAK_SECONDS (PostgreSQL at CRONICA_DATABASE_URL, nats-server)
soak: install
	$(BIN)/python -m cronica.ops.soak --seconds $(SOAK_SECONDS)

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
