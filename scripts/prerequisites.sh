#!/usr/bin/env bash
# The Debian packages the test suite needs beyond a JDK, and how to get them.
# Sourced by ./nusatrade (test) and .ci/run, so both install the same thing the same way:
#   chromium                            the browser end-to-end tests (Playwright drives it)
#   clickhouse-server/-client           the ClickHouse tick store integration tests
#   nodejs, npm                         the Vaadin front-end build and Playwright
#   unzip                               unpacking the Keycloak / Liberty distributions
#   libgomp1                            OpenMP runtime of LightGBM's and XGBoost's native libraries
# As root it runs apt-get; otherwise through sudo when sudo works without a password prompt;
# otherwise it stops at once and prints the exact command to run.
set -u

nusatrade_missing_packages() { # prints the Debian packages to install, space-separated
  local need=()
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  command -v clickhouse-server >/dev/null 2>&1 || command -v clickhouse >/dev/null 2>&1 \
    || need+=(clickhouse-server)
  command -v clickhouse-client >/dev/null 2>&1 || need+=(clickhouse-client)
  command -v node >/dev/null 2>&1 || need+=(nodejs)
  command -v npm >/dev/null 2>&1 || need+=(npm)
  command -v unzip >/dev/null 2>&1 || need+=(unzip)
  { ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null; } | grep -q "libgomp.so.1 " || need+=(libgomp1)
  echo "${need[*]:-}"
}

nusatrade_install_command() { # $@ = packages; prints the command a user would type
  echo "sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $*"
}

nusatrade_install_prerequisites() { # returns 0 when everything is there (installed if needed)
  local missing
  missing=$(nusatrade_missing_packages)
  [ -z "$missing" ] && return 0
  # shellcheck disable=SC2086 # word splitting of the package list is intended
  set -- $missing
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo)
    else
      {
        echo "nusatrade: the tests need Debian packages that are missing: $*"
        echo "nusatrade: install them (as an administrator), then run the tests again:"
        echo
        echo "  $(nusatrade_install_command "$@")"
        echo
      } >&2
      return 1
    fi
  fi
  echo "nusatrade: installing Debian packages the tests need: $*" >&2
  "${sudo[@]}" apt-get update -qq >&2 \
    && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "$@" >&2 \
    || { echo "nusatrade: installing failed; run it yourself: $(nusatrade_install_command "$@")" >&2; return 1; }
}
