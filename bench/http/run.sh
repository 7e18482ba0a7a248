#!/usr/bin/env bash
# Throughput and latency of whole turns over HTTP, RoleBot against a bare ASP.NET Core endpoint, in one run.
# Builds both (Release), starts them on free loopback ports, then in each round runs wrk (Debian's: apt-get install
# wrk) against: the bare endpoint (RoleBot's recorded reply to a rank question, same bytes every time), RoleBot with
# card questions (rank, compare, describe, next-step rotating), the same questions to a second RoleBot that remembers
# no message, no answer and no card (RoleBot:Understanding:RememberedMessages=0, RoleBot:Answers:RememberedAnswers=0,
# RoleBot:Cards:RememberedCards=0: what a question nobody asked before costs), and RoleBot with
# "thanks!" (a short text reply).
# Every request is an expectReplies message in a new conversation (bench/http/turns.lua). Not a test, not a CI step.
# Usage: bench/http/run.sh [rounds=3] [seconds per wrk run=10]. ROLEBOT_DLL: another RoleBot build (before/after).
# CONNECTIONS (32), THREADS (2) shape the load; WARMUP (20) is the seconds of card questions before the rounds.
# Only the processes started here are stopped.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rounds=${1:-3} seconds=${2:-10} connections=${CONNECTIONS:-32} threads=${THREADS:-2}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

if [ -z "${ROLEBOT_DLL:-}" ]; then
  dotnet build "$root/RoleBot/RoleBot.csproj" -c Release -v q -nologo >/dev/null
fi
dotnet build "$root/bench/BareEndpoint/BareEndpoint.csproj" -c Release -v q -nologo >/dev/null
rolebot_dll=${ROLEBOT_DLL:-"$root/RoleBot/bin/Release/net10.0/RoleBot.dll"}
bare_dll="$root/bench/BareEndpoint/bin/Release/net10.0/BareEndpoint.dll"

work=$(mktemp -d) pids=()
cleanup() { for p in "${pids[@]}"; do kill -TERM -- "-$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() { # url pid log
  for _ in $(seq 1 600); do
    curl -s -o /dev/null --max-time 1 "$1" && return 0
    kill -0 "$2" 2>/dev/null || { echo "exited:" >&2; tail -n 20 "$3" >&2; exit 1; }
    sleep 0.1
  done
  echo "no answer from $1" >&2; exit 1
}

rolebot_port=$(free_port)
# As shipped (appsettings.json, Information logging to the console, here a file), anonymous for the benchmark only.
ASPNETCORE_URLS="http://127.0.0.1:$rolebot_port" RoleBot__ContentRoot="$root" RoleBot__AllowAnonymous=true \
  setsid dotnet "$rolebot_dll" >"$work/rolebot.log" 2>&1 </dev/null &
pids+=($!)
wait_for "http://127.0.0.1:$rolebot_port/healthz" "${pids[0]}" "$work/rolebot.log"

# The four questions repeat, so RoleBot understands, answers and draws each once; this one reads every message,
# answers it and draws its card as if new.
unseen_port=$(free_port)
ASPNETCORE_URLS="http://127.0.0.1:$unseen_port" RoleBot__ContentRoot="$root" RoleBot__AllowAnonymous=true \
  RoleBot__Understanding__RememberedMessages=0 RoleBot__Cards__RememberedCards=0 RoleBot__Answers__RememberedAnswers=0 setsid dotnet "$rolebot_dll" >"$work/unseen.log" 2>&1 </dev/null &
pids+=($!)
wait_for "http://127.0.0.1:$unseen_port/healthz" "${pids[1]}" "$work/unseen.log"

# The bare endpoint answers with exactly what RoleBot answered to the rank question.
curl -sf -X POST -H 'Content-Type: application/json' "http://127.0.0.1:$rolebot_port/api/messages" -o "$work/reply.json" -d \
  '{"type":"message","id":"r1","channelId":"msteams","serviceUrl":"http://127.0.0.1:1/","deliveryMode":"expectReplies","from":{"id":"u1","name":"User"},"recipient":{"id":"bot","name":"RoleBot"},"conversation":{"id":"reply-bytes"},"text":"who is higher, GM or VP?"}'
grep -q '"attachments"' "$work/reply.json" || { echo "RoleBot's reply has no card:" >&2; cat "$work/reply.json" >&2; exit 1; }
bare_port=$(free_port)
ASPNETCORE_URLS="http://127.0.0.1:$bare_port" setsid dotnet "$bare_dll" "$work/reply.json" >"$work/bare.log" 2>&1 </dev/null &
pids+=($!)
wait_for "http://127.0.0.1:$bare_port/" "${pids[2]}" "$work/bare.log"

load() { # port mode seconds -> "rps p50 p99 errors"
  wrk -t"$threads" -c"$connections" -d"$3s" --latency -s "$root/bench/http/turns.lua" "http://127.0.0.1:$1" -- "$2" | awk '/^RESULT/ { print $2, $3, $4, $5 }'
}

echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before; RoleBot reply for the bare endpoint: $(wc -c <"$work/reply.json") bytes"
# Tiered compilation keeps recompiling RoleBot's turn for well over 3 s under this load: warmed up for 3 s, the card
# figures of the first rounds were a third lower than after 20 s.
warm=${WARMUP:-20}
echo "warming up (bare 3 s, cards $warm s on each RoleBot, thanks 5 s)"
load "$bare_port" cards 3 >/dev/null; load "$rolebot_port" cards "$warm" >/dev/null; load "$unseen_port" cards "$warm" >/dev/null
load "$rolebot_port" thanks 5 >/dev/null
printf '%-5s | %-26s | %-26s | %-26s | %-26s | %-6s %-6s %s\n' round "bare rps p50/p99 ms err" "cards rps p50/p99 ms err" \
  "unseen rps p50/p99 ms err" "thanks rps p50/p99 ms err" cards/bare cards/thanks unseen/bare
for round in $(seq 1 "$rounds"); do
  read -r b b50 b99 be < <(load "$bare_port" cards "$seconds")
  read -r c c50 c99 ce < <(load "$rolebot_port" cards "$seconds")
  read -r u u50 u99 ue < <(load "$unseen_port" cards "$seconds")
  read -r t t50 t99 te < <(load "$rolebot_port" thanks "$seconds")
  printf '%-5s | %7s %6s/%-6s %4s | %7s %6s/%-6s %4s | %7s %6s/%-6s %4s | %7s %6s/%-6s %4s | %-10s %-12s %s\n' "$round" \
    "$b" "$b50" "$b99" "$be" "$c" "$c50" "$c99" "$ce" "$u" "$u50" "$u99" "$ue" "$t" "$t50" "$t99" "$te" \
    "$(awk -v a="$c" -v b="$b" 'BEGIN { printf "%.2f", a / b }')" "$(awk -v a="$c" -v b="$t" 'BEGIN { printf "%.2f", a / b }')" \
    "$(awk -v a="$u" -v b="$b" 'BEGIN { printf "%.2f", a / b }')"
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) after; RoleBot resident memory $(awk '/VmRSS/ { printf "%d MB", $2 / 1024 }' "/proc/${pids[0]}/status")"
echo "(rps = requests/s; p50/p99 latency in ms; err = wrk socket errors + timeouts + non-2xx; unseen = the card questions"
echo " to a RoleBot that remembers no message, answer or card; cards/thanks = throughput ratio, its inverse is how much more a card"
echo " answer costs than a text reply)"
