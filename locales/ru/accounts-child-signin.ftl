# Easy sign-in for children: the login page, picture sign-in, login cards, "open my child's
# account", signing out, and the notice of repeated guessing.

login-modes = Кто входит?
login-mode-child = Ребёнок (Alif24 ID)
login-mode-grown-up = Взрослый (e-mail или телефон)
login-child-id = Твой Alif24 ID
login-child-id-hint = 8 цифр. Спроси у родителей или учителя.
login-show-password = Показать пароль
login-with-pictures = Войти по картинкам

pictures-title = Вход по картинкам
pictures-who = Кто ты?
pictures-next = Дальше
pictures-lead = { $count ->
    [one] Нажми свою { $count } картинку.
    [few] Нажми свои { $count } картинки по порядку.
   *[other] Нажми свои { $count } картинок по порядку.
}
pictures-progress = { $count ->
    [one] Нажата { $count } картинка
    [few] Нажаты { $count } картинки
   *[other] Нажато { $count } картинок
}
pictures-again = Начать заново
pictures-someone-else = Другой ребёнок
pictures-use-password = Войти с паролем

picture-apple = Яблоко
picture-cat = Кошка
picture-dog = Собака
picture-fish = Рыба
picture-flower = Цветок
picture-balloon = Шарик
picture-house = Дом
picture-car = Машина
picture-star = Звезда
picture-banana = Банан
picture-elephant = Слон
picture-moon = Луна

picture-password-set = Задать пароль из картинок
picture-password-change = Изменить пароль из картинок
picture-password-lead = Пока { $name } не умеет читать, вместо пароля можно нажимать 4 картинки по порядку. Выберите картинки и покажите их ребёнку.
picture-password-position = Картинка { $n }
picture-password-save = Сохранить пароль из картинок
picture-password-remove = Удалить пароль из картинок
notice-picture_password_set = Пароль из картинок сохранён.
notice-picture_password_removed = Пароль из картинок удалён.
field-pictures-invalid = { $count ->
    [one] Выберите { $count } картинку из списка.
    [few] Выберите { $count } картинки из списка.
   *[other] Выберите { $count } картинок из списка.
}
field-pictures-all-same = Выберите хотя бы две разные картинки.

login-card-make = Распечатать карточку для входа
login-card-title = { $name }: карточка для входа
login-card-back = Назад
login-card-once = Карточка показывается только сейчас: распечатайте её или откройте на устройстве ребёнка. Если она потеряется, отмените её на странице семьи.
login-card-id = Alif24 ID:
login-card-qr-label = QR-код для входа: { $name }
login-card-how = Наведи камеру телефона на QR-код, и Alif24 откроется сам.
login-card-expires = Действует до { $date }
login-card-link-lead = Или откройте эту ссылку на устройстве ребёнка:
login-card-secret-hint = Ссылка работает как пароль: открывайте её только на устройстве ребёнка и никому не пересылайте.
login-card-print = Распечатать
login-card-preview-title = Карточка для входа в Alif24
login-card-preview-lead = Эта ссылка входит в Alif24 от имени ребёнка. Откройте её на телефоне или планшете ребёнка.
login-card-preview-open = Войти на этом устройстве
login-cards-summary = { $count ->
    [0] Карточек для входа нет
   *[other] Карточки для входа: { $count }
}
login-cards-empty = Карточек для входа пока нет.
login-cards-created = Создана: { $date }
login-cards-last-used = Последний вход: { $date }
login-cards-never-used = Ещё не использовалась
login-cards-revoke = Отменить
login-cards-revoke-confirm = Отменить карточку? Входы, открытые с ней, тоже завершатся.
notice-login_card_revoked = Карточка отменена, входы с ней завершены.
error-login_card_invalid = Эта карточка для входа больше не работает. Попроси новую у родителей или учителя.
error-login_cards_too_many = Для одного ребёнка можно не больше { $max } карточек. Сначала отмените старую.

switch-open-child = Открыть аккаунт: { $name }
logout-confirm-title = Хочешь выйти?
logout-confirm-stay = Нет, остаюсь
logout-confirm-yes = Да, выйти
back-to-parent-title = Вернуться в аккаунт: { $name }
back-to-parent-lead = Этот аккаунт на телефоне открыл(а) { $name }. Чтобы вернуться, { $name } вводит свой пароль.
back-to-parent-password = Пароль: { $name }
back-to-parent-submit = Вернуться

signin-alert-today = { $count ->
    [few] Сегодня кто-то { $count } раза пытался войти в аккаунт «{ $name }» с неверным паролем.
   *[other] Сегодня кто-то { $count } раз пытался войти в аккаунт «{ $name }» с неверным паролем.
}
signin-alert-day = { $count ->
    [few] { $date } кто-то { $count } раза пытался войти в аккаунт «{ $name }» с неверным паролем.
   *[other] { $date } кто-то { $count } раз пытался войти в аккаунт «{ $name }» с неверным паролем.
}
signin-alert-advice = Это мог быть сам ребёнок или одноклассник. Если вы беспокоитесь, задайте новый пароль.
signin-alert-dismiss = Понятно
notice-signin_alert_dismissed = Уведомление закрыто.

class-student-password = Новый пароль
class-student-password-hint = Не меньше 6 символов. Ученик выйдет из аккаунта на других устройствах.
notice-class_student_password_set = Новый пароль сохранён. Теперь ученик входит с ним.
