# Macro: quoted expressions as text. vial has no macros; the quoted forms
# it meets are the clause heads a FunctionClauseError lists, so to_string/1
# knows patterns, guards and plain calls, printed as Elixir's formatter
# prints them.
defmodule Macro do
  def to_string(ast), do: expr(ast)

  # Binary operators by precedence (higher binds tighter) and the side an
  # operand of the same precedence may sit on without parentheses.
  @operators %{
    :when => {10, :right}, :"::" => {11, :left}, :| => {12, :right}, :"\\\\" => {13, :left},
    := => {20, :right}, :or => {30, :left}, :|| => {30, :left}, :and => {40, :left}, :&& => {40, :left},
    :== => {50, :left}, :!= => {50, :left}, :=~ => {50, :left}, :=== => {50, :left}, :!== => {50, :left},
    :< => {60, :left}, :> => {60, :left}, :<= => {60, :left}, :>= => {60, :left},
    :|> => {70, :left}, :in => {80, :left}, :++ => {100, :right}, :-- => {100, :right},
    :.. => {100, :right}, :<> => {100, :right}, :+ => {110, :left}, :- => {110, :left},
    :* => {120, :left}, :/ => {120, :left}, :** => {125, :left}
  }

  @unary [:not, :-, :+, :!, :^]

  @logical [:||, :|||, :or, :&&, :&&&, :and]

  defp expr({name, _, context}) when is_atom(name) and is_atom(context), do: Atom.to_string(name)
  defp expr({:__aliases__, _, parts}), do: Enum.map_join(parts, ".", &Atom.to_string/1)
  defp expr({:%{}, _, pairs}), do: "%{" <> pairs(pairs) <> "}"
  defp expr({:%, _, [struct, {:%{}, _, pairs}]}), do: "%" <> expr(struct) <> "{" <> pairs(pairs) <> "}"
  defp expr({:{}, _, items}), do: "{" <> items(items) <> "}"
  defp expr({:<<>>, _, segments}), do: "<<" <> Enum.map_join(segments, ", ", &segment/1) <> ">>"
  defp expr({:.., _, [first, last]}), do: operand(first, :.., 100, :left) <> ".." <> operand(last, :.., 100, :right)
  defp expr({:"..//", _, [first, last, step]}), do: expr({:.., [], [first, last]}) <> "//" <> expr(step)

  defp expr({op, _, [operand]}) when op in @unary do
    text = operand(operand, op, 130, :right)
    if op == :not, do: "not " <> text, else: Atom.to_string(op) <> text
  end

  defp expr({op, _, [left, right]}) when is_map_key(@operators, op) do
    {prec, _} = Map.fetch!(@operators, op)
    operand(left, op, prec, :left) <> " " <> Atom.to_string(op) <> " " <> operand(right, op, prec, :right)
  end

  defp expr({{:., _, [map, key]}, [no_parens: true], []}), do: expr(map) <> "." <> Atom.to_string(key)

  defp expr({{:., _, [module, fun]}, _, args}) when is_atom(fun) do
    name = if is_atom(module), do: Kernel.inspect(module), else: expr(module)
    name <> "." <> Atom.to_string(fun) <> "(" <> items(args) <> ")"
  end

  defp expr({fun, _, args}) when is_atom(fun) and is_list(args), do: Atom.to_string(fun) <> "(" <> items(args) <> ")"
  defp expr({left, right}), do: "{" <> items([left, right]) <> "}"
  defp expr(list) when is_list(list), do: list(list)
  defp expr(integer) when is_integer(integer), do: digits(Integer.to_string(integer))
  defp expr(float) when is_float(float), do: float(Kernel.inspect(float))
  defp expr(other), do: Kernel.inspect(other)

  # An operand in parentheses when its operator binds looser than the one
  # around it (outer), or as loosely on the side precedence does not allow,
  # or is another logical operator: a or (b and c).
  defp operand({op, _, [_, _]} = ast, outer, prec, side) when is_map_key(@operators, op) do
    {inner, assoc} = Map.fetch!(@operators, op)
    text = expr(ast)
    mixed = op != outer and op in @logical and outer in @logical
    if inner < prec or (inner == prec and assoc != side) or mixed, do: "(" <> text <> ")", else: text
  end

  defp operand(ast, _outer, _prec, _side), do: expr(ast)

  defp items(items), do: Enum.map_join(items, ", ", &expr/1)

  defp list([]), do: "[]"

  defp list(list) do
    cond do
      List.ascii_printable?(list) and Enum.all?(list, &is_integer/1) -> Kernel.inspect(list)
      keywords?(list) -> "[" <> keywords(list) <> "]"
      true -> "[" <> Enum.map_join(list, ", ", &expr/1) <> "]"
    end
  end

  defp keywords?(list), do: Enum.all?(list, &match?({key, _} when is_atom(key), &1))

  defp keywords(pairs) do
    Enum.map_join(pairs, ", ", fn {key, value} -> key(key) <> " " <> expr(value) end)
  end

  # Pairs whose keys are atoms at the end are written as keywords.
  defp pairs(pairs) do
    {arrows, keys} = Enum.split(pairs, length(pairs) - length(Enum.take_while(Enum.reverse(pairs), &atom_key?/1)))
    arrows = Enum.map(arrows, fn {key, value} -> expr(key) <> " => " <> expr(value) end)
    Enum.join(arrows ++ if(keys == [], do: [], else: [keywords(keys)]), ", ")
  end

  defp atom_key?({key, _}), do: is_atom(key)

  defp key(key) do
    case Kernel.inspect(key) do
      ":" <> name -> name <> ":"
      name -> name <> ":"
    end
  end

  defp segment({:"::", _, [value, spec]}), do: expr(value) <> "::" <> spec(spec)
  defp segment(value), do: expr(value)

  defp spec({:-, _, [left, right]}), do: spec(left) <> "-" <> spec(right)
  defp spec(spec), do: expr(spec)

  # Digits in threes from six on, as the formatter writes numbers.
  defp digits("-" <> digits), do: "-" <> digits(digits)
  defp digits(digits) when byte_size(digits) < 6, do: digits

  defp digits(digits) do
    head = rem(byte_size(digits), 3)
    groups = for <<group::binary-size(3) <- binary_part(digits, head, byte_size(digits) - head)>>, do: group
    Enum.join(if(head == 0, do: groups, else: [binary_part(digits, 0, head) | groups]), "_")
  end

  defp float(text) do
    case :binary.split(text, ".") do
      [whole, fraction] -> digits(whole) <> "." <> fraction
      _ -> text
    end
  end
end
