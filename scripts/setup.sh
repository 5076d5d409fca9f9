#!/usr/bin/env bash
# Installs what BackTrack needs to build and test, and only what is missing, so a second run is
# quick and changes nothing. Used by `make run` (build) and `make test` / `.ci/run` (test).
#
#   scripts/setup.sh build   Debian build libraries + node_modules
#   scripts/setup.sh test    the build part + Xvfb, WebDriver, D-Bus, poppler + the Python venv (.venv)
#
# Safe to run as root or as a user with sudo. Needs cargo, node/npm and python3 already on PATH.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

mode="${1:-test}"
case "$mode" in
  build | test) ;;
  *) echo "usage: scripts/setup.sh [build|test]" >&2; exit 2 ;;
esac

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

BUILD_PACKAGES=(libwebkit2gtk-4.1-dev build-essential curl wget file libxdo-dev libssl-dev
  libayatana-appindicator3-dev librsvg2-dev pkg-config)
# libdbus-1-dev and libglib2.0-dev are already pulled in by webkit; listed because the venv
# compiles dbus-python (for python-dbusmock) against them.
TEST_PACKAGES=(xvfb xauth webkit2gtk-driver dbus dbus-x11 x11-utils poppler-utils sqlite3
  libdbus-1-dev libglib2.0-dev)

# --- tools that must already be there -------------------------------------------------------
tools=(cargo npm node)
[[ "$mode" == test ]] && tools+=(python3)
for tool in "${tools[@]}"; do
  command -v "$tool" >/dev/null 2>&1 || die "'$tool' is not on PATH; install it first (see README.md)"
done

# --- Debian packages ------------------------------------------------------------------------
is_installed() { dpkg -s "$1" 2>/dev/null | grep '^Status: install ok installed' >/dev/null; }

wanted=("${BUILD_PACKAGES[@]}")
if [[ "$mode" == build && -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  wanted+=(xvfb xauth dbus) # `make run` falls back to a virtual display
fi
if [[ "$mode" == test ]]; then
  wanted+=("${TEST_PACKAGES[@]}")
  # A Debian python3 without python3-venv cannot make a venv; pyenv or python.org builds can.
  python3 -c 'import ensurepip, venv' 2>/dev/null || wanted+=(python3-venv)
fi

missing=()
for pkg in "${wanted[@]}"; do
  is_installed "$pkg" || missing+=("$pkg")
done

if ((${#missing[@]} == 0)); then
  say "apt: all ${#wanted[@]} Debian packages present"
else
  sudo=()
  if [[ "$(id -u)" != 0 ]]; then
    command -v sudo >/dev/null 2>&1 || die "not root and no sudo: install ${missing[*]} by hand"
    sudo=(sudo)
  fi
  say "apt: installing ${#missing[@]} missing package(s): ${missing[*]}"
  apt_opts=(-q -o DPkg::Lock::Timeout=300)
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" update >/dev/null
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" install -y \
    --no-install-recommends "${missing[@]}" >/dev/null
  for pkg in "${missing[@]}"; do
    is_installed "$pkg" || die "apt: $pkg did not install"
  done
  say "apt: done"
fi

# --- node_modules ---------------------------------------------------------------------------
# npm ci wipes node_modules, so it runs only when the lock file changed since the last install:
# node_modules missing, or package-lock.json newer than npm's own record of what it installed
# and different (by hash) from the lock file we last installed from.
lock_stamp=node_modules/.backtrack-setup.sha256
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
need_npm=no
if [[ ! -f node_modules/.package-lock.json ]]; then
  need_npm=yes
elif [[ package-lock.json -nt node_modules/.package-lock.json ]] &&
  [[ "$(cat "$lock_stamp" 2>/dev/null || true)" != "$lock_hash" ]]; then
  need_npm=yes
fi
if [[ "$need_npm" == yes ]]; then
  say "npm: installing node_modules (npm ci)"
  npm_log="$(mktemp)"
  if ! npm ci --no-audit --no-fund --loglevel=error 2>"$npm_log"; then
    # npm >= 11.16 rejects its own lock file when a package names an optional platform package
    # that was never published ("Missing: name@ from lock file", empty version), as
    # @crabnebula/tauri-driver does for macOS/Windows. `npm install` follows the same lock.
    if grep -q 'Missing: .*@ from lock file' "$npm_log" && ! grep -q 'Missing: .*@[0-9].* from lock file' "$npm_log"; then
      say "npm: npm ci rejected the lock over unpublished optional packages; using npm install"
      npm install --no-audit --no-fund --loglevel=error
      if [[ "$(sha256sum package-lock.json | cut -d' ' -f1)" != "$lock_hash" ]]; then
        say "npm: warning: npm install changed package-lock.json; commit it or fix package.json"
        lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
      fi
    else
      cat "$npm_log" >&2
      rm -f "$npm_log"
      die "npm ci failed"
    fi
  fi
  rm -f "$npm_log"
  echo "$lock_hash" >"$lock_stamp"
  say "npm: done"
else
  say "npm: node_modules up to date"
fi

# --- Python venv for the test peers ---------------------------------------------------------
if [[ "$mode" == test ]]; then
  requirements=tests/requirements.txt
  venv_stamp=.venv/.backtrack-setup.sha256
  # Keyed on the requirements and the interpreter, so a new pin or a new Python reinstalls.
  venv_key="$( (cat "$requirements"; python3 -VV) | sha256sum | cut -d' ' -f1)"
  if [[ -x .venv/bin/python ]] && .venv/bin/python -c '' 2>/dev/null &&
    [[ "$(cat "$venv_stamp" 2>/dev/null || true)" == "$venv_key" ]]; then
    say "python: .venv up to date"
  else
    say "python: installing $requirements into .venv"
    if ! { [[ -x .venv/bin/python ]] && .venv/bin/python -c '' 2>/dev/null; }; then
      rm -rf .venv
      python3 -m venv .venv
    fi
    .venv/bin/python -m pip install -q --disable-pip-version-check -r "$requirements"
    echo "$venv_key" >"$venv_stamp"
    say "python: done"
  fi
fi

say "ready ($mode)"
