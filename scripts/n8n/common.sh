# Shared by install.sh and start.sh (sourced, not run).

# n8n's own npm commands must not inherit this project's npm settings: `npm start` exports them
# as npm_config_* (ignore-scripts=true among them, which would leave sqlite3 unbuilt). Settings
# that say how to reach a registry stay.
clean_npm_env() {
	local var
	for var in $(compgen -e); do
		case "$var" in
		npm_config_registry | npm_config_proxy | npm_config_https_proxy | npm_config_http_proxy | npm_config_noproxy | \
			npm_config_cafile | npm_config_ca | npm_config_strict_ssl | npm_config_cache | npm_config_userconfig | \
			npm_config_globalconfig | npm_config_python) ;;
		npm_config_* | NPM_CONFIG_*) unset "$var" ;;
		esac
	done
}

# `fail WHAT TODO`: the one line a failure ends with.
fail() {
	echo >&2
	echo "${FAIL_PREFIX:-Failed}: $1. $2" >&2
	exit 1
}

# `port_in_use PORT`: whether something on 127.0.0.1 accepts connections on PORT.
port_in_use() {
	(exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null
}
