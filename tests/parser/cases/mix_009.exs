a
when b