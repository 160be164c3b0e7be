SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-print-directory

SIZE ?= 3000
DB ?= giamngheo
REDOCLY_VERSION := 2.77.0
MVNW := $(if $(wildcard backend/mvnw),./mvnw,mvn)

.PHONY: help run start stop status test test-backend test-frontend test-e2e e2e-up e2e-down \
        openapi lint-openapi demo-data db reset-db keycloak compose-check bench bench-whatif bench-benefits bench-import bench-import-kill bench-monitoring clean distclean

help: ## List targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

run: ## Start PostgreSQL, Keycloak, backend and SPA with demo data; follow the logs (Ctrl-C stops)
	scripts/stack.sh up run --attach

start: ## Same as run, but return to the shell (make stop to stop)
	scripts/stack.sh up run

stop: ## Stop everything the stack scripts started
	scripts/stack.sh down all

status: ## Show what is running
	scripts/stack.sh status

test: test-backend test-frontend test-e2e ## Every test; needs no Docker

test-backend: ## Backend unit, API and contract tests (real PostgreSQL)
	scripts/postgres.sh ensure
	cd backend && $(MVNW) -B verify

test-frontend: ## SPA unit tests (Vitest)
	scripts/frontend-deps.sh
	cd frontend && npm test

test-e2e: ## End-to-end tests in Chromium against the e2e stack (:8081, :5174, real Keycloak)
	scripts/test-e2e.sh

e2e-up: ## Start the e2e stack and leave it running (for writing e2e tests)
	scripts/stack.sh up e2e

e2e-down: ## Stop the e2e stack
	scripts/stack.sh down e2e

openapi: ## Regenerate openapi.yaml from the backend
	cd backend && $(MVNW) -B -q -DskipTests package
	cp backend/target/openapi/openapi.yaml openapi.yaml

lint-openapi: ## Lint openapi.yaml with Redocly
	npx --yes @redocly/cli@$(REDOCLY_VERSION) lint openapi.yaml

demo-data: ## Load demo households: make demo-data SIZE=3000 DB=giamngheo
	scripts/demo-data.sh $(SIZE) $(DB)

db: ## Create or check the PostgreSQL role and databases
	scripts/postgres.sh ensure

reset-db: ## Recreate the make run database (giamngheo) empty; stop the backend first
	scripts/postgres.sh reset giamngheo

keycloak: ## Start Keycloak alone (realm giamngheo on :8180)
	scripts/keycloak.sh ensure

compose-check: ## Validate docker-compose.yml (no engine needed)
	docker-compose -f docker-compose.yml config -q

bench: ## Run the household API benchmark (bench/run.sh)
	bench/run.sh

bench-whatif: ## What-if re-classification of 1M households through the API vs a plain SQL scan (bench/whatif.sh)
	bench/whatif.sh

bench-benefits: ## Entitlement recompute of ~1M persons through the API, first run and re-run, vs plain SQL (bench/benefits.sh)
	bench/benefits.sh

bench-import: ## Import of 1M households (NDJSON) through the API vs COPY of the same rows (bench/import.sh)
	bench/import.sh

bench-import-kill: ## Kill -9 the backend during an import of the benchmark file, restart, check the rows (bench/import-kill.sh)
	bench/import-kill.sh

bench-monitoring: ## Monitoring dashboard endpoints at 1M households, p50/p99 next to a trivial endpoint (bench/monitoring.sh)
	bench/monitoring.sh

clean: ## Remove build output and logs (keeps the Keycloak download)
	rm -rf backend/target frontend/dist
	rm -f .run/*.log

distclean: stop clean ## Also remove the Keycloak distribution and stack state
	rm -rf .cache .run
