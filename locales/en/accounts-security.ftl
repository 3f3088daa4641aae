field-password-too-common = This is one of the most common passwords. Choose one that is harder to guess.
field-password-too-simple = This password is too simple (a repeated character, a sequence or a row of keys). Choose a harder one.
field-password-like-account = The password must not be your e-mail, phone or name.
error-busy = The server is busy right now. Try again in a few seconds.
error-children_per_day = You can create at most { $max } children's accounts a day. Try again tomorrow.
error-login_delayed = Too many wrong passwords for this account. Try again { $wait }.

family-child-password = Set a new password
family-child-password-new = New password for { $name }
family-child-password-hint = At least 6 characters. The child is signed out on other devices.
family-child-password-save = Save the password
notice-family_child_password_set = The new password is saved. Your child signs in with it now.
profile-password-by-parent = Your parents change your password: ask them.
error-child_password_by_parent = A child's password is changed by their parent.
