-- wrk script: a month-to-year window and a box of 10-40 degrees, both random: what a map client sends
-- while panning. GET /api/events by default; with OGC=1 in the environment the same filter as
-- OGC API - Features items (/collections/events/items?bbox=..&datetime=a/b). Years are drawn from
-- FROM_YEAR..TO_YEAR (default 2014..2024, the span of events-query.sh's generated store).
math.randomseed(11)
local ogc = os.getenv("OGC") ~= nil
local first = tonumber(os.getenv("FROM_YEAR") or "2014")
local last = tonumber(os.getenv("TO_YEAR") or "2024")
request = function()
  local y = math.random(first, last)
  local m = math.random(1, 12)
  local span = math.random(1, 12)
  local to_m = m + span
  local to_y = y
  if to_m > 12 then to_m = to_m - 12; to_y = y + 1 end
  local w = math.random(-180, 140)
  local s = math.random(-60, 40)
  local size = math.random(10, 40)
  local box = string.format("%d,%d,%d,%d", w, s, math.min(w + size, 180), math.min(s + size, 90))
  local path
  if ogc then
    path = string.format("/collections/events/items?bbox=%s&datetime=%04d-%02d-01/%04d-%02d-01&limit=50",
      box, y, m, to_y, to_m)
  else
    path = string.format("/api/events?from=%04d-%02d-01&to=%04d-%02d-01&bbox=%s&limit=50", y, m, to_y, to_m, box)
  end
  return wrk.format("GET", path)
end
