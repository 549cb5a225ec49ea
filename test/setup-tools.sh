#!/usr/bin/env bash
# Installs the programs the tests drive besides Node: Neovim and jq (the independent LSP client).
set -euo pipefail
missing=()
command -v nvim >/dev/null || missing+=(neovim)
command -v jq >/dev/null || missing+=(jq)
command -v unzip >/dev/null || missing+=(unzip)
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "installing ${missing[*]} with apt-get"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
