# Accounts: joining an organisation by consent (invitations, the join code, requests of teachers).

orgs-invite-title = Пригласить участника
orgs-invite = Отправить приглашение
orgs-invite-as = В качестве
orgs-invite-hint = Спросите у учителя или ученика его 8-значный Alif24 ID. Он примет приглашение на своей странице, а за ребёнка — его родитель. Приглашение действует 14 дней.
orgs-sent-title = Приглашения, ожидающие ответа
orgs-sent-hint = Когда приглашение примут, человек появится в списке участников.
orgs-sent-expires = действует до { $date }
orgs-sent-withdraw = Отозвать
orgs-code-title = Код организации
orgs-code-hint = Дайте этот код своим учителям: они введут его на своей странице и отправят запрос на вступление. Запрос подтверждаете вы.
orgs-code-none = Создайте код, чтобы учителя могли попросить о вступлении.
orgs-code-make = Создать код
orgs-code-new = Выдать новый код
orgs-requests-title = Учителя, которые просят о вступлении
orgs-requests-approve = Принять
orgs-requests-reject = Отклонить
orgs-invited-title = Приглашения от организаций
orgs-invited-child = Для кого: { $name }
orgs-invited-parent-answers = На это приглашение ответит твой родитель.
orgs-invited-accept = Принять
orgs-invited-decline = Отклонить
orgs-join-title = Вступить в школу или учебный центр
orgs-join-lead = Попросите код у администратора организации и введите его здесь. Когда администратор подтвердит запрос, вы станете участником.
orgs-join-field-code = Код организации
orgs-join-button = Отправить запрос
orgs-asked-waiting = ждёт ответа администратора

notice-org_invitation_sent = Приглашение отправлено. Человек станет участником, когда примет его.
notice-org_invitation_withdrawn = Приглашение отозвано.
notice-org_join_code_changed = Новый код готов. Старый код больше не работает.
notice-org_request_approved = Учитель принят в организацию.
notice-org_request_rejected = Запрос отклонён.
notice-org_invitation_accepted = Приглашение принято. Теперь это участник организации.
notice-org_invitation_declined = Приглашение отклонено.
notice-org_request_sent = Запрос отправлен. Дождитесь ответа администратора.

error-org_already_invited = Приглашение на этот Alif24 ID уже отправлено и ждёт ответа.
error-org_invitation_parent_answers = На это приглашение ответит твой родитель.
error-org_code_unknown = Организация с таким кодом не найдена.

field-org-invite-id-invalid = Alif24 ID состоит из 8 цифр.
field-org-code-unknown = Проверьте код у администратора и попробуйте ещё раз.

orgs-requests-waiting = { $count ->
    [one] { $count } учитель ждёт вашего ответа.
    [few] { $count } учителя ждут вашего ответа.
   *[other] { $count } учителей ждут вашего ответа.
}
orgs-requests-see = Посмотреть запросы
