# Harf for a child who cannot read yet: home tiles, no-voice mode, locked letters.
home-harf-letters = Буквы
home-harf-letters-say = Учим буквы: { $alphabet }.
home-harf-continue = Продолжить
home-harf-continue-detail = Буква { $letter }
home-harf-continue-say = Продолжаем с буквы { $letter }.
home-harf-goal = Цель на сегодня
home-harf-goal-detail = { $done } из { $goal }
home-harf-goal-say = Цель на сегодня — { $goal } { $goal ->
        [one] буква
        [few] буквы
       *[many] букв
    }. Уже готово: { $done }.
home-harf-goal-met-say = Ура! Цель на сегодня выполнена.
error-harf_not_skippable = Это задание нельзя пропустить.
harf-card-heading = Буква { $letter }
harf-card-say-hint = Послушать задание
harf-card-tap-to-hear = Нажми, чтобы услышать
harf-card-no-voice = На этом устройстве нет голоса, поэтому этот шаг пропускаем.
harf-card-skipped = пропущено
harf-card-try-again = Попробуй ещё раз
harf-card-hint-first_sound-picture = Посмотри на картинку. С какой буквы начинается её название?
harf-card-hint-listen_choose-picture = Посмотри на картинку и нажми букву, с которой начинается её название.
harf-card-hint-listen-none = Посмотри на картинки и слова.
harf-locked-tile = Буква { $letter } пока закрыта
harf-locked-first = Сначала закончи букву { $letter }.
harf-locked-go = К букве { $letter }
harf-meter-label = Выученные буквы
