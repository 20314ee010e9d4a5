# The two commands of the README: `make run` and `make test`.
SHELL := /bin/bash
JOBS ?= $(shell nproc)
RELEASE := build/release
ASAN := build/asan
DB ?= var/xinjian.db
LISTEN ?= 127.0.0.1:8080

WEB_SOURCES := $(shell find web/src web/public -type f 2>/dev/null) web/index.html web/package.json \
  web/package-lock.json web/vite.config.js

.PHONY: run test deps test-deps release asan web clean

deps:
	@scripts/install-deps

test-deps:
	@scripts/install-deps --test

release: deps
	@cmake -S . -B $(RELEASE) -G Ninja -DCMAKE_BUILD_TYPE=Release -DXJ_TESTS=OFF >/dev/null
	@cmake --build $(RELEASE) -j $(JOBS) --target xinjian

# The browser UI (web/dist), rebuilt when its sources change.
web: deps web/dist/index.html
web/dist/index.html: $(WEB_SOURCES)
	@cd web && npm ci --no-audit --no-fund --loglevel=error && npm run build --silent

# Sets up (dependencies, build, demo database on first run) and serves at http://$(LISTEN).
# Without the web UI (no npm registry, say) it still serves the API.
run: release
	@$(MAKE) --no-print-directory web || echo "网页界面未构建 (web UI not built): serving the API only"
	@mkdir -p var
	@if [ ! -f $(DB) ]; then \
	  echo "Creating $(DB) with the demo data set…"; rm -f $(DB).part*; \
	  $(RELEASE)/xinjian demo --db sqlite:$(DB).part >/dev/null && mv $(DB).part $(DB); fi
	@$(RELEASE)/xinjian demo --logins
	@$(RELEASE)/xinjian serve --db sqlite:$(DB) --listen $(LISTEN)

asan: test-deps
	@cmake -S . -B $(ASAN) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DXJ_SANITIZE=ON >/dev/null
	@cmake --build $(ASAN) -j $(JOBS)

# Builds the sanitizer build and runs every test (unit; integration on SQLite and PostgreSQL).
test: asan web
	@cd $(ASAN) && ctest --output-on-failure -j $(JOBS)

clean:
	rm -rf build web/dist web/node_modules
