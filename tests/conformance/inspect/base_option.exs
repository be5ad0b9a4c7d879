# base: prints integers with a 0x/0o/0b prefix after the sign, and binaries always as bytes in that base.
IO.inspect(255, base: :hex)
IO.inspect(-255, base: :hex)
IO.inspect(255, base: :binary)
IO.inspect(255, base: :octal)
IO.inspect(0, base: :hex)
IO.inspect(-1, base: :octal)
IO.inspect(12345678901234567890123, base: :hex)
IO.inspect(-12345678901234567890123, base: :binary)
IO.inspect(255, base: :decimal)

# Inside collections, every integer follows the option; floats do not.
IO.inspect([10, 255], base: :hex)
IO.inspect({:a, 1.5, [17]}, base: :hex)
IO.inspect(%{10 => 11}, base: :hex)
IO.inspect([a: 10], base: :hex)
IO.inspect(MapSet.new([10]), base: :hex)
IO.inspect(1..20, base: :hex)
IO.inspect(1..20//3, base: :binary)

# A binary is never shown as a string in another base, whatever :binaries says.
IO.inspect("ab", base: :hex)
IO.inspect("abc", base: :hex, binaries: :as_strings)
IO.inspect(<<10, 255>>, base: :hex)
IO.inspect(<<1, 2::3>>, base: :hex)
IO.inspect(<<1, 2::3>>, base: :octal)
IO.inspect(<<255>>, base: :binary)
IO.inspect(<<1, 2, 3, 4, 5>>, base: :hex, limit: 3)

# Charlists are still charlists.
IO.inspect(~c"abc", base: :hex)
IO.inspect(~c"abc", base: :hex, charlists: :as_lists)
