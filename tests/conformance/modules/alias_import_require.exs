# alias (with as:), import (only:/except:) and require.
defmodule Deep.Nested.Util do
  def hello, do: :hello_from_util
  def add(a, b), do: a + b
  def sub(a, b), do: a - b
end

defmodule User do
  alias Deep.Nested.Util
  alias Deep.Nested.Util, as: U
  import Deep.Nested.Util, only: [add: 2]
  require Integer

  def run do
    IO.inspect(Util.hello())
    IO.inspect(U.add(1, 2))
    IO.inspect(add(10, 20))
    IO.inspect(Integer.is_even(4))
  end
end

defmodule User2 do
  import Deep.Nested.Util, except: [add: 2]
  import List, only: [first: 1]
  def run, do: IO.inspect({sub(5, 3), hello(), first([9])})
end

User.run()
User2.run()
