-- The Takeuchi function, the same work as bench/tak.exs.
local function tak(x, y, z)
  if y < x then
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
  end
  return z
end

local t0 = os.clock()
local r = tak(28, 18, 9)
local us = math.floor((os.clock() - t0) * 1e6)
print(r)
io.stderr:write("time_us " .. us .. "\n")
