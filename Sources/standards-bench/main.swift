import Standards
