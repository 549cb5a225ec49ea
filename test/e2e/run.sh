#!/usr/bin/env bash
# Runs the extension's integration tests inside a real VS Code (code-server) with ../shared/vscode-e2e.
set -euo pipefail
cd "$(dirname "$0")/../.."
E2E="${VSCODE_E2E_DIR:-$(cd .. && pwd)/shared/vscode-e2e}"
[ -f "$E2E/run.mjs" ] || { echo "vscode-e2e not found at $E2E (set VSCODE_E2E_DIR)" >&2; exit 1; }
bash "$E2E/install.sh"
node esbuild.mjs --e2e
ws=$(mktemp -d)
trap 'rm -rf "$ws"' EXIT
cp -r test/e2e/workspace/. "$ws/"
node "$E2E/run.mjs" --extension "$PWD" --tests "$PWD/out/e2e/index.js" --workspace "$ws" --settings test/e2e/settings.json --timeout-s 600
