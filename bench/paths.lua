-- wrk script for the household API benchmark.
--   wrk -t2 -c16 -d20s --latency -s bench/paths.lua http://127.0.0.1:8082 -- FILE
-- FILE holds one request path per line ("/api/v1/households/<id>", "/api/v1/households?q=..."); every thread
-- walks the list from its own offset, one path per request. BENCH_TOKEN (environment) is sent as a bearer token.
-- done() prints one machine-readable line:
--   BENCH p50_us p90_us p95_us p99_us max_us req_per_s requests non2xx connect_err read_err write_err timeouts

local token = os.getenv("BENCH_TOKEN")
if token and #token > 0 then
  wrk.headers["Authorization"] = "Bearer " .. token
end
wrk.headers["Accept"] = "application/json"

local threads = {}

function setup(thread)
  thread:set("thread_no", #threads)
  table.insert(threads, thread)
end

local paths = {}
local i = 0

function init(args)
  local file = args[1]
  if not file then error("usage: wrk ... -s bench/paths.lua URL -- PATHS_FILE") end
  for line in io.lines(file) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  if #paths == 0 then error("no paths in " .. file) end
  -- spread the threads over the list so they do not ask for the same rows in lock-step
  i = ((thread_no or 0) * math.floor(#paths / 2 + 1)) % #paths
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH %d %d %d %d %d %.1f %d %d %d %d %d %d\n",
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99), latency.max,
    summary.requests / (summary.duration / 1e6), summary.requests,
    e.status, e.connect, e.read, e.write, e.timeout))
end
