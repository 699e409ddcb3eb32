-- serve.lua: wrk script for bench/serve.sh. Each connection posts complete
-- answer sets, each for the next unused token of its thread, to
-- /s/TOKEN/submit with the token's form key. The file named by $BENCH_TOKENS
-- holds "TOKEN KEY" lines; thread k of n takes lines k, k+n, k+2n...
-- Counts acknowledged submissions (303) and prints, in done():
--   acked=N requests=N seconds=S p50_ms=X p99_ms=Y
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  local n = tonumber(os.getenv("BENCH_THREADS") or "2")
  body_tail = os.getenv("BENCH_BODY") or ""
  tokens, keys = {}, {}
  local i = 0
  for line in io.lines(os.getenv("BENCH_TOKENS")) do
    if i % n == id then
      local t, k = line:match("^(%S+) (%S+)$")
      table.insert(tokens, t)
      table.insert(keys, k)
    end
    i = i + 1
  end
  next_token = 1
  acked = 0
  other = 0
  headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
end

function request()
  local j = next_token
  next_token = next_token + 1
  if j > #tokens then j = #tokens end   -- out of tokens: repeats (answered 409, not counted)
  return wrk.format("POST", "/s/" .. tokens[j] .. "/submit", headers, "key=" .. keys[j] .. body_tail)
end

function response(status, headers, body)
  if status == 303 then acked = acked + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local a, o = 0, 0
  for _, t in ipairs(threads) do
    a = a + t:get("acked")
    o = o + t:get("other")
  end
  io.write(string.format("acked=%d other=%d requests=%d seconds=%.3f p50_ms=%.2f p99_ms=%.2f errors=%d\n",
    a, o, summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
