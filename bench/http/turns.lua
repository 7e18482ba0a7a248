-- wrk script for bench/http/run.sh: every request is an expectReplies message in a new conversation.
-- "wrk ... -s turns.lua -- cards" rotates over rank, compare, describe and next-step questions; "-- thanks" sends
-- "thanks!" (a short text reply, no card). Prints one line "RESULT rps p50_ms p99_ms errors" when done.
local questions = {
  cards = {
    "who is higher, GM or VP?",
    "what is the difference between a project manager and an operations manager",
    "what does a project manager do?",
    "what comes after project manager?",
  },
  thanks = { "thanks!" },
}

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

local texts, n, prefix

function init(args)
  texts = questions[args[1] or "cards"] or error("mode must be cards or thanks")
  n = 0
  -- Unseeded, math.random gave every wrk run the same prefix, so each run re-sent the ids of the runs before it and
  -- RoleBot answered those from its de-duplicator without running a turn. Four bytes of /dev/urandom make each run's
  -- ids (and conversations) new.
  local urandom = io.open("/dev/urandom", "rb")
  local bytes = urandom:read(4)
  urandom:close()
  local seed = 0
  for i = 1, 4 do seed = seed * 256 + bytes:byte(i) end
  prefix = string.format("t%d-%d-%d-", tid, os.time(), seed)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  n = n + 1
  local id = prefix .. n
  local body = '{"type":"message","id":"' .. id .. '","channelId":"msteams","serviceUrl":"http://127.0.0.1:1/",'
    .. '"deliveryMode":"expectReplies","from":{"id":"u1","name":"User"},"recipient":{"id":"bot","name":"RoleBot"},'
    .. '"conversation":{"id":"c-' .. id .. '"},"text":"' .. texts[(n % #texts) + 1] .. '"}'
  return wrk.format(nil, "/api/messages", nil, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format("RESULT %.0f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
