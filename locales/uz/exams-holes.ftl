# Berilgan testlar: test qanday topshirilishini belgilovchi sozlamalar oʻzgarmaydi.
error-exams_test_settings_frozen = Bu test berilgan: vaqt chegarasi, urinishlar soni, aralashtirish va oʻtish balini endi oʻzgartirib boʻlmaydi. Oʻquvchilarga keyin nima koʻrsatilishini oʻzgartirsa boʻladi. Qolganini oʻzgartirish uchun nusxa oling.
exams-field-setting-frozen = Test berilgandan soʻng oʻzgarmaydi.
exams-ui-settings-frozen = Test berilgan: vaqt chegarasi, urinishlar soni, aralashtirish va oʻtish bali oʻzgarmaydi. Oʻquvchilar ballni va javoblarni qachon koʻrishini hali ham oʻzgartirishingiz mumkin.
