foo
.bar