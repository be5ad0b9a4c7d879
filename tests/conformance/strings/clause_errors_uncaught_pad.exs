# An uncaught FunctionClauseError from String.pad_leading/3: the binary padding became graphemes first
IO.puts(String.pad_leading("ok", 4, "-"))
String.pad_leading("a", -1, "xy")
