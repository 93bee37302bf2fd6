-- Appended to a wrk request script: counts every answer outside 2xx in a response hook (wrk's own
-- "Non-2xx" line also counts 3xx as success) and prints one summary line the callers grep:
--   <label>: <requests> requests in <s> s, <rps> req/s, p50 <ms> ms, p99 <ms> ms, non-2xx <n>, socket errors <n>
-- LABEL comes from the environment so one file serves every endpoint.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  bad = 0
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local bad_total = 0
  for _, t in ipairs(threads) do
    bad_total = bad_total + t:get("bad")
  end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format("%s: %d requests in %.0f s, %.1f req/s, p50 %.1f ms, p99 %.1f ms, non-2xx %d, socket errors %d\n",
    os.getenv("LABEL") or "wrk", summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, bad_total,
    e.connect + e.read + e.write + e.timeout))
end
