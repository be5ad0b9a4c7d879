# get_in/put_in/update_in/pop_in with Access.key/key!/at/all/filter/elem, nil along the path, and the errors accessors raise
show = fn label, fun ->
  try do
    IO.puts("#{label}: #{inspect(fun.())}")
  rescue
    e -> IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
  end
end

data = %{users: [%{name: "ann", age: 31}, %{name: "bob", age: 25}], opts: [depth: 1], point: {1, {2, 3}}}
show.("all names", fn -> get_in(data, [:users, Access.all(), :name]) end)
show.("last age", fn -> get_in(data, [:users, Access.at(-1), :age]) end)
show.("missing index", fn -> get_in(data, [:users, Access.at(9), :age]) end)
show.("filter", fn -> get_in(data, [:users, Access.filter(&(&1.age > 30)), :name]) end)
show.("keyword then elem", fn -> {get_in(data, [:opts, :depth]), get_in(data, [:point, Access.elem(1), Access.elem(0)])} end)
show.("key with default", fn -> get_in(data, [Access.key(:missing, %{x: 5}), :x]) end)
show.("nil stops the walk", fn -> get_in(data, [:missing, Access.all(), :x]) end)
show.("nil before key!", fn -> get_in(%{a: nil}, [:a, Access.key!(:b)]) end)
show.("nil before elem", fn -> get_in(nil, [Access.elem(3)]) end)
show.("key! missing", fn -> get_in(data, [Access.key!(:missing)]) end)
show.("all on a non-list", fn -> get_in(%{a: 1}, [:a, Access.all()]) end)
show.("elem on a non-tuple", fn -> get_in(%{a: 1}, [:a, Access.elem(0)]) end)

show.("put_in all", fn -> put_in(data, [:users, Access.all(), :age], 0).users end)
show.("update_in at", fn -> update_in(data, [:users, Access.at(0), :age], &(&1 + 1)).users end)
show.("update_in filter", fn -> update_in(data, [:users, Access.filter(&(&1.age < 30)), :name], &String.upcase/1).users end)
show.("put_in elem", fn -> put_in(data, [:point, Access.elem(0)], :x).point end)
show.("put_in through nil", fn -> put_in(data, [:nope, :x], 1) end)
show.("get_and_update_in", fn -> get_and_update_in(data, [:users, Access.all(), :age], &{&1, &1 * 2}) |> elem(0) end)

show.("pop_in all", fn -> pop_in(data, [:users, Access.all(), :age]) |> elem(1) |> Map.get(:users) end)
show.("pop_in at -1", fn -> pop_in(%{a: [1, 2, 3]}, [:a, Access.at(-1)]) end)
show.("pop_in filter", fn -> pop_in(%{a: [1, 2, 3]}, [:a, Access.filter(&(&1 > 1))]) end)
show.("pop_in missing", fn -> pop_in(%{a: %{}}, [:a, :b]) end)
show.("pop_in a tuple element", fn -> pop_in(data, [:point, Access.elem(0)]) end)
