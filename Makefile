# The two commands of the README: `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test lint bench soak clean web web-schema

$(BIN)/cronica: pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

install: $(BIN)/cronica

## run: set up, build the web app (when Node.js is here), load demo data into an empty database,
## serve on http://$(HOST):$(PORT) (logs for people)
# Links the product makes (the demo's sign-in line, calendar feeds) name the address it is served at.
run: export CRONICA_PUBLIC_BASE_URL ?= http://$(HOST):$(PORT)
run: install web
	$(BIN)/cronica demo --if-empty
	@echo "Web app: http://$(HOST):$(PORT)/   GraphiQL: http://$(HOST):$(PORT)/graphql   API docs: http://$(HOST):$(PORT)/docs"
	CRONICA_LOG_FORMAT=$${CRONICA_LOG_FORMAT:-console} $(BIN)/cronica serve --host $(HOST) --port $(PORT)

## test: set up and run the whole suite (PostgreSQL/NATS tests skip when those are down)
test: install web
	$(BIN)/python -m pytest -q -p no:cacheprovider

WEB_SOURCES := $(shell find web/src -type f -not -path 'web/src/gql/*' 2>/dev/null) web/index.html \
	web/schema.graphql web/package-lock.json web/vite.config.ts web/codegen.ts web/tsconfig.json
## web: build the web app into web/dist (skipped, saying why, without Node.js)
web:
	@if command -v npm >/dev/null 2>&1; then $(MAKE) --no-print-directory web/dist/index.html; \
	else echo "web: Node.js/npm not found; the APIs are served, the app at / is not (install nodejs npm)"; fi

web/node_modules/.package-lock.json: web/package-lock.json
	cd web && npm ci --no-audit --no-fund

web/dist/index.html: web/node_modules/.package-lock.json $(WEB_SOURCES)
	cd web && npm run build

## web-schema: write the GraphQL schema the web app's operations are typed from
web-schema: install
	$(BIN)/python -c "from cronica.graphql.schema import schema; print(schema.as_str())" > web/schema.graphql

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
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache web/node_modules web/dist
