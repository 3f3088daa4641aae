# Easy sign-in for children: the login page, picture sign-in, login cards, "open my child's
# account", signing out, and the notice of repeated guessing.

login-modes = Who is signing in?
login-mode-child = A child (Alif24 ID)
login-mode-grown-up = A grown-up (e-mail or phone)
login-child-id = Your Alif24 ID
login-child-id-hint = 8 digits. Ask your parents or your teacher.
login-show-password = Show password
login-with-pictures = Sign in with pictures

pictures-title = Sign in with pictures
pictures-who = Who are you?
pictures-next = Next
pictures-lead = { $count ->
    [one] Tap your picture.
   *[other] Tap your { $count } pictures in order.
}
pictures-progress = { $count ->
    [one] { $count } picture tapped
   *[other] { $count } pictures tapped
}
pictures-again = Start again
pictures-someone-else = Someone else
pictures-use-password = Sign in with a password

picture-apple = Apple
picture-cat = Cat
picture-dog = Dog
picture-fish = Fish
picture-flower = Flower
picture-balloon = Balloon
picture-house = House
picture-car = Car
picture-star = Star
picture-banana = Banana
picture-elephant = Elephant
picture-moon = Moon

picture-password-set = Set a picture password
picture-password-change = Change the picture password
picture-password-lead = While { $name } cannot read yet, they can tap 4 pictures in order instead of typing a password. Choose the pictures and show them to your child.
picture-password-position = Picture { $n }
picture-password-save = Save the picture password
picture-password-remove = Remove the picture password
notice-picture_password_set = The picture password is saved.
notice-picture_password_removed = The picture password is removed.
field-pictures-invalid = { $count ->
    [one] Choose one picture from the list.
   *[other] Choose { $count } pictures from the list.
}
field-pictures-all-same = Choose at least two different pictures.

login-card-make = Print a login card
login-card-title = { $name }: login card
login-card-back = Back
login-card-once = This card is shown only now: print it or open it on your child's device. If it gets lost, cancel it on the family page.
login-card-id = Alif24 ID:
login-card-qr-label = Sign-in QR code for { $name }
login-card-how = Point a phone's camera at the QR code and Alif24 opens by itself.
login-card-expires = Valid until { $date }
login-card-link-lead = Or open this link on your child's device:
login-card-secret-hint = The link works like a password: open it only on your child's device and do not send it to anyone.
login-card-print = Print
login-card-preview-title = Alif24 login card
login-card-preview-lead = This link signs a child in to Alif24. Open it on the child's phone or tablet.
login-card-preview-open = Sign in on this device
login-cards-summary = { $count ->
    [0] No login cards
    [one] { $count } login card
   *[other] { $count } login cards
}
login-cards-empty = No login cards yet.
login-cards-created = Made on { $date }
login-cards-last-used = Last used { $date }
login-cards-never-used = Not used yet
login-cards-revoke = Cancel card
login-cards-revoke-confirm = Cancel this card? Sessions opened with it end too.
notice-login_card_revoked = The card is cancelled and its sessions have ended.
error-login_card_invalid = This login card no longer works. Ask your parents or your teacher for a new one.
error-login_cards_too_many = A child can have at most { $max } cards. Cancel an old one first.

switch-open-child = Open { $name }'s account
logout-confirm-title = Do you want to sign out?
logout-confirm-stay = No, stay
logout-confirm-yes = Yes, sign out
back-to-parent-title = Back to { $name }'s account
back-to-parent-lead = { $name } opened this account on this phone. To go back, { $name } types their password.
back-to-parent-password = { $name }'s password
back-to-parent-submit = Go back

signin-alert-today = { $count ->
    [one] Someone tried to sign in to { $name }'s account with a wrong password once today.
   *[other] Someone tried to sign in to { $name }'s account with a wrong password { $count } times today.
}
signin-alert-day = { $count ->
    [one] On { $date }, someone tried to sign in to { $name }'s account with a wrong password once.
   *[other] On { $date }, someone tried to sign in to { $name }'s account with a wrong password { $count } times.
}
signin-alert-advice = It may have been your child or a classmate. If you are worried, set a new password.
signin-alert-dismiss = Got it
notice-signin_alert_dismissed = The notice is closed.

class-student-password = New password
class-student-password-hint = At least 6 characters. The student is signed out on their other devices.
notice-class_student_password_set = The new password is saved. The student signs in with it now.
