# Accounts: family.
