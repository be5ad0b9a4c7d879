# Process.send_after with a negative time, uncaught, called from a module: the built-in with Elixir's argument order, then the caller
defmodule Ticker do
  def start(every) do
    Process.send_after(self(), :tick, every)
    :started
  end
end

Ticker.start(-5)
