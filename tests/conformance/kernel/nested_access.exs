# get_in, put_in, update_in, pop_in and Access with keys and functions.
data = %{user: %{name: "ann", langs: ["elixir", "c"], address: %{city: "Oslo"}}}
IO.inspect(get_in(data, [:user, :name]))
IO.inspect(get_in(data, [:user, :missing, :deeper]))
IO.inspect(put_in(data, [:user, :address, :city], "Bergen"))
IO.inspect(update_in(data, [:user, :langs], &["erlang" | &1]))
IO.inspect(put_in(data.user.name, "bob"))
IO.inspect(update_in(data.user.address.city, &String.upcase/1))
IO.inspect(pop_in(data, [:user, :address]))
IO.inspect(get_and_update_in(data, [:user, :name], &{&1, String.capitalize(&1)}))
kw = [a: [b: 1]]
IO.inspect(get_in(kw, [:a, :b]))
IO.inspect(put_in(kw, [:a, :b], 2))
IO.inspect(get_in(%{list: [1, 2, 3]}, [:list, Access.at(1)]))
IO.inspect(update_in(%{items: [%{n: 1}, %{n: 2}]}, [:items, Access.all(), :n], &(&1 * 10)))
IO.inspect(get_in({1, {2, 3}}, [Access.elem(1), Access.elem(0)]))
IO.inspect(data[:user][:address][:city])
