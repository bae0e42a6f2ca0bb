-- wrk script: the same report as random_user.lua, for nginx serving a static file.
function done(summary, latency, requests)
  io.write(string.format(
    "RESULT requests_per_second=%.1f p50_ms=%.3f p95_ms=%.3f p99_ms=%.3f errors=%d non2xx=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
