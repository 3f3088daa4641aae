# Accounts: profile.
