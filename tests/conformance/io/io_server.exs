# Reading from a process that speaks the io protocol: IO.read/gets/binread/getn and streams send io requests to it, in binary or list mode; a dead device has terminated the request.
defmodule Srv do
  def start(lines, binary?), do: spawn(fn -> loop(lines, binary?) end)
  defp loop(lines, binary?) do
    receive do
      {:io_request, from, ref, req} ->
        {reply, lines} = answer(req, lines, binary?)
        send(from, {:io_reply, ref, reply})
        loop(lines, binary?)
    end
  end
  defp answer({:get_line, _enc, _prompt}, [], _), do: {:eof, []}
  defp answer({:get_line, _enc, _prompt}, [l | rest], true), do: {l, rest}
  defp answer({:get_line, _enc, _prompt}, [l | rest], false), do: {String.to_charlist(l), rest}
  defp answer({:get_chars, _enc, _prompt, _n}, [], _), do: {:eof, []}
  defp answer({:get_chars, _enc, _prompt, n}, [l | rest], b), do: (if b, do: {String.slice(l, 0, n), rest}, else: {String.to_charlist(String.slice(l, 0, n)), rest})
  defp answer(:getopts, lines, b), do: {[binary: b, encoding: :unicode], lines}
  defp answer(req, lines, _), do: {{:error, {:unknown, req}}, lines}
end
for b <- [true, false] do
  p = Srv.start(["one\n", "two\n", "three"], b)
  IO.inspect(IO.read(p, :line))
  IO.inspect(IO.gets(p, "prompt"))
  IO.inspect(IO.read(p, :all))
  IO.inspect(IO.read(p, :all))
  IO.inspect(IO.read(p, :eof))
  IO.inspect(IO.binread(p, :line))
  IO.inspect(IO.binread(p, 3))
  IO.inspect(IO.binread(p, :all))
  IO.inspect(IO.getn(p, "x", 2))
  IO.inspect(:io.getopts(p))
  p = Srv.start(["a\n", "b\n", "c"], b)
  IO.inspect(IO.stream(p, :line) |> Enum.to_list())
  p = Srv.start(["a\n", "b\n", "c"], b)
  IO.inspect(IO.read(p, :eof))
  p = Srv.start(["a\n", "b\n"], b)
  IO.inspect(IO.binstream(p, :line) |> Enum.to_list())
  p = spawn(fn -> :ok end)
  Process.sleep(10)
  IO.inspect(IO.read(p, :line))
  IO.inspect(try do IO.stream(p, :line) |> Enum.to_list() rescue e -> e end)
end
