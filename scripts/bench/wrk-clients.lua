-- Why: the API's rate limit counts per client; from one loopback address wrk would meet 429s long before the
-- server's own speed is the limit. Appended to wrk-report.lua when a scenario asks for it: each request names one of N
-- clients in X-Forwarded-For, each in its own /24 (the limit counts per /24 network; the server trusts loopback as
-- its proxy), prebuilt so wrk does no work per request.
local clients = __CLIENTS__
local requests = {}
local next_index = 0

init = function(args)
  for i = 1, clients do
    local headers = {}
    for name, value in pairs(wrk.headers) do headers[name] = value end
    headers["X-Forwarded-For"] = string.format("10.%d.%d.1", 77 + math.floor(i / 256), i % 256)
    requests[i] = wrk.format(nil, nil, headers)
  end
end

request = function()
  next_index = next_index % clients + 1
  return requests[next_index]
end
