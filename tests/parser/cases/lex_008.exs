"""
  abc
    def
  """