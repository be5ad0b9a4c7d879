# cond evaluates the first truthy condition.
grade = fn score ->
  cond do
    score >= 90 -> "A"
    score >= 80 -> "B"
    score >= 70 -> "C"
    true -> "F"
  end
end

IO.inspect(Enum.map([95, 85, 75, 10], grade))
IO.inspect(cond do
  nil -> :no
  false -> :no
  0 -> :zero_is_truthy
end)
