# alif24 seed --demo: namuna maʼlumotlar
demo-seeded = Namuna maʼlumotlar tayyor.
demo-already = Namuna maʼlumotlar allaqachon bor ({ $date } da yaratilgan); hech narsa oʻzgartirilmadi.
demo-counts = { $organisations } ta tashkilot, { $teachers } ta oʻqituvchi, { $classes } ta sinf, { $students } ta bola, { $parents } ta ota-ona, Harfda { $sittings } ta mashgʻulot, { $attempts } ta topshirilgan test.
demo-took = Vaqt: { $seconds } s.
demo-logins = Kirib koʻrish uchun hisoblar:
demo-password = Barcha namuna hisoblarning paroli: { $password }
demo-role-admin = Administrator
demo-role-director = Tashkilot rahbari
demo-role-teacher = Oʻqituvchi
demo-role-parent = Ota-ona
demo-role-child = Bola (Alif24 ID)
error-demo_real_users = Bu bazada namuna yaratmagan { $count } ta hisob bor. Namuna boʻsh baza uchun moʻljallangan; baribir qoʻshish uchun --force bilan ishga tushiring.
error-demo_incomplete = Avvalgi namuna yaratish yarmida toʻxtagan. Boʻsh bazadan qaytadan boshlang.
