app-tagline = Буквы, уроки и тесты для детей Узбекистана
nav-label = Главное меню
nav-login = Войти
nav-register = Регистрация
nav-logout = Выйти
nav-dashboard = Моя страница
nav-profile = Профиль
nav-admin = Управление
lang-switch = Язык интерфейса

role-student = Ученик
role-parent = Родитель
role-teacher = Учитель
role-organization = Учебная организация
role-moderator = Модератор
role-admin = Администратор

status-pending = Ожидает подтверждения
status-active = Активен
status-rejected = Отклонён
status-blocked = Заблокирован

error-go-home = На главную
error-unauthorized = Сначала войдите в систему.
error-forbidden = У вас нет доступа к этому.
error-not_found = Такой страницы нет.
error-rate_limited = Слишком много попыток. Повторите { $wait }.
error-internal = У нас что-то пошло не так. Попробуйте чуть позже.
error-validation_failed = Проверьте отмеченные поля.
error-malformed_json = Тело запроса — не JSON ожидаемого вида.
error-unsupported_media_type = Отправьте тело запроса в формате JSON (Content-Type: application/json).
error-body_too_large = Запрос слишком большой.
error-csrf_failed = Форма устарела. Обновите страницу и попробуйте снова.
error-account_not_approved = Ваша учётная запись ещё не подтверждена.
error-unavailable = Эта служба сейчас недоступна.

field-required = Заполните это поле.
field-too-long = Слишком длинно: не более { $max } символов.
field-too-short = Слишком коротко: не менее { $min } символов.
field-invalid = Недопустимое значение.
error-malformed_form = Не удалось прочитать форму. Обновите страницу и попробуйте снова.
coins-title = Монеты
