#!/usr/bin/env bash
# TextMate grammar tests: the injection grammar (from package.json) over a small stand-in Markdown grammar.
set -euo pipefail
cd "$(dirname "$0")/../.."
npx vscode-tmgrammar-test -g test/grammar/markdown-base.tmLanguage.json 'test/grammar/*.test.md'
