"multi
line
string"