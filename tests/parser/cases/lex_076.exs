@doc """
hi
"""