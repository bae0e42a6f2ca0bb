-- wrk script: POST /api/v1/events with batches of RECOPS_BATCH events, each with a fresh
-- idempotency key so that every event is stored (and fsync'd) for real.
local token = os.getenv("RECOPS_TOKEN")
local batch = tonumber(os.getenv("RECOPS_BATCH") or "500")
local users = tonumber(os.getenv("RECOPS_USERS") or "10000")
local items = tonumber(os.getenv("RECOPS_ITEMS") or "10000")
local counter = 0

function setup(thread)
  thread:set("prefix", tostring(math.random(1, 1000000000)))
end

function init(args)
  math.randomseed(tonumber(prefix))
end

function request()
  local parts = {}
  for i = 1, batch do
    counter = counter + 1
    parts[i] = string.format(
      '{"user_id":"u%d","item_id":"i%d","type":"view","idempotency_key":"bench-%s-%d"}',
      math.random(0, users - 1), math.random(0, items - 1), prefix, counter)
  end
  return wrk.format("POST", "/api/v1/events",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" },
    "[" .. table.concat(parts, ",") .. "]")
end

function done(summary, latency, requests)
  io.write(string.format(
    "RESULT requests_per_second=%.1f p50_ms=%.3f p95_ms=%.3f p99_ms=%.3f errors=%d non2xx=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
