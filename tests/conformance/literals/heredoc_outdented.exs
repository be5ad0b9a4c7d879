# A heredoc line indented less than the closing delimiter keeps its text but is warned about, once per heredoc
defmodule Doc do
  def text do
    """
    first
   second
  third
    """
  end
end

IO.inspect(Doc.text())

chars = '''
    kept
  short
    '''

IO.inspect(chars)
