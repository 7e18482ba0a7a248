#!/usr/bin/env bash
# End-to-end run with real clients: builds RoleBot, starts it anonymously from a directory outside the repo (it
# serves the Web Chat page at "/"), starts the M365 Agents Playground, then runs e2e/run.mjs (headless API +
# Chromium UI checks with screenshots). Every wait is bounded; every process started here is killed on exit.
# Logs, screenshots and the Playground's event recording stay in e2e/out/.
# E2E_BOT=echo swaps in e2e/dev/echo-bot.mjs (development only; CI never sets it).
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/e2e/out"
rm -rf "$out" && mkdir -p "$out"
# Overridable so a developer can run it beside another bot on the same machine; CI uses the defaults.
bot_port=${E2E_BOT_PORT:-3978} playground_port=${E2E_PLAYGROUND_PORT:-56150}
export PLAYGROUND_URL="http://127.0.0.1:$playground_port" WEBCHAT_URL="http://127.0.0.1:$bot_port/"
passed=0 failed=0 pids=()
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

now() { echo $(( ${EPOCHREALTIME/./} / 1000 )); } # milliseconds, no external tools
ok() { local ms=$(( $(now) - $2 )); passed=$((passed + 1)); printf 'ok   %s (%d.%ds)\n' "$1" $((ms / 1000)) $((ms % 1000 / 100)); }
fail() { failed=$((failed + 1)); printf 'FAIL %s: %s\n' "$1" "$2"; }
finish() { echo "$passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit $?; } # .ci/run tallies that line

# Each service runs in its own process group (setsid), so the trap also kills what it spawned (dotnet, node).
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null; done
  sleep 0.5
  for pid in "${pids[@]}"; do kill -KILL -- "-$pid" 2>/dev/null; done
  [ -n "${bot_cwd:-}" ] && rm -rf "$bot_cwd"
}
trap cleanup EXIT
trap 'exit 130' INT TERM # make a cancelled CI job run the EXIT trap too

start() { # start <log> <cmd...>, run in the current directory
  local log=$1; shift
  setsid "$@" >"$log" 2>&1 < /dev/null &
  pids+=($!)
}

# wait_http <name> <url> <seconds> <log>: fails early if the last started process died.
wait_http() {
  local name=$1 url=$2 limit=$3 log=$4 t0 pid=${pids[-1]}
  t0=$(now)
  while ! curl -sf -o /dev/null --max-time 2 "$url"; do
    if ! kill -0 "$pid" 2>/dev/null; then fail "$name" "process exited; last log lines:"; tail -n 20 "$log" | sed 's/^/     /'; return 1; fi
    if (( $(now) - t0 > limit * 1000 )); then fail "$name" "no answer from $url after ${limit}s; last log lines:"; tail -n 20 "$log" | sed 's/^/     /'; return 1; fi
    sleep 0.3
  done
  ok "$name" "$t0"
}

# A port that already answers would make us test someone else's process (the Playground even moves to a random port).
for port in $bot_port $playground_port; do
  if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/"; then fail "port $port free" "something is already listening on 127.0.0.1:$port"; finish; fi
done

bot_cwd=$(mktemp -d) # not the repo: content must be found independent of the working directory
if [ "${E2E_BOT:-}" = echo ]; then
  cd "$bot_cwd" && PORT=$bot_port start "$out/bot.log" node "$root/e2e/dev/echo-bot.mjs" && cd "$root"
else
  t0=$(now)
  if timeout 240 dotnet build "$root/RoleBot/RoleBot.csproj" -c Release -nologo -v q >"$out/build.log" 2>&1; then ok "build RoleBot (Release)" "$t0"
  else fail "build RoleBot (Release)" "see e2e/out/build.log"; tail -n 20 "$out/build.log" | sed 's/^/     /'; finish; fi
  cd "$bot_cwd"
  # The published build runs as Production, where anonymous mode must be chosen explicitly.
  ASPNETCORE_URLS="http://127.0.0.1:$bot_port" MicrosoftAppId='' MicrosoftAppPassword='' RoleBot__AllowAnonymous=true \
    start "$out/bot.log" dotnet "$root/RoleBot/bin/Release/net10.0/RoleBot.dll"
  cd "$root"
fi
wait_http "bot /healthz (cwd $bot_cwd)" "http://127.0.0.1:$bot_port/healthz" 30 "$out/bot.log" || finish

cd "$out" # the Playground writes devTools/ into its working directory
TEAMSAPPTESTER_BROWSER=none M365_AGENTS_PLAYGROUND_LOGFILE="$out/playground.log" \
  M365_AGENTS_PLAYGROUND_RECORDING_FILE="$out/playground-events.json" \
  start "$out/playground.out" node "$root/node_modules/@microsoft/m365agentsplayground/cli.js" \
  -e "http://127.0.0.1:$bot_port/api/messages" -c msteams -p $playground_port --disable-telemetry --er
cd "$root"
wait_http "playground up" "http://127.0.0.1:$playground_port/_internal/v1/config" 30 "$out/playground.out" || finish

# Its own process group too, so a timed-out run cannot leave Chromium behind.
setsid timeout 240 node "$root/e2e/run.mjs" > >(tee "$out/checks.log") 2>&1 < /dev/null &
pids+=($!)
wait $!
line=$(grep -E '^\(run.mjs\) [0-9]+ passed, [0-9]+ failed' "$out/checks.log" | tail -n 1)
if [ -z "$line" ]; then fail "e2e/run.mjs" "ended without a result line (crash or 240s timeout); see e2e/out/checks.log"
else
  passed=$((passed + $(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+')))
  failed=$((failed + $(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+')))
fi

# The bot must have handled every turn without logging an error (ASP.NET console logger prefixes "fail:"/"crit:").
if grep -qE '^(fail|crit):' "$out/bot.log"; then fail "bot log has no errors" "$(grep -cE '^(fail|crit):' "$out/bot.log") error entries; see e2e/out/bot.log"
else passed=$((passed + 1)); echo "ok   bot log has no errors"; fi
finish
