# Binary patterns with size, binary, bits, signed/little, utf8 and <>.
<<a, b, rest::binary>> = <<1, 2, 3, 4>>
IO.inspect({a, b, rest})
<<len::8, payload::binary-size(len), tail::binary>> = <<3, "abcdef">>
IO.inspect({len, payload, tail})
<<x::16-little>> = <<1, 2>>
IO.inspect(x)
<<s::8-signed>> = <<255>>
IO.inspect(s)
<<u::8-unsigned>> = <<255>>
IO.inspect(u)
<<hi::4, lo::4>> = <<0xAB>>
IO.inspect({hi, lo})
<<bits::bits-size(3), more::bitstring>> = <<0b10110000>>
IO.inspect({bits, more})
<<cp::utf8, after_cp::binary>> = "élan"
IO.inspect({cp, after_cp})
"Hello, " <> name = "Hello, Joe"
IO.inspect(name)
<<f::float>> = <<1.5::float>>
IO.inspect(f)
<<f32::float-32>> = <<0.25::float-32>>
IO.inspect(f32)
<<n::integer-size(32)-big>> = <<0, 0, 1, 0>>
IO.inspect(n)
<<i::signed-little-size(16)>> = <<0xFE, 0xFF>>
IO.inspect(i)
case <<1, 2, 3>> do
  <<1, _::binary>> -> IO.puts("starts with 1")
  _ -> IO.puts("no")
end
