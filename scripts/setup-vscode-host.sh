#!/bin/sh
# Installs the real-editor test hosts from the npm registry (nothing else is downloaded):
# Node 24 (code-server needs it; the registry package ships the binary and the headers) and
# code-server, each in its own folder under test/vscode-host/ so that neither lands in the
# project's node_modules/.bin. Debian packages needed first: chromium libkrb5-dev build-essential
# python3 pkg-config (and neovim for the Neovim tests).
set -eu
# Run from `npm run`, this script inherits the outer npm's settings (its user agent names Node 20,
# which code-server's postinstall rejects): the inner installs must see their own npm only.
unset npm_config_user_agent npm_node_execpath npm_execpath npm_lifecycle_event npm_lifecycle_script NODE || true
HOST="$(cd "$(dirname "$0")/../test/vscode-host" && pwd)"
NODE_PKG="$HOST/node/node_modules/node"
ARCH="$(uname -m | sed 's/x86_64/x64/;s/aarch64/arm64/')"
if [ ! -x "$NODE_PKG/bin/node" ]; then
  npm ci --prefix "$HOST/node" --no-audit --no-fund
fi
if [ ! -f "$HOST/code-server/node_modules/code-server/out/node/entry.js" ] ||
   [ ! -d "$HOST/code-server/node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build" ]; then
  # code-server's postinstall checks that npm runs under Node 24; node-gyp builds its native
  # modules against the headers of that same package instead of downloading them.
  PATH="$NODE_PKG/bin:$PATH" npm_config_nodedir="$NODE_PKG/node_modules/node-linux-$ARCH" \
    npm ci --prefix "$HOST/code-server" --no-audit --no-fund
fi
echo "vscode host ready: node $("$NODE_PKG/bin/node" --version), code-server $("$NODE_PKG/bin/node" -p "require('$HOST/code-server/node_modules/code-server/package.json').version")"
