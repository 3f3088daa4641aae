# Accounts: family (parents and their children).

family-title = My children
family-children = Children
family-empty = No children yet. Create an account for your child below, or link an account your child already has.
family-born = Born in { $year }
family-child-id = Alif24 ID:
family-new-give-id = Give this ID to { $name }:
family-new-hint = Your child logs in with this ID and the password you chose. The ID always stays on this page.
family-unlink = Remove from my family
family-unlink-confirm = Remove { $name } from your family? The child's account and progress stay, and you can link it again with the ID and password.

family-add-title = Add a child
family-add-lead = We will create an account for your child. They log in with their own Alif24 ID — no e-mail or phone needed.
family-field-child-name = Child's name
family-field-birth-year = Year of birth
family-birth-year-hint = The child must be 3 to 18 years old.
family-field-avatar = Picture
family-field-child-password = Password for the child
family-password-hint = At least 6 characters. Choose one your child can type and remember.
family-add-submit = Create the account

family-link-title = Link an existing account
family-link-lead = Does your child already have an Alif24 account? Enter its ID and password, or the code from your child's account.
family-field-child-id = Child's Alif24 ID
family-field-child-current-password = Child's password
family-link-or = or
family-field-code = Code from the child's account
family-code-hint = Your child opens “Code for parents” in their account: 6 letters and digits, valid for 15 minutes.
family-link-submit = Link the account

family-code-title = Code for parents
family-code-lead = Would you like your mum or dad to see your stars and progress? Press the button and show them the code.
family-code-show = Show this code to your mum or dad. They type it on their Alif24 page.
family-code-until = The code works once, until { $time }.
family-code-make = Get my code
family-code-again = Make a new code

family-dash-children = My children
family-dash-empty = You have not added any children yet. Create an account for your child — it takes a minute.
family-dash-manage = Add or link a child

notice-family_child_created = Your child's account is ready.
notice-family_child_linked = The child's account is now linked to yours.
notice-family_child_unlinked = The child was removed from your family. Their account stays.

error-family_link_failed = The ID and password, or the code, do not match a child's account. Check them and try again.
error-family_link_missing = Enter your child's ID and password, or the code from their account.
error-family_full = A family can have at most { $max } children.
field-family-child-id-invalid = An Alif24 ID has 8 digits.
