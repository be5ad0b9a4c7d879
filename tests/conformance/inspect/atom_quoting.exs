# Which atoms need quotes when inspected.
atoms = [:foo, :foo_bar, :foo?, :foo!, :Foo, :"foo bar", :"foo-bar", :"Foo.Bar", :"foo.bar",
         :"Foo.bar", :"1a", :_a, :@, :"@foo", :+, :-, :*, :/, :==, :===, :!, :&&, :||, :|>,
         :<>, :++, :., :.., :..., :"::", :"[]", :"{}", :%, :%{}, :"", :"é", :"a\nb", :"Elixir",
         :"Elixir.foo", :nil, :true, :do, :fn, :when, :\\, :^, :&, :=, :<-, :"?", :"foo=", :a@b]
for a <- atoms, do: IO.puts(inspect(a))
