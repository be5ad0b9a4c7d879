case x do
end