def a, do: 1
def b, do: 2