# Nested maps and lists wrap at 80 columns with indentation.
data = %{
  users: [
    %{name: "Alice", roles: [:admin, :dev], meta: %{age: 31, city: "Paris"}},
    %{name: "Bob", roles: [], meta: %{age: 25, city: "Berlin"}}
  ],
  count: 2,
  tags: ~w(a b c)
}
IO.inspect(data)
IO.inspect(data, width: 40)
IO.inspect(%{"string key" => %{"another" => [1, 2, 3]}, :atom => {1, 2}})
