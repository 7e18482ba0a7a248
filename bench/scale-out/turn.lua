-- wrk script: one whole turn per request, POST /api/messages with deliveryMode expectReplies (the reply comes back
-- in the response, so no Connector is needed). Every request has a new activity id (de-duplication would answer a
-- repeat with nothing), conversations rotate over 40 per thread, questions over four kinds.
-- Usage: wrk -s turn.lua <url> -- <run id>. done() prints "answered N unanswered N" for the run script to read.
local threads = {}
local questions = { "who is higher, GM or VP?", "what does a VP do?", "is a director above a manager?", "what comes after senior engineer?" }

function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

function init(args)
  run = args[1] or "run"
  n = 0
  answered = 0
  unanswered = 0
end

function request()
  n = n + 1
  local body = string.format(
    '{"type":"message","id":"%s-%d-%d","channelId":"emulator","serviceUrl":"http://127.0.0.1:1",' ..
    '"deliveryMode":"expectReplies","from":{"id":"u%d-%d"},"recipient":{"id":"rolebot"},' ..
    '"conversation":{"id":"bench-%s-%d-%d"},"text":"%s"}',
    run, tid, n, tid, n % 40, run, tid, n % 40, questions[n % #questions + 1])
  return wrk.format("POST", "/api/messages", { ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status == 200 and string.find(body, '"type":"message"', 1, true) then
    answered = answered + 1
  else
    unanswered = unanswered + 1
  end
end

function done(summary, latency, requests)
  local a, u = 0, 0
  for _, thread in ipairs(threads) do
    a = a + thread:get("answered")
    u = u + thread:get("unanswered")
  end
  io.write(string.format("answered %d unanswered %d\n", a, u))
end
