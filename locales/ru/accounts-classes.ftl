# Accounts: classes.
