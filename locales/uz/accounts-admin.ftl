# Accounts: admin.
