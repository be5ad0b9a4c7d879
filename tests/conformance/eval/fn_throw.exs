# -e: a fn of the evaluated code that raises when called directly.
f = fn -> throw(:ball) end
f.()
