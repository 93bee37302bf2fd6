-- wrk script: cycles GET /api/geocode over place names of several kinds (cities, regions,
-- rivers, transliteration variants, misspellings), so the index is not answering one cached name.
local names = {"Kyiv", "Kiev", "Kursk", "Pokrovsk", "Artemovo", "Zaporizhzhia", "Zaporozhye",
  "Seym", "Donetsk", "Toretsk", "London", "Paris", "Springfield", "Georgia", "Baltic Sea",
  "Artiomovo", "Proletarsk", "Sudzha", "Kharkiv", "Odesa", "Minsk", "Washington", "Berlin",
  "New Delhi", "Beijing", "Gaza", "Rafah", "Lviv", "Crimea", "Donbas"}
local i = 0
request = function()
  i = i + 1
  local name = names[(i % #names) + 1]
  return wrk.format("GET", "/api/geocode?q=" .. name:gsub(" ", "%%20") .. "&limit=5")
end
