#!/usr/bin/env bash
# Installs a pinned n8n into .n8n-local/ (git-ignored) with a Node.js it supports: yours when it is
# one, otherwise Node.js $NODE_VERSION for this OS and CPU from the npm registry. Everything comes
# from the npm registry (about 400 MB to download, 3 GB on disk). n8n counts as installed only once it loads, its
# SQLite driver included; an install that stopped half-way is finished or repaired on the next run.
#
#   N8N_VERSION=1.123.81 N8N_LOCAL_DIR=/some/dir bash scripts/n8n/install.sh   (another n8n, elsewhere)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=common.sh
source "$ROOT/scripts/n8n/common.sh"
FAIL_PREFIX="${FAIL_PREFIX:-Installing n8n failed}"
LOCAL="${N8N_LOCAL_DIR:-$ROOT/.n8n-local}"
# The newest n8n the tests pass on (2.41.3 needs @n8n/agents 0.26.2, which the npm registry did not
# serve when this was pinned). The oldest one CI tests is OLDEST_N8N in scripts/ci-e2e.sh.
N8N_VERSION="${N8N_VERSION:-2.41.1}"
NODE_VERSION=24.21.0
clean_npm_env

# The Node.js majors this n8n supports (its package.json's engines field).
case "$N8N_VERSION" in
1.*) NODE_MAJORS="20 22 24" NODE_MINIMUM=20.19 ;;
*) NODE_MAJORS="24" NODE_MINIMUM=24.0 ;;
esac

node_fits() { # whether the Node.js at $1 is one this n8n supports
	local version
	version=$("$1" -p 'process.versions.node' 2> /dev/null) || return 1
	[[ " $NODE_MAJORS " == *" ${version%%.*} "* ]] || return 1
	[ "$(printf '%s\n%s\n' "$NODE_MINIMUM" "$version" | sort -V | head -n 1)" = "$NODE_MINIMUM" ]
}

runtime_package() { # the npm package holding Node.js's binary for this OS and CPU
	local os cpu
	case "$(uname -s)" in
	Linux) os=linux ;;
	Darwin) os=darwin ;;
	*) fail "$(uname -s) is not supported" "Use Linux or macOS (on Windows: WSL), or install n8n yourself and add this package (README: Install in your n8n)" ;;
	esac
	case "$(uname -m)" in
	x86_64 | amd64) cpu=x64 ;;
	aarch64 | arm64) cpu=arm64 ;;
	*) fail "$(uname -m) processors are not supported" "Use an x64 or arm64 machine" ;;
	esac
	echo "node-$os-$cpu"
}

# 1. Node.js: .n8n-local/bin/node is the one n8n runs on.
mkdir -p "$LOCAL/bin"
NODE_DIR="" # headers for compiling sqlite3, when the runtime comes from the npm registry
if [ -x "$LOCAL/bin/node" ] && node_fits "$LOCAL/bin/node"; then
	:
elif USER_NODE=$(command -v node) && node_fits "$USER_NODE"; then
	echo "Using your Node.js $("$USER_NODE" --version) for n8n $N8N_VERSION."
	ln -sfn "$USER_NODE" "$LOCAL/bin/node"
else
	PACKAGE=$(runtime_package)
	RUNTIME="$LOCAL/runtime/node_modules/$PACKAGE"
	if [ ! -x "$RUNTIME/bin/node" ] || [ "$("$RUNTIME/bin/node" --version)" != "v$NODE_VERSION" ]; then
		echo "n8n $N8N_VERSION needs Node.js $NODE_MAJORS; installing Node.js $NODE_VERSION ($PACKAGE, about 50 MB) into ${LOCAL#"$ROOT/"}/runtime..."
		mkdir -p "$LOCAL/runtime"
		echo '{"name":"n8n-runtime","private":true}' > "$LOCAL/runtime/package.json"
		(cd "$LOCAL/runtime" && npm install --no-audit --no-fund --no-save --loglevel=error "$PACKAGE@$NODE_VERSION") ||
			fail "downloading $PACKAGE@$NODE_VERSION from the npm registry failed (npm's message is above)" "Check your connection to the npm registry and run this again"
	fi
	ln -sfn "$RUNTIME/bin/node" "$LOCAL/bin/node"
fi
NODE="$LOCAL/bin/node"
[ -d "$(dirname "$(readlink "$NODE")")/../include/node" ] && NODE_DIR=$(cd "$(dirname "$(readlink "$NODE")")/.." && pwd)
# npm, node-gyp and n8n's own scripts run on this Node.js.
export PATH="$LOCAL/bin:$PATH"

# 2. n8n. Marked installed (.installed) only after the checks below pass.
N8N_DIR="$LOCAL/n8n"
STAMP="n8n $N8N_VERSION on Node.js $("$NODE" --version) ($(uname -s) $(uname -m))"

loads() { # whether n8n's CLI and its SQLite driver load on this Node.js; prints why not
	[ -x "$N8N_DIR/node_modules/.bin/n8n" ] || { echo "n8n is not installed"; return 1; }
	(cd "$N8N_DIR/node_modules/n8n" && "$NODE" -e "
		const sqlite3 = require(require.resolve('sqlite3', { paths: [process.cwd()] }));
		new sqlite3.Database(':memory:').close();" 2>&1) || return 1
}

if [ "$(cat "$N8N_DIR/.installed" 2> /dev/null)" = "$STAMP" ] && loads > /dev/null; then
	echo "n8n $N8N_VERSION is installed in ${N8N_DIR#"$ROOT/"}."
	exit 0
fi
[ -f "$N8N_DIR/.installed" ] && echo "The n8n in ${N8N_DIR#"$ROOT/"} is not the one wanted ($STAMP), or does not load: repairing it."
rm -f "$N8N_DIR/.installed"

echo "Installing n8n $N8N_VERSION into ${N8N_DIR#"$ROOT/"} from the npm registry (about 400 MB to download, 3 GB on disk; several minutes)..."
mkdir -p "$N8N_DIR"
# n8n pulls xlsx from a CDN outside the npm registry; the registry's 0.18.5 serves the same API.
cat > "$N8N_DIR/package.json" << JSON
{ "name": "n8n-local", "private": true, "dependencies": { "n8n": "$N8N_VERSION" }, "overrides": { "xlsx": "0.18.5" } }
JSON
# Install scripts of n8n's dependencies fetch optional binaries from outside the npm registry
# (browsers, database clients) that n8n does not need to start; the one native module it needs,
# sqlite3 (its embedded database), is built next.
(cd "$N8N_DIR" && npm install --no-audit --no-fund --loglevel=error --ignore-scripts) ||
	fail "npm could not install n8n $N8N_VERSION (npm's message is above)" "Check your connection to the npm registry and free disk space (about 3 GB), then run this again"

if ! loads > /dev/null; then
	BUILD_LOG="$LOCAL/logs/sqlite3-build.log"
	mkdir -p "$LOCAL/logs"
	echo "Building sqlite3 (n8n's database driver) for Node.js $("$NODE" --version): a prebuilt binary when one fits, else a compile (a few minutes; output in ${BUILD_LOG#"$ROOT/"})..."
	# Compiling needs the headers of the Node.js it will run on: the runtime package has them; for
	# your own Node.js, node-gyp fetches them.
	[ -z "$NODE_DIR" ] || export npm_config_nodedir="$NODE_DIR"
	if ! (cd "$N8N_DIR" && npm rebuild sqlite3 --ignore-scripts=false --foreground-scripts) > "$BUILD_LOG" 2>&1; then
		tail -n 40 "$BUILD_LOG" >&2
		fail "sqlite3 (n8n's database driver) did not build (the end of its output is above; all of it in ${BUILD_LOG#"$ROOT/"})" \
			"Install a C/C++ toolchain and Python 3 (Debian/Ubuntu: sudo apt-get install build-essential python3; macOS: xcode-select --install), then run this again"
	fi
fi

if ! WHY=$(loads && "$N8N_DIR/node_modules/.bin/n8n" --version 2>&1 > /dev/null); then
	echo "$WHY" >&2
	fail "n8n $N8N_VERSION does not load on Node.js $("$NODE" --version) (the error is above)" "Delete ${N8N_DIR#"$ROOT/"} and run this again; if it fails the same way, report it with the output above"
fi
echo "$STAMP" > "$N8N_DIR/.installed"
echo "n8n $N8N_VERSION is installed in ${N8N_DIR#"$ROOT/"}."
