# An expression cut off by the end of the file: Elixir points just past the last token when a comment or newline follows
result = 1 +  # the right operand never comes
