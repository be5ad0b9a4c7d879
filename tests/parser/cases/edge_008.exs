foo(
)