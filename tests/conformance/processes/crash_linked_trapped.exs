# A linked process that raises: a trapping parent gets {:EXIT, pid, {exception, stacktrace}} and the crash is logged.
defmodule LinkedCrash do
  def run do
    Process.flag(:trap_exit, true)
    pid = spawn_link(fn -> raise ArgumentError, "linked failure" end)

    receive do
      {:EXIT, ^pid, {%ArgumentError{} = e, stack}} ->
        Process.sleep(200)
        IO.inspect(e)
        IO.inspect(is_list(stack))
    end

    IO.puts("parent survived")
  end
end

LinkedCrash.run()
