# Module attributes: Module.register_attribute with accumulate: true, redefinition, values seen at each definition
defmodule Plugins do
  Module.register_attribute(__MODULE__, :plugins, accumulate: true)
  Module.register_attribute(__MODULE__, :single, accumulate: false)

  @moduledoc "Attributes Elixir keeps for documentation are ignored"
  @plugins :logger
  @plugins {:cache, ttl: 60}

  def early, do: @plugins

  @plugins :metrics

  def all, do: @plugins
  def single, do: @single

  @single :set
  def single_after, do: @single

  @limit 10
  def limit, do: @limit
  @limit @limit * 2
  def doubled_limit, do: @limit

  @names ~w(a b c)a
  def names, do: @names
end

IO.inspect(Plugins.early())
IO.inspect(Plugins.all())
IO.inspect({Plugins.single(), Plugins.single_after()})
IO.inspect({Plugins.limit(), Plugins.doubled_limit()})
IO.inspect(Plugins.names())
