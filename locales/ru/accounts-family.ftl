# Accounts: family (parents and their children).

family-title = Мои дети
family-children = Дети
family-empty = Детей пока нет. Создайте ребёнку аккаунт ниже или привяжите аккаунт, который у него уже есть.
family-born = { $year } года рождения
family-child-id = ID в Alif24:
family-new-give-id = Передайте этот ID ребёнку ({ $name }):
family-new-hint = Ребёнок входит с этим ID и паролем, который вы выбрали. ID всегда можно найти на этой странице.
family-unlink = Убрать из семьи
family-unlink-confirm = Убрать ребёнка ({ $name }) из вашей семьи? Аккаунт и успехи ребёнка сохранятся, а привязать его снова можно по ID и паролю.

family-add-title = Добавить ребёнка
family-add-lead = Мы создадим аккаунт для вашего ребёнка. Он будет входить по своему ID в Alif24 — почта и телефон не нужны.
family-field-child-name = Имя ребёнка
family-field-birth-year = Год рождения
family-birth-year-hint = Ребёнку должно быть от 3 до 18 лет.
family-field-avatar = Картинка
family-field-child-password = Пароль для ребёнка
family-password-hint = Не меньше 6 символов. Выберите такой, который ребёнку легко набрать и запомнить.
family-add-submit = Создать аккаунт

family-link-title = Привязать существующий аккаунт
family-link-lead = У ребёнка уже есть аккаунт в Alif24? Введите его ID и пароль или код из аккаунта ребёнка.
family-field-child-id = ID ребёнка в Alif24
family-field-child-current-password = Пароль ребёнка
family-link-or = или
family-field-code = Код из аккаунта ребёнка
family-code-hint = Ребёнок открывает в своём аккаунте страницу «Код для родителей»: 6 букв и цифр, код действует 15 минут.
family-link-submit = Привязать аккаунт

family-code-title = Код для родителей
family-code-lead = Хочешь, чтобы мама или папа видели твои звёзды и успехи? Нажми на кнопку и покажи им код.
family-code-show = Покажи этот код маме или папе. Они введут его на своей странице в Alif24.
family-code-until = Код работает один раз, до { $time }.
family-code-make = Получить код
family-code-again = Получить новый код

family-dash-children = Мои дети
family-dash-empty = Вы ещё не добавили детей. Создайте аккаунт для ребёнка — это займёт минуту.
family-dash-manage = Добавить или привязать ребёнка

notice-family_child_created = Аккаунт ребёнка готов.
notice-family_child_linked = Аккаунт ребёнка привязан к вашему.
notice-family_child_unlinked = Ребёнок убран из вашей семьи. Его аккаунт сохранён.

error-family_link_failed = ID и пароль или код не подходят к аккаунту ребёнка. Проверьте и попробуйте ещё раз.
error-family_link_missing = Введите ID и пароль ребёнка или код из его аккаунта.
error-family_full = В семье может быть не больше { $max } детей.
field-family-child-id-invalid = ID в Alif24 состоит из 8 цифр.
