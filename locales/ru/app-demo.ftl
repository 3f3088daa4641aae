# alif24 seed --demo: демо-данные
demo-seeded = Демо-данные готовы.
demo-already = Демо-данные уже есть (созданы { $date }); ничего не изменено.
demo-counts = Организаций: { $organisations }, учителей: { $teachers }, классов: { $classes }, детей: { $students }, родителей: { $parents }, занятий в Harf: { $sittings }, сданных тестов: { $attempts }.
demo-took = Заняло { $seconds } с.
demo-logins = Попробуйте войти:
demo-password = Пароль всех демо-аккаунтов: { $password }
demo-role-admin = Администратор
demo-role-director = Руководитель организации
demo-role-teacher = Учитель
demo-role-parent = Родитель
demo-role-child = Ребёнок (Alif24 ID)
error-demo_real_users = { $count ->
    [one] В этой базе уже есть { $count } аккаунт, созданный не демо.
    [few] В этой базе уже есть { $count } аккаунта, созданных не демо.
   *[other] В этой базе уже есть { $count } аккаунтов, созданных не демо.
} Демо рассчитано на пустую базу; чтобы всё равно добавить его, запустите с --force.
error-demo_incomplete = Предыдущее создание демо-данных остановилось на полпути. Начните заново с пустой базы.
