-- Naive doubly recursive Fibonacci, the same work as bench/fib.exs.
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end

local t0 = os.clock()
local r = fib(30)
local us = math.floor((os.clock() - t0) * 1e6)
print(r)
io.stderr:write("time_us " .. us .. "\n")
