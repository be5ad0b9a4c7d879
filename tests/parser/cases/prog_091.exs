%{
  "key" => "value",
  other: :thing
}