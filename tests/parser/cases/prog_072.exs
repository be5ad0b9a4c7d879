a
|> b
|> c