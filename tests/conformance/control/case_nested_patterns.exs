# Deep patterns in case: nested tuples, lists, maps and binaries together.
for m <- [
      {:user, %{name: "ann", roles: [:admin, :dev]}},
      {:user, %{name: "bob", roles: []}},
      {:packet, <<1, 42, 0, 0>>},
      {:list, [1, [2, [3]]]},
      {:other, 1}
    ] do
  r =
    case m do
      {:user, %{name: n, roles: [:admin | _]}} -> "admin #{n}"
      {:user, %{name: n}} -> "user #{n}"
      {:packet, <<1, size::8, _::binary>>} -> "packet of #{size}"
      {:list, [a, [b, [c]]]} -> "list #{a + b + c}"
      _ -> "other"
    end

  IO.puts(r)
end
