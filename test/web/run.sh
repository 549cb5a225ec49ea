#!/usr/bin/env bash
# Runs the extension's tests in the browser: code-server's web worker extension host in headless
# Chromium, from ../shared/vscode-e2e's installation (test/web/run.mjs).
set -euo pipefail
cd "$(dirname "$0")/../.."
E2E="${VSCODE_E2E_DIR:-$(cd .. && pwd)/shared/vscode-e2e}"
[ -f "$E2E/install.sh" ] || { echo "vscode-e2e not found at $E2E (set VSCODE_E2E_DIR)" >&2; exit 1; }
bash "$E2E/install.sh"
node esbuild.mjs --web-e2e
ws=$(mktemp -d)
trap 'rm -rf "$ws"' EXIT
# The desktop tests' documents, and what the browser tests add (a second job card in a subfolder, a roster check).
cp -r test/e2e/workspace/. "$ws/"
cp -r test/web/workspace/. "$ws/"
node test/web/run.mjs --workspace "$ws" --timeout-s 300
