# Which bad arguments String's functions accept or reject, called through apply: empty subjects short-cut many checks.
defmodule Try do
  def show(fun, args) do
    result =
      try do
        inspect(apply(String, fun, args))
      rescue
        e -> "#{inspect(e.__struct__)}: #{Exception.message(e)}"
      end

    IO.puts("String.#{fun}#{inspect(args)} => #{result}")
  end
end

Try.show(:duplicate, ["ab", -1])
Try.show(:duplicate, [:a, 2])
Try.show(:to_integer, [nil])
Try.show(:to_integer, ["12", 1])
Try.show(:to_integer, ["12", nil])
Try.show(:to_float, ["1"])
Try.show(:upcase, ["", :klingon])
Try.show(:downcase, ["", nil])
Try.show(:upcase, ["abc", :klingon])
Try.show(:capitalize, ["é", :klingon])
Try.show(:capitalize, ["élan", :klingon])
Try.show(:contains?, ["", 1])
Try.show(:contains?, ["", ["a"]])
Try.show(:contains?, ["abc", 1])
Try.show(:split, ["", 1])
Try.show(:split, ["ab", 1])
Try.show(:split, ["ab", ",", "trim"])
Try.show(:replace, ["ab", [], "x"])
Try.show(:jaro_distance, [nil, nil])
Try.show(:jaro_distance, [nil, ""])
Try.show(:bag_distance, ["", nil])
Try.show(:slice, ["abc", 1..2//-1])
Try.show(:pad_leading, ["abc", 5, []])

IO.inspect({:binary.match("", 1), :binary.split("", 1), :binary.matches("", 1), :binary.replace("", 1, "x")})
