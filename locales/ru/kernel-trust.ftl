# Trust pages, sharing previews and the layout's skip link.
trust-footer-label = Об Alif24
trust-about-title = О проекте
trust-privacy-title = Политика конфиденциальности
trust-terms-title = Условия использования
trust-contact-title = Контакты
trust-contact-unset = оператор этого сервера ещё не указал контактный адрес. Обратитесь в школу или учебный центр, который дал вам адрес Alif24.
og-title = Alif24 — буквы и тесты для детей
og-description = Дети учат буквы с картинками и голосом, проходят тесты от учителя, а родители видят их успехи. На узбекском, русском и английском.
og-image-alt = Знак Alif24 и надпись «Буквы, тесты и монеты»
skip-to-content = Перейти к содержанию
