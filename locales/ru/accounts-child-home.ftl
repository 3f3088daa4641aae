# A child's home page (addressed as ты).
child-home-hello = Привет, { $name }!
child-home-say-hello = Привет, { $name }! Чем займёмся сегодня? Нажми на картинку.
child-home-listen = Послушать
child-home-listen-to = Послушать: { $what }
child-home-invitation-waiting = Тебе пришло приглашение. Покажи его взрослым.
child-home-empty = Здесь пока ничего нет. Попроси взрослых помочь.
child-home-grown-ups = Для взрослых
