x = """
    indented
      more
    back
    """