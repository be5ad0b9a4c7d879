a
|> b