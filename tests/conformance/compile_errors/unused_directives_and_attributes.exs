# Module warnings when the module is done: unused functions, then attributes set but never read, then aliases, then imports
defmodule Config.Defaults do
  def timeout, do: 5000
end

defmodule Client do
  import Enum
  import String, only: [upcase: 1]
  import List
  alias Config.Defaults
  alias Config.Missing
  alias Config.Other, as: Renamed

  @retries 3
  @base_url "http://localhost"
  @zone "eu"
  @used_attr :read

  def run(names) do
    names |> map(&upcase/1) |> Enum.join(",")
  end

  def settings, do: {Defaults.timeout(), @used_attr}
  def region, do: @undefined_region
end

IO.puts(Client.run(["a", "b"]))
IO.inspect(Client.settings())
IO.inspect(Client.region())
