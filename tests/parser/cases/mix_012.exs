foo.
bar