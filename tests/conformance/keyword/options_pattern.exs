# Options handling: defaults with Keyword.merge, Keyword.validate, and matching on keyword lists.
defmodule Conn do
  def open(opts) do
    opts = Keyword.merge([host: "localhost", port: 80], opts)
    "#{opts[:host]}:#{opts[:port]}"
  end
end

IO.puts(Conn.open([]))
IO.puts(Conn.open(port: 8080))
IO.puts(Conn.open(host: "example.com", port: 443))
[{:first, v} | _] = [first: 1, second: 2]
IO.inspect(v)
IO.inspect(Keyword.validate([a: 1], [:a, b: 2]))
IO.inspect(Keyword.validate([c: 1], [:a]))
