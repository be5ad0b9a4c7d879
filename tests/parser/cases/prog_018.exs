fun = &String.upcase/1
fun.("a")