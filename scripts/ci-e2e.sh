#!/usr/bin/env bash
# The end-to-end suite in a real n8n, from a fresh machine (CI: clean clone, Node 20, npm and Debian
# registries only). Installs what it needs, runs `npm run test:e2e` (all modes: n8n execute, n8n start,
# queue mode with Redis and a worker) on the newest n8n this package supports (scripts/n8n/install.sh's
# pin), the browser check and the community-package rules, then the whole suite again on
# the oldest n8n README names (OLDEST_N8N below, in .n8n-local/oldest), and ends with
# "e2e: N passed, N failed" (both versions' checks). Exit code 0 only if all passed. Called by
# .ci/run; also fine to run by hand (E2E_OLDEST=0 skips the oldest).
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
# The oldest n8n README names; the newest is install.sh's N8N_VERSION. The whole suite runs on both.
OLDEST_N8N=1.100.1
OLDEST_LOCAL="$ROOT/.n8n-local/oldest"
E2E_DIR="$ROOT/.n8n-local/e2e"
SUMMARIES=("$E2E_DIR/summary.json" "$OLDEST_LOCAL/e2e/summary.json")
PID_FILES=("$E2E_DIR/pids" "$OLDEST_LOCAL/e2e/pids")
mkdir -p "$E2E_DIR"
rm -f "${SUMMARIES[@]}"
EXPECTED_SUMMARIES=("${SUMMARIES[0]}")

# The suite stops what it starts; this catches what a crashed or killed run left behind. Each
# process it started leads a process group of its own (n8n and its task runners, Redis), listed in
# $PIDS; a group is killed only while its processes are still ours (n8n from .n8n-local, our Redis).
ours() { # whether process group $1 still holds one of our processes (read from /proc: no procps needed)
	local dir stat fields
	for dir in /proc/[0-9]*; do
		{ read -r stat < "$dir/stat"; } 2>/dev/null || continue
		read -r -a fields <<< "${stat##*) }" # after "pid (comm) ": state ppid pgrp ...
		[ "${fields[2]:-}" = "$1" ] || continue
		tr '\0' ' ' < "$dir/cmdline" 2>/dev/null | grep -q -e "$ROOT/.n8n-local" -e "redis-server 127.0.0.1:" && return 0
	done
	return 1
}
cleanup() {
	local pid file
	for file in "${PID_FILES[@]}"; do
		[ -f "$file" ] || continue
		while read -r pid; do
			[ -n "$pid" ] && ours "$pid" && kill -KILL -- "-$pid" 2>/dev/null
		done < "$file"
	done
	return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

finish() {
	local note="$1"
	cleanup
	# Both versions' counts; a suite that wrote no summary counts as one failed check.
	node -e '
		const fs = require("node:fs");
		const [note, ...files] = process.argv.slice(1);
		let passed = 0, failed = 0;
		for (const file of files) {
			if (!fs.existsSync(file)) { failed += 1; continue; }
			const s = JSON.parse(fs.readFileSync(file, "utf8"));
			passed += s.passed; failed += s.failed;
		}
		console.log(`e2e: ${passed} passed, ${failed} failed${note}`);' "$note" "${EXPECTED_SUMMARIES[@]}"
}

step() {
	echo
	echo "== e2e: $1 ($(date -u +%H:%M:%S), ${SECONDS}s so far)"
}

step "system packages"
# Every Debian package the end-to-end checks need, on one line:
#   redis-server   queue mode (a private Redis on 127.0.0.1, port 5693)
#   chromium       the browser check (test/e2e/browser), driven by playwright-core
APT_PACKAGES=(redis-server chromium)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
	dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
	SUDO=""
	[ "$(id -u)" -eq 0 ] || SUDO="sudo"
	if ! { $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; }; then
		finish " (apt-get install ${missing[*]} failed)"
		exit 1
	fi
fi

step "project dependencies"
if [ ! -d node_modules ]; then
	npm ci || { finish " (npm ci failed)"; exit 1; }
fi

step "n8n (scripts/n8n/install.sh; cached in .n8n-local after the first run)"
bash scripts/n8n/install.sh || { finish " (installing n8n failed)"; exit 1; }

step "npm run test:e2e"
# Generous: the suite (three modes) takes about 8 minutes; a hang must not eat CI's 90.
timeout --kill-after=30 20m npm run test:e2e
status=$?
[ -f "${SUMMARIES[0]}" ] || status=1
step "browser check (test/e2e/browser)"; timeout --kill-after=30 6m npm run test:browser -- --no-build || status=1
step "community-package rules (scripts/community-check.js)"; timeout 5m node scripts/community-check.js || status=1

if [ "${E2E_OLDEST:-1}" != 0 ]; then
	EXPECTED_SUMMARIES+=("${SUMMARIES[1]}")
	step "n8n $OLDEST_N8N, the oldest supported (in .n8n-local/oldest; cached after the first run)"
	if N8N_VERSION="$OLDEST_N8N" N8N_LOCAL_DIR="$OLDEST_LOCAL" bash scripts/n8n/install.sh; then
		step "npm run test:e2e on n8n $OLDEST_N8N (all three modes)"
		N8N_LOCAL_DIR="$OLDEST_LOCAL" timeout --kill-after=30 20m npm run test:e2e || status=1
	else
		status=1
	fi
fi

echo
echo "e2e took ${SECONDS}s"
if [ "$status" -eq 0 ]; then finish ""; else finish " (exit code $status)"; fi
exit "$status"
