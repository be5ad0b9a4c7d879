foo do
end