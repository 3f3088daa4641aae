# Berilgan testlar: test qanday topshirilishini belgilovchi sozlamalar oʻzgarmaydi.
error-exams_test_settings_frozen = Bu test berilgan: vaqt chegarasi, urinishlar soni, aralashtirish va oʻtish balini endi oʻzgartirib boʻlmaydi. Oʻquvchilarga keyin nima koʻrsatilishini oʻzgartirsa boʻladi. Qolganini oʻzgartirish uchun nusxa oling.
exams-field-setting-frozen = Test berilgandan soʻng oʻzgarmaydi.
exams-ui-settings-frozen = Test berilgan: vaqt chegarasi, urinishlar soni, aralashtirish va oʻtish bali oʻzgarmaydi. Oʻquvchilar ballni va javoblarni qachon koʻrishini hali ham oʻzgartirishingiz mumkin.

# Import: boshqa xizmatlarning jadvallari va faylning qolgan savollarini import qilish.
exams-import-csv-layouts = Birinchi qatorda ustunlar nomi boʻlishi kerak. Tushuniladigan koʻrinishlar: Alif24 (type, prompt, options, answer, explanation); Kahoot shabloni (Question, Answer 1–4, Time limit, Correct answer(s)); Quizizz shabloni (Question Text, Question Type, Option 1–5, Correct Answer, Time in seconds, Image Link, Answer explanation); yoki oddiy jadval (savol, A variant, B variant…, javob: harf, raqam yoki variant matni). Sarlavhalar oʻzbek, rus yoki ingliz tilida boʻlishi mumkin.
exams-import-csv-bad-answer = «{ $value }» variantlardan birortasining raqami, harfi yoki matni emas.
exams-import-csv-unsupported-type = «{ $type }» turidagi savollarni avtomatik baholab boʻlmaydi.
exams-ui-import-skipped-title = { $count } ta savolni import qilib boʻlmaydi
exams-ui-import-skipped-line = { $line }-qator:
exams-ui-import-rest = Qolgan { $count } ta savolni import qilish
notice-exams_imported_rest = Test foydalanib boʻlmaydigan savollarsiz import qilindi. Testni berishdan oldin savollarni tekshiring.
