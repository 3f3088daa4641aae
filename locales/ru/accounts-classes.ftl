# Аккаунты: классы (списки учеников) и организации.

classes-title = Мои классы
classes-create-title = Новый класс
classes-field-name = Название класса
classes-name-example = например, 2-А
classes-field-org = Школа или учебный центр
classes-org-none = Без организации
classes-create = Создать класс
classes-after-approval = Создавать классы можно будет после того, как администратор подтвердит ваш аккаунт.
classes-none-yet = Классов пока нет.
classes-archived = В архиве
classes-code-label = Код класса
classes-code-hint = Ученики входят в Alif24, открывают «Вступить в класс» и вводят этот код.
classes-student-count = { $count ->
    [one] { $count } ученик
    [few] { $count } ученика
   *[other] { $count } учеников
}
classes-teacher-is = Учитель: { $name }
classes-back = Назад
classes-new-code = Новый код
classes-new-code-confirm = Создать новый код? Старый код перестанет работать.
classes-roster-empty = Учеников пока нет. Дайте им код класса.
classes-joined-on = в классе с { $date }
classes-remove = Убрать
classes-remove-confirm = Убрать { $name } из класса?
classes-settings = Настройки класса
classes-rename = Переименовать
classes-archive = Отправить в архив
classes-archive-hint = Список учеников архивного класса сохраняется, но вступить в него нельзя.
classes-archive-confirm = Отправить класс в архив?
classes-reopen = Вернуть из архива
classes-reopen-hint = Класс в архиве. Верните его, чтобы ученики снова могли вступать.
classes-leave = Выйти из класса
classes-leave-confirm = Точно выйти из этого класса?
classes-join-title = Вступить в класс
classes-join-lead = Введи код, который дал тебе учитель.
classes-field-code = Код класса
classes-join-button = Вступить
classes-my-classes = Мои классы
classes-student-none = Ты пока не в классе.
classes-open = Открыть
classes-all = Все мои классы
classes-family-title = Связь с родителями
classes-family-text = Мама или папа смогут видеть, как ты учишься. Получи здесь код и покажи его им.
classes-family-button = Получить код для родителей

orgs-teacher-count = { $count ->
    [one] { $count } учитель
    [few] { $count } учителя
   *[other] { $count } учителей
}
orgs-student-count = { $count ->
    [one] { $count } ученик
    [few] { $count } ученика
   *[other] { $count } учеников
}
orgs-class-count = { $count ->
    [one] { $count } класс
    [few] { $count } класса
   *[other] { $count } классов
}
orgs-field-alif24-id = Alif24 ID
orgs-field-member-role = Добавить как
orgs-member-role-admin = Администратор
orgs-member-role-teacher = Учитель
orgs-member-role-student = Ученик
orgs-pending-notice = Ваша организация ждёт подтверждения администратора. После подтверждения вы сможете добавлять участников.
orgs-pending-title = Учителя, ожидающие подтверждения
orgs-pending-hint = Подтверждайте только учителей, которые действительно работают у вас. После этого они смогут создавать классы.
orgs-approve = Подтвердить
orgs-members-title = Участники
orgs-col-id = Alif24 ID
orgs-col-role = Роль
orgs-col-status = Статус
orgs-remove = Убрать
orgs-remove-confirm = Убрать { $name } из организации?
orgs-classes-title = Классы
orgs-classes-none = Ваши учителя пока не создали классов в этой организации.
orgs-mine-title = Мои организации
orgs-mine-none = Вы пока не состоите ни в одной школе или учебном центре. Чтобы вступить, сообщите её администратору свой Alif24 ID.
orgs-leave = Выйти
orgs-leave-confirm = Выйти из организации «{ $name }»?
orgs-stat-teachers = Учителя
orgs-stat-students = Ученики
orgs-stat-classes = Классы
orgs-manage = Управление организацией

notice-class_created = Класс создан. Дайте его код ученикам.
notice-class_renamed = Класс переименован.
notice-class_code_changed = У класса новый код. Старый больше не работает.
notice-class_archived = Класс отправлен в архив.
notice-class_reopened = Класс возвращён из архива.
notice-class_student_removed = Ученик убран из класса.
notice-class_joined = Готово, ты в классе!
notice-class_left = Готово: ты больше не в этом классе.
notice-org_member_removed = Участник убран.
notice-org_teacher_approved = Учитель подтверждён и теперь может создавать классы.
notice-org_left = Вы вышли из организации.

error-class_code_unknown = Класса с таким кодом нет.
error-class_archived = Этот класс закрыт.
error-org_already_member = Этот человек уже состоит в организации.
error-org_owner_stays = Собственный аккаунт организации не может из неё выйти.
error-teacher_not_pending = Аккаунт этого учителя не ждёт подтверждения.

field-class-code-unknown = Проверь код у учителя и попробуй ещё раз.
field-class-archived = Попроси у учителя новый код.
field-class-org-not-member = Создавать классы можно только в организациях, где вы преподаёте.