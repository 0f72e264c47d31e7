#!/usr/bin/env bash
# README's first command (`npm ci && npm start`): installs n8n into .n8n-local/ (first run only),
# builds this package and installs it into that n8n as the community-node screen does, starts a
# fake HighLevel with demo data, imports a demo credential and workflow that use it, and starts
# n8n on http://127.0.0.1:5678 with SQLite. Later runs redo only what changed.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
# shellcheck source=common.sh
source "$ROOT/scripts/n8n/common.sh"
FAIL_PREFIX="npm start failed"
LOCAL="$ROOT/.n8n-local"
USER_FOLDER="$LOCAL/user"
NODES_FOLDER="$USER_FOLDER/.n8n/nodes"
STATE="$LOCAL/start"
export N8N_PORT="${N8N_PORT:-5678}" N8N_RUNNERS_BROKER_PORT="${N8N_RUNNERS_BROKER_PORT:-5679}"
FAKE_PORT="${FAKE_HIGHLEVEL_PORT:-5680}"
DEMO_WORKFLOW="HighLevel demo: upsert a contact and list contacts"
DEMO_CREDENTIAL="HighLevel demo (local fake, not HighLevel)"
mkdir -p "$STATE"

step() { echo "== $1"; }

# `changed NAME PATH...`: whether any of the files under PATH... changed since `done_ NAME`.
changed() {
	local name="$1"
	shift
	[ -f "$STATE/$name" ] || return 0
	[ -n "$(find "$@" -newer "$STATE/$name" -print -quit 2> /dev/null)" ]
}
done_() { touch "$STATE/$1"; }

step "Checking ports $N8N_PORT (n8n), $N8N_RUNNERS_BROKER_PORT (n8n's task broker) and $FAKE_PORT (fake HighLevel)"
for entry in "N8N_PORT:$N8N_PORT" "N8N_RUNNERS_BROKER_PORT:$N8N_RUNNERS_BROKER_PORT" "FAKE_HIGHLEVEL_PORT:$FAKE_PORT"; do
	port_in_use "${entry#*:}" && fail "port ${entry#*:} on 127.0.0.1 is in use (an n8n still running?)" \
		"Stop what uses it, or choose another port: ${entry%%:*}=<free port> npm start"
done

step "n8n"
FAIL_PREFIX="npm start failed: installing n8n failed" bash "$ROOT/scripts/n8n/install.sh" || exit 1
clean_npm_env
export PATH="$LOCAL/bin:$PATH"

SOURCES=(nodes credentials package.json package-lock.json tsconfig.json gulpfile.js index.js openapi scripts/generate-operations.js)
if changed package "${SOURCES[@]}" || [ ! -d "$NODES_FOLDER/node_modules/n8n-nodes-highlevel" ]; then
	step "Building n8n-nodes-highlevel and installing it into n8n's nodes folder"
	[ -d node_modules ] || npm ci || fail "npm ci failed (npm's message is above)" "Check your connection to the npm registry and run npm ci && npm start again"
	npm run build || fail "building the package failed (the errors are above)" "Fix them, or restore a clean checkout (git stash), then run npm start again"
	rm -f "$LOCAL"/n8n-nodes-highlevel-*.tgz
	TARBALL="$LOCAL/$(npm pack --silent --pack-destination "$LOCAL" | tail -n 1)"
	# As n8n's Settings > Community Nodes does: a package in the user folder's .n8n/nodes.
	mkdir -p "$NODES_FOLDER"
	[ -f "$NODES_FOLDER/package.json" ] || echo '{"name":"installed-nodes","private":true}' > "$NODES_FOLDER/package.json"
	(cd "$NODES_FOLDER" && npm install --no-audit --no-fund --loglevel=error --legacy-peer-deps "$TARBALL") ||
		fail "installing the packed package into n8n's nodes folder failed (npm's message is above)" "Run npm start again; if it fails the same way, delete .n8n-local/user/.n8n/nodes"
	done_ package
else
	step "n8n-nodes-highlevel is built and installed (no source changed)"
fi

if changed fake test/fake-highlevel openapi tsconfig.tools.json || [ ! -f .tools-dist/test/fake-highlevel/cli.js ]; then
	step "Building the fake HighLevel"
	npx tsc -p tsconfig.tools.json || fail "building the fake HighLevel failed (the errors are above)" "Fix them, or restore a clean checkout (git stash), then run npm start again"
	done_ fake
fi

export N8N_USER_FOLDER="$USER_FOLDER" N8N_LISTEN_ADDRESS=127.0.0.1 N8N_RUNNERS_BROKER_LISTEN_ADDRESS=127.0.0.1 \
	N8N_DIAGNOSTICS_ENABLED=false N8N_VERSION_NOTIFICATIONS_ENABLED=false N8N_PERSONALIZATION_ENABLED=false \
	N8N_SECURE_COOKIE=false DB_TYPE=sqlite N8N_COMMUNITY_PACKAGES_ALLOW_TOOL_USAGE=true
N8N="$LOCAL/n8n/node_modules/.bin/n8n"

# The demo credential and workflow, imported again only when they changed (or the port did).
DEMO_CREDENTIALS="$STATE/demo-credentials.json"
cat > "$DEMO_CREDENTIALS.new" << JSON
[{ "id": "hlDemoFakePit001", "name": "$DEMO_CREDENTIAL", "type": "highLevelPrivateIntegrationApi",
   "data": { "token": "pit-demo-token", "locationId": "demo-location", "useCustomBaseUrl": true, "baseUrl": "http://127.0.0.1:$FAKE_PORT" } }]
JSON
if ! cmp -s "$DEMO_CREDENTIALS.new" "$DEMO_CREDENTIALS" || changed demo scripts/n8n/demo-workflow.json || [ ! -f "$USER_FOLDER/.n8n/database.sqlite" ]; then
	step "Importing the demo credential and workflow"
	for what in "credentials:$DEMO_CREDENTIALS.new" "workflow:$ROOT/scripts/n8n/demo-workflow.json"; do
		if ! OUTPUT=$("$N8N" "import:${what%%:*}" --input="${what#*:}" 2>&1); then
			echo "$OUTPUT" >&2
			fail "n8n could not import the demo ${what%%:*} (its output is above)" "Run npm start again; if it fails the same way, delete .n8n-local/ to reinstall n8n"
		fi
	done
	mv "$DEMO_CREDENTIALS.new" "$DEMO_CREDENTIALS"
	done_ demo
fi
rm -f "$DEMO_CREDENTIALS.new"

PIDS=()
stop() {
	trap - INT TERM EXIT
	[ ${#PIDS[@]} -eq 0 ] || kill -TERM "${PIDS[@]}" 2> /dev/null || true
	wait 2> /dev/null || true
}
trap stop EXIT
trap 'echo; echo "Stopping n8n and the fake HighLevel..."; stop; exit 0' INT TERM

step "Starting the fake HighLevel on http://127.0.0.1:$FAKE_PORT"
node .tools-dist/test/fake-highlevel/cli.js "$FAKE_PORT" &
FAKE_PID=$!
PIDS+=("$FAKE_PID")
for _ in $(seq 1 100); do
	port_in_use "$FAKE_PORT" && break
	kill -0 "$FAKE_PID" 2> /dev/null || fail "the fake HighLevel stopped (its output is above)" "Run npm start again"
	sleep 0.2
done
port_in_use "$FAKE_PORT" || fail "the fake HighLevel did not listen on port $FAKE_PORT within 20 s" "Run npm start again"

step "Starting n8n on http://127.0.0.1:$N8N_PORT"
# n8n's output goes to the terminal and to a file, where its "Editor is now accessible" line says
# it finished starting (it answers /healthz well before).
N8N_LOG="$STATE/n8n.log"
: > "$N8N_LOG"
# tee ignores Ctrl+C and stops when n8n does, so n8n's shutdown lines still show.
"$N8N" start > >(trap '' INT TERM && exec tee -a "$N8N_LOG") 2>&1 &
N8N_PID=$!
PIDS+=("$N8N_PID")
ready() {
	grep -q "Editor is now accessible" "$N8N_LOG" &&
		node -e "fetch('http://127.0.0.1:$N8N_PORT/healthz/readiness').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
}
for _ in $(seq 1 300); do
	ready && break
	kill -0 "$N8N_PID" 2> /dev/null || { wait "$N8N_PID" || STATUS=$?; fail "n8n exited with status ${STATUS:-0} while starting (its output is above)" "Run npm start again; if it fails the same way, delete .n8n-local/ to reinstall n8n"; }
	sleep 1
done
ready || fail "n8n did not answer on port $N8N_PORT within 5 minutes (its output is above)" "Stop it with Ctrl+C and run npm start again"

cat << MSG

  ==============================================================================================
  n8n is ready (started in ${SECONDS}s): open http://127.0.0.1:$N8N_PORT
    1. First visit only: set up the owner account (any name, email and password will do; it is
       kept in .n8n-local/user).
    2. Open the workflow "$DEMO_WORKFLOW"
       and click "Execute workflow". It uses the credential "$DEMO_CREDENTIAL",
       which talks to the fake HighLevel on http://127.0.0.1:$FAKE_PORT: nothing reaches HighLevel.
    3. For your own sub-account, add a "HighLevel Plus Private Integration Token API" credential
       (docs/credentials.md) and pick it in the HighLevel Plus nodes.
  Stop with Ctrl+C. Ports: $N8N_PORT n8n, $N8N_RUNNERS_BROKER_PORT n8n's task broker, $FAKE_PORT fake HighLevel
  (change with N8N_PORT, N8N_RUNNERS_BROKER_PORT, FAKE_HIGHLEVEL_PORT; see docs/try-it-locally.md).
  ==============================================================================================

MSG
wait "$N8N_PID" || STATUS=$?
PIDS=("$FAKE_PID")
fail "n8n stopped with status ${STATUS:-0} (its output is above)" "Run npm start again"
