-- wrk script: GET /api/v1/recommend for a random user of the generated dataset, with the token.
-- Environment: RECOPS_TOKEN (client token), RECOPS_USERS (how many users the data holds),
-- RECOPS_K (list length, 10), RECOPS_DELAY_MS (a pause before each request of a connection,
-- for steady background traffic rather than saturation; 0 by default).
local token = os.getenv("RECOPS_TOKEN")
local users = tonumber(os.getenv("RECOPS_USERS") or "10000")
local k = os.getenv("RECOPS_K") or "10"
local delay_ms = tonumber(os.getenv("RECOPS_DELAY_MS") or "0")

if delay_ms > 0 then
  function delay()
    return delay_ms
  end
end

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(seed)
end

function request()
  local path = "/api/v1/recommend?user_id=u" .. math.random(0, users - 1) .. "&k=" .. k
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
end

function done(summary, latency, requests)
  io.write(string.format(
    "RESULT requests_per_second=%.1f p50_ms=%.3f p95_ms=%.3f p99_ms=%.3f errors=%d non2xx=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
