#!/usr/bin/env bash
# Installs what building and testing the desktop app and the PDF needs, and nothing that is already there:
# Debian packages (WebKitGTK and friends, Xvfb, WebKitWebDriver, xdotool for real key presses,
# poppler-utils, qpdf, Python,
# Chromium for the axe-core check of the HTML outputs),
# the PDF/UA and PDF/A validator page-validation (PyPI), the UI's npm packages and
# tauri-driver. Safe to run again; fast when everything is present.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  libwebkit2gtk-4.1-dev libgtk-3-dev libsoup-3.0-dev libjavascriptcoregtk-4.1-dev librsvg2-dev
  build-essential pkg-config libssl-dev file xvfb xauth webkit2gtk-driver imagemagick
  poppler-utils qpdf python3 python3-pip chromium xdotool
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# page-validation: the PDF/UA-1 and PDF/A-2a checker tests/pdf.rs runs on every PDF (with CI=true a
# missing validator fails the tests). Installed for the python3 the tests find on PATH.
page_validation=0.11.0
if ! python3 -c "import importlib.metadata as m, sys; sys.exit(m.version('page-validation') != '$page_validation')" 2>/dev/null; then
  echo "setup: installing page-validation $page_validation"
  pip_flags=(--quiet --disable-pip-version-check --no-input)
  # Debian's own python3 refuses installs outside a virtual environment (PEP 668) unless told.
  if python3 -c 'import os, sys, sysconfig; sys.exit(not os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")))'; then
    pip_flags+=(--break-system-packages)
  fi
  python3 -m pip install "${pip_flags[@]}" "page-validation==$page_validation"
fi

# npm ci only when the lock file changed since the last install (it deletes node_modules first).
if [[ ! -f ui/node_modules/.package-lock.json ]] || [[ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]]; then
  (cd ui && npm ci --no-audit --no-fund)
fi

# tauri-driver 2.x (the newest releases are 3.0 alphas); cargo install --locked takes about a minute.
if ! command -v tauri-driver >/dev/null 2>&1 && [[ ! -x "${CARGO_HOME:-$HOME/.cargo}/bin/tauri-driver" ]]; then
  cargo install tauri-driver --version '^2' --locked
fi
