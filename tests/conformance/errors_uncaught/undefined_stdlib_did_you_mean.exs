# A misspelled standard library function lists the functions of that name.
String.upcas("vial")
