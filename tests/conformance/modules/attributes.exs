# Module attributes act as compile-time constants.
defmodule AppConfig do
  @default_port 4000
  @hosts ["a.example", "b.example"]
  @limits %{max: 10, min: 1}
  @pi 3.14159
  @doubled @default_port * 2

  def port, do: @default_port
  def hosts, do: @hosts
  def max, do: @limits.max
  def circle(r), do: @pi * r * r
  def doubled, do: @doubled
end

IO.inspect(AppConfig.port())
IO.inspect(AppConfig.hosts())
IO.inspect(AppConfig.max())
IO.inspect(AppConfig.circle(2))
IO.inspect(AppConfig.doubled())
