a
* b