# `elixir -e` code is evaluated, never compiled by Erlang: its variables are never unused, Map.fetch! stays :maps.get
unused = 1; m = %{}; y = List.first([nil]); IO.inspect(m); IO.inspect(:math.sqrt(4.0)); Map.fetch!(m, :missing)
