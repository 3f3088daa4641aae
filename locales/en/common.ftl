app-tagline = Letters, lessons and tests for children in Uzbekistan
nav-label = Main menu
nav-login = Log in
nav-register = Sign up
nav-logout = Log out
nav-dashboard = My page
nav-profile = Profile
nav-admin = Admin
lang-switch = Interface language

role-student = Student
role-parent = Parent
role-teacher = Teacher
role-organization = Organisation
role-moderator = Moderator
role-admin = Administrator

status-pending = Awaiting approval
status-active = Active
status-rejected = Rejected
status-blocked = Blocked

error-go-home = Go to the home page
error-unauthorized = Please log in first.
error-forbidden = You do not have access to this.
error-not_found = This page does not exist.
error-rate_limited = Too many attempts. Try again { $wait }.
error-internal = Something went wrong on our side. Please try again a little later.
error-validation_failed = Please check the highlighted fields.
error-malformed_json = The request body is not valid JSON of the expected shape.
error-unsupported_media_type = Send the request body as JSON (Content-Type: application/json).
error-body_too_large = The request is too large.
error-csrf_failed = This form has expired. Reload the page and try again.
error-account_not_approved = Your account has not been approved yet.
error-unavailable = This service is not available right now.

field-required = This field is required.
field-too-long = Too long: at most { $max } characters.
field-too-short = Too short: at least { $min } characters.
field-invalid = This value is not valid.
error-malformed_form = The form could not be read. Reload the page and try again.
coins-title = Coins
