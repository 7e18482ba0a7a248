#!/usr/bin/env bash
# Installs what the tests and CI steps need on a fresh machine: Debian chromium + fonts, PostgreSQL server
# binaries (the state tests start their own throwaway cluster), HAProxy (scale-out step), and the pinned npm tooling.
set -euo pipefail
cd "$(dirname "$0")/.."
apt_updated=
apt_install() {
  [ -n "$apt_updated" ] || { apt-get update -qq; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
# Installs packages without starting their services: each CI step starts its own on a random port.
apt_install_no_service() {
  local policy_added=
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && policy_added=1
  fi
  apt_install "$@"
  [ -z "$policy_added" ] || rm -f /usr/sbin/policy-rc.d
}
if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  # Only the binaries are wanted: no "main" cluster and no service started (nothing to clash with, nothing left running).
  mkdir -p /etc/postgresql-common
  [ -e /etc/postgresql-common/createcluster.conf ] || echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.conf
  UCF_FORCE_CONFFOLD=1 apt_install_no_service -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold postgresql
fi
if ! command -v prometheus >/dev/null 2>&1; then
  # For .ci/steps/prometheus.sh, which starts its own on a random port: no service is started by the package.
  apt_install_no_service --no-install-recommends prometheus
fi
# HAProxy is the round-robin balancer in front of three RoleBot instances in .ci/steps/scale-out.sh.
if ! command -v haproxy >/dev/null 2>&1; then
  apt_install_no_service haproxy
fi
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi liberation; then
  apt_install chromium fonts-liberation
fi
# playwright-core never downloads a browser, but say so anyway in case a transitive tool tries.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
npm install --no-audit --no-fund --ignore-scripts --loglevel=error
# The Web Chat bundle for the chat page (and its e2e) is not fetched here: RoleBot's build does it, with the one
# pinned version and integrity in RoleBot/build/WebChatBundle.targets.
