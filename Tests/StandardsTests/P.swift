import Standards
import Testing
