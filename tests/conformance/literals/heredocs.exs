# Heredocs strip the indentation of the closing delimiter.
text = """
  first line
    indented
  last
  """
IO.inspect(text)
IO.write(text)
x = 5
IO.puts("""
value: #{x}
\ttabbed
""")
cl = '''
charlist heredoc
'''
IO.inspect(cl)
