a
+ b