import Standards
print("placeholder")
