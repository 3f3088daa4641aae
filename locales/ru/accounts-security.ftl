field-password-too-common = Это один из самых распространённых паролей. Выберите пароль, который сложнее угадать.
field-password-too-simple = Пароль слишком простой (повтор одного символа, последовательность или ряд клавиш). Выберите посложнее.
field-password-like-account = Пароль не должен совпадать с вашей почтой, телефоном или именем.
error-busy = Сервер сейчас занят. Повторите через несколько секунд.
error-children_per_day = За день можно создать не больше { $max } детских аккаунтов. Повторите завтра.
error-login_delayed = Слишком много неверных паролей для этого аккаунта. Повторите { $wait }.

family-child-password = Задать новый пароль
family-child-password-new = Новый пароль для { $name }
family-child-password-hint = Не короче 6 символов. На других устройствах ребёнок выйдет из аккаунта.
family-child-password-save = Сохранить пароль
notice-family_child_password_set = Новый пароль сохранён. Теперь ребёнок входит с ним.
profile-password-by-parent = Пароль меняют твои родители: попроси их.
error-child_password_by_parent = Пароль ребёнка меняют его родители.
