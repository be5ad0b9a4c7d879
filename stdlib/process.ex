# Process: the process dictionary for now (spawning, links and messages
# arrive with the scheduler).
defmodule Process do
  def put(key, value) do
    :erlang.put(key, value)
  end

  def get(key, default \\ nil) do
    case :erlang.get(key) do
      :undefined -> default
      value -> value
    end
  end

  def get, do: :erlang.get()
  def get_keys, do: :erlang.get_keys()
  def get_keys(value), do: :erlang.get_keys(value)

  def delete(key) do
    case :erlang.erase(key) do
      :undefined -> nil
      value -> value
    end
  end
end
