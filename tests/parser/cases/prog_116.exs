defmodule A.B.C do
end