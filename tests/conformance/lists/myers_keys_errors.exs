# List.myers_difference/2,3, starts_with?, key functions and to_string, with the errors Elixir raises for bad input
show = fn label, fun ->
  try do
    IO.puts("#{label}: #{inspect(fun.())}")
  rescue
    e -> IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
  end
end

show.("myers ints", fn -> List.myers_difference([1, 4, 2, 3], [1, 2, 3, 4]) end)
show.("myers words", fn -> List.myers_difference(~w(the quick fox), ~w(the slow brown fox)) end)
show.("myers empty left", fn -> List.myers_difference([], [1, 2]) end)
show.("myers equal", fn -> List.myers_difference([:a], [:a]) end)
show.("myers nested strings", fn -> List.myers_difference(["a", "db", "c"], ["a", "bc"], &String.myers_difference/2) end)
pair = fn a, b -> [{:changed, a, b}] end
show.("myers with a diff script", fn -> List.myers_difference([1, 2, 3, 5], [0, 2, 4, 5, 6], pair) end)
show.("myers script refusing", fn -> List.myers_difference([1, 2, 3], [3, 2, 1], fn a, b -> if a == 1, do: nil, else: [{a, b}] end) end)

show.("starts_with? prefix", fn -> List.starts_with?([1, 2, 3], [1, 2]) end)
show.("starts_with? empty prefix", fn -> List.starts_with?([], []) end)
show.("starts_with? longer prefix", fn -> List.starts_with?([1], [1, 2]) end)
show.("starts_with? improper list", fn -> List.starts_with?([1 | 2], [1]) end)

people = [{"ann", 31}, {"bob", 25}, {"cy", 31}]
show.("keyfind", fn -> List.keyfind(people, 31, 1) end)
show.("keyfind default", fn -> List.keyfind(people, 99, 1, :none) end)
show.("keyfind!", fn -> List.keyfind!(people, "zed", 0) end)
show.("keymember?", fn -> List.keymember?(people, "bob", 0) end)
show.("keyreplace", fn -> List.keyreplace(people, "bob", 0, {"bob", 26}) end)
show.("keystore new", fn -> List.keystore(people, "dee", 0, {"dee", 40}) end)
show.("keytake", fn -> List.keytake(people, 25, 1) end)
show.("keytake missing", fn -> List.keytake(people, 0, 1) end)
show.("keydelete", fn -> List.keydelete(people, 31, 1) end)
show.("keysort stable", fn -> List.keysort(people, 1) end)
show.("keysort :desc", fn -> List.keysort(people, 1, :desc) end)
show.("keysort with a function", fn -> List.keysort(people, 0, &>=/2) end)
show.("keysort one element, any position", fn -> List.keysort([{:only}], 5) end)
show.("keysort empty", fn -> List.keysort([], 3) end)

show.("to_string", fn -> List.to_string([?h, "é", [?l, 'lo'], "!"]) end)
show.("to_string of an atom element", fn -> List.to_string([:a]) end)
show.("flatten with tail", fn -> List.flatten([1, [2, [3]]], [4, [5]]) end)
show.("update_at", fn -> List.update_at([1, 2, 3], -1, &(&1 * 10)) end)
show.("insert_at far", fn -> List.insert_at([1, 2], 10, :x) end)
show.("pop_at default", fn -> List.pop_at([1], 3, :none) end)
