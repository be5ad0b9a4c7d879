~S"""
raw #{x} \n
"""