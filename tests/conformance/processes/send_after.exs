# Process.send_after delivers a message later; read_timer/cancel_timer report the time left or false.
defmodule Timers do
  def run do
    ref = Process.send_after(self(), :tick, 30)
    IO.inspect(is_reference(ref))
    left = Process.read_timer(ref)
    IO.inspect(is_integer(left) and left >= 0 and left <= 30)

    receive do
      :tick -> IO.puts("tick")
    after
      1000 -> IO.puts("no tick")
    end

    IO.inspect(Process.read_timer(ref))
    IO.inspect(Process.cancel_timer(ref))

    # cancelling before it fires: the message never comes
    ref2 = Process.send_after(self(), :never, 200)
    left2 = Process.cancel_timer(ref2)
    IO.inspect(is_integer(left2) and left2 > 100 and left2 <= 200)
    IO.inspect(Process.cancel_timer(ref2))
    IO.inspect(Process.read_timer(ref2))
    # a reference that never was a timer
    IO.inspect({Process.read_timer(make_ref()), Process.cancel_timer(make_ref())})

    receive do
      :never -> IO.puts("cancelled timer fired")
    after
      300 -> IO.puts("cancelled timer stayed silent")
    end

    # timers fire in the order of their times
    Process.send_after(self(), 3, 60)
    Process.send_after(self(), 1, 20)
    Process.send_after(self(), 2, 40)
    Process.send_after(self(), 0, 0)

    for _ <- 1..4 do
      receive do
        n -> IO.inspect(n)
      end
    end

    # to a registered name, and to another process
    Process.register(self(), :timer_target)
    Process.send_after(:timer_target, :by_name, 10)

    receive do
      m -> IO.inspect(m)
    end

    parent = self()

    pid =
      spawn(fn ->
        receive do
          m -> send(parent, {:child_got, m})
        end
      end)

    Process.send_after(pid, :for_child, 10)

    receive do
      m -> IO.inspect(m)
    end
  end
end

Timers.run()
