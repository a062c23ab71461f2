#!/usr/bin/env bash
# Builds the UI and starts the desktop app (debug build).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
(cd ui && npm run build)
exec cargo run -p policywright-app -- "$@"
