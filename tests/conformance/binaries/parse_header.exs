# A small binary protocol parser using recursive binary matching.
defmodule TLV do
  def parse(<<>>), do: []
  def parse(<<type::8, len::16, value::binary-size(len), rest::binary>>) do
    [{type, value} | parse(rest)]
  end
  def parse(other), do: [{:garbage, other}]
end

packet = <<1, 0, 3, "abc", 2, 0, 0, 7, 0, 2, "hi", 9, 9>>
IO.inspect(TLV.parse(packet))
