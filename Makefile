# BackTrack: the two commands are `make run` and `make test`; both install what is missing first
# (scripts/setup.sh), so they work on a fresh Debian 12 clone. CI runs `make test` (.ci/run).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
# Steps of `test` depend on each other (the UI must be built before cargo compiles): keep order.
.NOTPARALLEL:

APP := target/debug/backtrack
XVFB := xvfb-run -a -s "-screen 0 1280x800x24"
# A committed Cargo.lock is the truth: CI must not resolve new versions.
LOCKED := $(if $(shell git ls-files Cargo.lock 2>/dev/null),--locked,)

ifdef CI
export CARGO_TERM_COLOR := never
export NO_COLOR := 1
endif

.PHONY: help run test bench lint clean distclean setup-build setup-test ui app \
        test-rust test-ui test-e2e test-python seed

help:
	@echo "make run     install what is missing, build, and open BackTrack"
	@echo "make test    install what is missing, then every test: Rust, UI, end-to-end (Xvfb), Python"
	@echo "make bench   criterion benchmarks, app launch/IPC timings, release binary size"
	@echo "make lint    rustfmt, the module-cycle check, and clippy (warnings are errors) over every Rust target"
	@echo "make clean   remove build outputs (distclean also removes node_modules and .venv)"

setup-build:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

# tauri's generate_context! embeds ui/dist at compile time, so every cargo build/test needs it first.
ui:
	npm run build:ui

app: ui
	cargo build $(LOCKED)

# The seed example writes years of synthetic diary for the History e2e test and benchmark. Built
# by a command of its own: built with the app, its dev-dependency features would leak into the app.
seed: ui
	cargo build $(LOCKED) --example seed

run: setup-build app
	@if [[ -n "$${DISPLAY:-}" || -n "$${WAYLAND_DISPLAY:-}" ]]; then \
	  exec $(APP); \
	else \
	  echo "No display found: running BackTrack under Xvfb (virtual display)"; \
	  exec $(XVFB) dbus-run-session -- $(APP); \
	fi

test: setup-test ui test-rust test-ui app test-e2e test-python
	@echo "make test: all tests passed"

# cargo test also rewrites the ts-rs bindings in ui/src/lib/bindings; in CI a difference from
# the committed files means a Rust IPC type changed without its TypeScript twin.
test-rust: ui
	cargo test --all-targets $(LOCKED)
	@if [[ -n "$${CI:-}" ]] && ! git diff --quiet -- ui/src/lib/bindings; then \
	  echo "The TypeScript bindings are stale: run cargo test and commit ui/src/lib/bindings." >&2; \
	  git diff --stat -- ui/src/lib/bindings >&2; exit 1; \
	fi

test-ui:
	npm run check:ui
	node scripts/check_ui_strings.mjs
	npm run test:ui

# A display (Xvfb) and a private session bus for the app driven through tauri-driver/WebDriver.
test-e2e: app seed
	$(XVFB) dbus-run-session -- npm run test:e2e

# Hook for Python test peers (python-dbusmock, fhir.resources): runs only when tests/python exists.
# pytest's exit 5 means it collected no tests; that is not a failure here.
test-python:
	@if [[ -d tests/python ]]; then \
	  echo '$(XVFB) dbus-run-session -- .venv/bin/python -m pytest -q -p no:cacheprovider tests/python'; \
	  rc=0; $(XVFB) dbus-run-session -- .venv/bin/python -m pytest -q -p no:cacheprovider tests/python || rc=$$?; \
	  if [[ $$rc == 5 ]]; then echo "test-python: no Python tests collected"; elif [[ $$rc != 0 ]]; then exit $$rc; fi; \
	fi

bench: setup-test app seed
	cargo bench $(LOCKED)
	@for script in scripts/bench-*.mjs; do \
	  [[ -e "$$script" ]] || continue; \
	  echo "== $$script"; $(XVFB) dbus-run-session -- node "$$script"; \
	done
	@for script in scripts/bench-*.sh; do \
	  [[ -e "$$script" ]] || continue; \
	  echo "== $$script"; bash "$$script"; \
	done

# Not part of `test`: a newer toolchain can bring new lints, and that must not fail a build.
lint: ui
	cargo fmt --check
	python3 scripts/check_module_cycles.py src-tauri
	cargo clippy --all-targets $(LOCKED) -- -D warnings

clean:
	cargo clean
	rm -rf ui/dist gen tests/e2e/artifacts

distclean: clean
	rm -rf node_modules .venv
