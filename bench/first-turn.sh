#!/usr/bin/env bash
# Cold-start latency of the built bot: starts RoleBot/bin/Release/net10.0/RoleBot.dll fresh for each run and times,
# with curl, what a visitor of the chat page waits for (token, conversation start, first and second question
# through Direct Line), then on another fresh process the first and second expectReplies turn on /api/messages.
# Build first: dotnet build RoleBot/RoleBot.csproj -c Release. Usage: bench/first-turn.sh [runs] (default 3).
# BENCH_PORT (default 3990) must be free; only the bot started here is stopped.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dll=${BENCH_DLL:-"$root/RoleBot/bin/Release/net10.0/RoleBot.dll"} # BENCH_DLL: another build, for before/after
port=${BENCH_PORT:-3990} runs=${1:-3}
base="http://127.0.0.1:$port"
[ -f "$dll" ] || { echo "build first: dotnet build RoleBot/RoleBot.csproj -c Release"; exit 1; }

pid='' ticket=$(mktemp)
stop() { [ -n "$pid" ] && kill -TERM -- "-$pid" 2>/dev/null; wait "$pid" 2>/dev/null; pid=''; }
trap stop EXIT
now() { echo $(( ${EPOCHREALTIME/./} / 1000 )); }

start_bot() { # sets pid, and healthy = milliseconds until /healthz answered 200
  local t0; t0=$(now)
  if curl -s -o /dev/null --max-time 1 "$base/"; then echo "port $port is in use" >&2; exit 1; fi
  ASPNETCORE_URLS="$base" RoleBot__ContentRoot="$root" MicrosoftAppId='' MicrosoftAppPassword='' RoleBot__AllowAnonymous=true Logging__LogLevel__Default=Warning \
    setsid dotnet "$dll" >/tmp/rolebot-bench-$$.log 2>&1 </dev/null &
  pid=$!
  until curl -sf -o /dev/null --max-time 2 "$base/healthz"; do
    kill -0 "$pid" 2>/dev/null || { echo "bot exited:" >&2; tail -n 20 /tmp/rolebot-bench-$$.log >&2; exit 1; }
    sleep 0.05
  done
  healthy=$(( $(now) - t0 )) healthy_cpu=$(cpu)
}

cpu() { awk '{ print ($14 + $15) * 10 }' "/proc/$pid/stat"; } # the bot's CPU milliseconds so far (100 ticks/s)
ms() { awk '{ printf "%d", $1 * 1000 }'; } # curl's seconds to milliseconds
post() { curl -s -o /dev/null -w '%{time_total}' -X POST "$@" | ms; }
message() { printf '{"type":"message","from":{"id":"u1","name":"User"},"text":"%s"}' "$1"; }
expect_replies() {
  printf '{"type":"message","id":"%s","channelId":"emulator","serviceUrl":"http://127.0.0.1:1","deliveryMode":"expectReplies",' "$2"
  printf '"from":{"id":"u1"},"recipient":{"id":"bot"},"conversation":{"id":"bench-%s"},"text":"%s"}' "$3" "$1"
}

header='%-3s %-11s | %-5s %-5s %-7s %-11s %-5s | %-11s %-11s %-5s\n'
printf "$header" run healthz token start welcome "DL q1" "q2" healthz "msg q1" "q2"
for run in $(seq 1 "$runs"); do
  start_bot
  token_ms=$(curl -s -o "$ticket" -w '%{time_total}' -X POST "$base/api/webchat/token" | ms)
  token=$(jq -r .token "$ticket") conversation=$(jq -r .conversationId "$ticket")
  auth=(-H "Authorization: Bearer $token" -H 'Content-Type: application/json')
  start_ms=$(post "${auth[@]}" "$base/v3/directline/conversations")
  welcome_ms=$(curl -s -o /dev/null -w '%{time_total}' "${auth[@]}" "$base/v3/directline/conversations/$conversation/activities" | ms)
  before=$(cpu)
  q1=$(post "${auth[@]}" -d "$(message 'who is higher, GM or VP?')" "$base/v3/directline/conversations/$conversation/activities")
  q1_cpu=$(( $(cpu) - before ))
  q2=$(post "${auth[@]}" -d "$(message 'is COO higher than general manager?')" "$base/v3/directline/conversations/$conversation/activities")
  stop

  healthy1=$healthy healthy1_cpu=$healthy_cpu
  start_bot
  json=(-H 'Content-Type: application/json')
  before=$(cpu)
  m1=$(post "${json[@]}" -d "$(expect_replies 'who is higher, GM or VP?' a1 "$run")" "$base/api/messages")
  m1_cpu=$(( $(cpu) - before ))
  m2=$(post "${json[@]}" -d "$(expect_replies 'is COO higher than general manager?' a2 "$run")" "$base/api/messages")
  stop
  printf "$header" "$run" "$healthy1 ($healthy1_cpu)" "$token_ms" "$start_ms" "$welcome_ms" "$q1 ($q1_cpu)" "$q2" "$healthy ($healthy_cpu)" "$m1 ($m1_cpu)" "$m2"
done
rm -f /tmp/rolebot-bench-$$.log "$ticket"
echo "(milliseconds, wall (bot CPU); healthz = process start until /healthz answered; start = conversation start with"
echo " the welcome turn; welcome = first poll; DL = Direct Line POST activities; msg = /api/messages expectReplies)"
