# `elixir -e` code is evaluated, never compiled by Erlang: n - 1 fails in :erlang.- with its operands
n = List.first([nil]); IO.inspect(:one); n - 1
