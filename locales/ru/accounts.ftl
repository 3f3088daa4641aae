home-title = Буквы, цифры и многое другое — на узбекском, русском и английском
home-lead = Alif24 — место, где дети от 4 до 11 лет учат три алфавита, играют в обучающие игры и проходят тесты, родители следят за их успехами, а учителя ведут свои классы.
home-cta-parent = Начать как родитель
home-for-parents = Создайте учётные записи детям и следите за их успехами.
home-for-teachers = Создавайте классы, приглашайте учеников по коду и составляйте тесты.
home-for-orgs = Объедините учителей и учеников вашей школы или учебного центра.
home-for-children = Войди с 8-значным ID, который тебе дали родители.

login-title = Вход
login-identifier = E-mail, телефон или Alif24 ID
login-identifier-hint = Дети входят со своим 8-значным Alif24 ID.
login-no-account = Ещё нет учётной записи?
register-title = Регистрация
register-who = Я —
register-approval-hint = Учителя и организации могут начать сразу; часть возможностей откроется после подтверждения администратором.
register-org-kind-hint = Только для организаций.
register-contact-hint = Укажите e-mail, телефон или и то и другое.
register-password-hint = Не менее 8 символов.
register-have-account = Уже зарегистрированы?

field-name = Имя
field-email = E-mail
field-phone = Телефон
field-password = Пароль
field-org-kind = Тип организации
org-kind-learning_centre = Учебный центр
org-kind-school = Школа

setup-title = Создание первого администратора
setup-lead = Эта ссылка работает один раз. Созданная здесь учётная запись управляет всей платформой.
setup-submit = Создать администратора

dashboard-hello = { $viewer ->
    [child] Привет, { $name }!
   *[other] Здравствуйте, { $name }!
}
dashboard-your-id = { $viewer ->
    [child] Твой Alif24 ID:
   *[other] Ваш Alif24 ID:
}
dashboard-pending = Ваша учётная запись ожидает подтверждения администратором. После подтверждения вы сможете создавать классы.
dashboard-rejected = Администратор не подтвердил вашу учётную запись. Если это ошибка, обратитесь в поддержку платформы.

notice-welcome = Добро пожаловать в Alif24!
notice-admin_created = Учётная запись администратора готова. Войдите с её e-mail.

error-invalid_credentials = Неверный логин или пароль.
error-account_blocked = Эта учётная запись заблокирована. Обратитесь к администраторам платформы.
error-already_registered = Учётная запись с такими данными уже существует.
error-invalid_refresh_token = Сеанс завершён. Войдите снова.
error-setup_link_invalid = Эта ссылка недействительна или уже использована.

field-email-invalid = Введите e-mail вида name@example.com.
field-phone-invalid = Введите номер телефона вида +998 90 123 45 67.
field-login-invalid = Введите e-mail, номер телефона или 8-значный Alif24 ID.
field-avatar-invalid = Выберите одну из предложенных картинок.
field-birth-year-invalid = Введите год от { $from } до { $to }.
field-role-not-allowed = Эту роль нельзя выбрать при регистрации.
field-email-or-phone = Укажите e-mail или номер телефона.
field-email-taken = Этот e-mail уже зарегистрирован.
field-phone-taken = Этот номер телефона уже зарегистрирован.
nav-family = Мои дети
nav-classes = Классы
nav-org = Организация
dashboard-child-tests = Тесты и результаты
