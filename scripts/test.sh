#!/usr/bin/env bash
# Everything CI checks for the workspace and the desktop app, in the order that fails fastest.
# The UI is built first: tauri's generate_context! embeds ui/dist at compile time.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
step() { printf '\n== %s (%ss)\n' "$1" "$(($(date +%s) - start))"; }

step setup
scripts/setup.sh
step "ui build"
(cd ui && npm run build)
step "cargo build -p policywright-app"
cargo build -p policywright-app
step "cargo fmt --check"
cargo fmt --all --check
step "cargo clippy"
cargo clippy --workspace --all-targets -- -D warnings
step "cargo test --workspace (includes the end-to-end tests)"
cargo test --workspace
step "ui unit tests"
(cd ui && npm test)
step "done"
