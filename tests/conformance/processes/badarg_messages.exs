# The ArgumentError messages (OTP's extended error information) of the process built-ins' bad arguments.
defmodule Badargs do
  def try_it(label, fun) do
    try do
      fun.()
      IO.puts("#{label}: no error")
    rescue
      e -> IO.puts("#{label}: #{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
  end

  def run do
    try_it("spawn not a fun", fn -> spawn(:not_a_fun) end)
    try_it("spawn/3 bad args", fn -> spawn(List, :first, :not_a_list) end)
    try_it("send to a number", fn -> send(42, :msg) end)
    try_it("send_after negative", fn -> Process.send_after(self(), :x, -1) end)
    try_it("exit not a pid", fn -> Process.exit(:not_a_pid, :kill) end)
    try_it("cancel_timer not a ref", fn -> Process.cancel_timer(:nope) end)
    try_it("link not a pid", fn -> Process.link(:not_a_pid) end)
    try_it("monitor not a pid", fn -> Process.monitor("pid") end)
    try_it("flag unknown", fn -> Process.flag(:no_such_flag, true) end)
    try_it("flag trap_exit non-boolean", fn -> Process.flag(:trap_exit, :yes) end)
    try_it("alive? not a pid", fn -> Process.alive?(:nope) end)
    try_it("info unknown item", fn -> Process.info(self(), :no_such_item) end)
    try_it("info not a pid", fn -> Process.info(:not_a_pid, :status) end)
    try_it("info list with unknown item", fn -> Process.info(self(), [:status, :bogus]) end)
    try_it("unregister unknown name", fn -> Process.unregister(:never_registered) end)
    try_it("memory unknown kind", fn -> :erlang.memory(:bogus) end)
  end
end

Badargs.run()
