# Attributes can be read while defining functions, and redefined in between.
defmodule Versions do
  @version 1
  def first, do: @version
  @version 2
  def second, do: @version
  @list [:a]
  @list [:b | @list]
  def list, do: @list
  @computed Enum.map(1..3, &(&1 * 10))
  def computed, do: @computed
end

IO.inspect({Versions.first(), Versions.second(), Versions.list(), Versions.computed()})
