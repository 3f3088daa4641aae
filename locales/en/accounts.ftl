home-title = Learn letters, numbers and more — in Uzbek, Russian and English
home-lead = Alif24 is where children aged 4 to 11 learn the three alphabets, play learning games and take tests, while parents follow their progress and teachers run their classes.
home-cta-parent = Start as a parent
home-for-parents = Create accounts for your children and follow their progress.
home-for-teachers = Create classes, invite students with a code and build tests.
home-for-orgs = Bring your school or learning centre's teachers and students together.
home-for-children = Log in with the 8-digit ID your parent gave you.

login-title = Log in
login-identifier = E-mail, phone or Alif24 ID
login-identifier-hint = Children log in with their 8-digit Alif24 ID.
login-no-account = No account yet?
register-title = Create an account
register-who = I am a
register-approval-hint = Teachers and organisations can start right away; some features open after an administrator approves the account.
register-org-kind-hint = For organisations only.
register-contact-hint = Give an e-mail, a phone number, or both.
register-password-hint = At least 8 characters.
register-have-account = Already registered?

field-name = Name
field-email = E-mail
field-phone = Phone
field-password = Password
field-org-kind = Type of organisation
org-kind-learning_centre = Learning centre
org-kind-school = School

setup-title = Create the first administrator
setup-lead = This link works once. The account you create here manages the whole platform.
setup-submit = Create administrator

dashboard-hello = Hello, { $name }!
dashboard-your-id = Your Alif24 ID:
dashboard-pending = Your account is waiting for an administrator's approval. You will be able to create classes once it is approved.
dashboard-rejected = An administrator did not approve your account. Contact the platform's support if you think this is a mistake.

notice-welcome = Welcome to Alif24!
notice-admin_created = The administrator account is ready. Log in with its e-mail.

error-invalid_credentials = The login or password is wrong.
error-account_blocked = This account is blocked. Contact the platform's administrators.
error-already_registered = An account with these details already exists.
error-invalid_refresh_token = Your session has ended. Please log in again.
error-setup_link_invalid = This setup link is invalid or has already been used.

field-email-invalid = Enter an e-mail address like name@example.com.
field-phone-invalid = Enter a phone number like +998 90 123 45 67.
field-login-invalid = Enter an e-mail, a phone number or an 8-digit Alif24 ID.
field-avatar-invalid = Choose one of the pictures offered.
field-birth-year-invalid = Enter a year from { $from } to { $to }.
field-role-not-allowed = This role cannot be chosen at sign-up.
field-email-or-phone = Give an e-mail or a phone number.
field-email-taken = This e-mail is already registered.
field-phone-taken = This phone number is already registered.
nav-family = My children
nav-classes = Classes
nav-org = Organisation
dashboard-child-tests = Tests and results
