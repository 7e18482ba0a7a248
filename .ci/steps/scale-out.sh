#!/usr/bin/env bash
# Issue 14's proof with real parts: builds RoleBot once, then e2e/scale-out/run.mjs starts a throwaway PostgreSQL
# cluster, three `dotnet RoleBot.dll` instances sharing it (Provider=Postgres, one Direct Line secret, anonymous as
# in the e2e step) and HAProxy in front (round robin, no stickiness, checks on /healthz/ready), all on free
# loopback ports, and checks Web Chat through the balancer, a dialog across instances, one answer per activity id,
# a SIGKILL mid-run and a PostgreSQL restart. Every wait is bounded; everything started is stopped on exit.
# Logs and screenshots stay in e2e/out/scale-out/.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/e2e/out/scale-out"
rm -rf "$out" && mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
passed=0 failed=0 node_pid=''

fail() { failed=$((failed + 1)); printf 'FAIL %s: %s\n' "$1" "$2"; }
finish() { echo "scale-out: $passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit $?; } # .ci/run tallies that line

# run.mjs stops what it started; this is for when it cannot (killed, timed out).
cleanup() {
  [ -n "$node_pid" ] && kill -KILL -- "-$node_pid" 2>/dev/null
  if [ -f "$out/cluster.json" ]; then
    pg_bin=$(jq -r .pgBin "$out/cluster.json") pg_data=$(jq -r .pgData "$out/cluster.json") pg_root=$(jq -r .root "$out/cluster.json")
    if [ -d "$pg_data" ]; then
      if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -m immediate -w stop >/dev/null 2>&1
      else "$pg_bin/pg_ctl" -D "$pg_data" -m immediate -w stop >/dev/null 2>&1; fi
      rm -rf "$pg_root"
    fi
  fi
  # Instances and HAProxy run in their own process groups under run.mjs; any left are listed by it in their logs.
  for pid_file in "$out"/*.pid; do [ -f "$pid_file" ] && kill -KILL -- "-$(cat "$pid_file")" 2>/dev/null; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for tool in haproxy chromium; do
  command -v "$tool" >/dev/null 2>&1 || { fail "$tool installed" "not found (run .ci/setup.sh)"; finish; }
done
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || { fail "PostgreSQL installed" "no /usr/lib/postgresql/*/bin/initdb (run .ci/setup.sh)"; finish; }

dll="$root/RoleBot/bin/Release/net10.0/RoleBot.dll"
if timeout 240 dotnet build "$root/RoleBot/RoleBot.csproj" -c Release -nologo -v q >"$out/build.log" 2>&1; then
  passed=$((passed + 1)); echo "ok   build RoleBot (Release)"
else
  fail "build RoleBot (Release)" "see e2e/out/scale-out/build.log"; tail -n 20 "$out/build.log" | sed 's/^/     /'; finish
fi

cd "$root"
SCALEOUT_OUT="$out" ROLEBOT_DLL="$dll" setsid timeout 300 node "$root/e2e/scale-out/run.mjs" > >(tee "$out/checks.log") 2>&1 < /dev/null &
node_pid=$!
wait "$node_pid"
line=$(grep -E '^\(scale-out\) [0-9]+ passed, [0-9]+ failed' "$out/checks.log" | tail -n 1)
if [ -z "$line" ]; then fail "e2e/scale-out/run.mjs" "ended without a result line (crash or 300s timeout); see e2e/out/scale-out/checks.log"
else
  passed=$((passed + $(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+')))
  failed=$((failed + $(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+')))
fi
finish
