fn
  {:a, x} -> x
  {:b, _} = t -> t
end