#!/usr/bin/env bash
# Builds the installable Debian package of the desktop app with Tauri's bundler (tauri-cli 2),
# with the policywright command-line program in it: target/release/bundle/deb/*.deb.
# Installs what it needs first (scripts/setup.sh; tauri-cli takes about 18 minutes to install
# the first time).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
if ! cargo tauri --version 2>/dev/null | grep -q '^tauri-cli 2\.'; then
  cargo install tauri-cli --version '^2' --locked
fi

(cd ui && npm run build)
# The CLI first: the package takes it from target/release (bundle.linux.deb.files).
cargo build --release --locked -p policywright
cargo tauri build --bundles deb -- --locked

deb=$(ls -t target/release/bundle/deb/*.deb | head -n 1)
echo "package: $deb"
