a +
b