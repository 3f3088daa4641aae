# Exams pages: teachers' tests, importing and generating, moderation, students' attempts and
# results, a parent's view of a child.

exams-ui-nav-tests = Testlar
exams-ui-nav-moderation = Testlarni tasdiqlash
exams-ui-tests = Testlar
exams-ui-back-to-tests = Testlar

## Teacher approval
exams-ui-teacher-pending = Oʻqituvchi hisobingiz tasdiqlanishini kutmoqda. Administrator tasdiqlashi bilan testlar tuzib, ularni sinflarga berishingiz mumkin.
exams-ui-teacher-pending-more = Bu odatda bir ish kuni oladi. Shu orada profilingizni toʻldirishingiz mumkin.
exams-ui-teacher-rejected = Oʻqituvchi hisobingiz tasdiqlanmadi, shuning uchun testlar mavjud emas. Buni xato deb hisoblasangiz, maʼmuriyatga murojaat qiling.

## Teacher's list
exams-ui-new-test = Yangi test
exams-ui-generate = Yaratish
exams-ui-import = Import
exams-ui-my-tests = Mening testlarim
exams-ui-no-tests = Hali testlaringiz yoʻq. Yangisini tuzing, fayldan import qiling yoki savollar yarating.
exams-ui-shared-tests = Men bilan ulashilgan
exams-ui-copy = Testlarimga nusxalash
exams-ui-copy-to-edit = Tahrirlash uchun nusxa olish
exams-ui-my-assignments = Berilgan testlar
exams-ui-no-assignments-teacher = Hali hech narsa berilmagan. Testni oching va uni sinfga bering.
exams-ui-open-test = Ochish
exams-ui-assigned = Berilgan
exams-ui-questions-n = { $count } ta savol
exams-ui-grade-n = { $grade }-sinf
exams-ui-due = Muddati: { $time }
exams-ui-opens = Ochiladi: { $time }

## Codes
exams-ui-subject-math = Matematika
exams-ui-subject-uzbek = Oʻzbek tili
exams-ui-subject-russian = Rus tili
exams-ui-subject-english = Ingliz tili
exams-ui-subject-reading = Oʻqish
exams-ui-subject-science = Tabiiy fanlar
exams-ui-subject-logic = Mantiq
exams-ui-subject-other = Boshqa
exams-ui-visibility-private = Faqat men
exams-ui-visibility-org = Tashkilotim
exams-ui-visibility-public = Hamma uchun
exams-ui-visibility-public-pending = Tasdiq kutilmoqda
exams-ui-kind-single = Bitta javob
exams-ui-kind-multiple = Bir nechta javob
exams-ui-kind-true-false = Toʻgʻri yoki notoʻgʻri
exams-ui-kind-short = Qisqa javob
exams-ui-kind-numeric = Son
exams-ui-kind-ordering = Tartiblash
exams-ui-kind-matching = Moslashtirish
exams-ui-kind-fill-blanks = Boʻsh joylarni toʻldirish
exams-ui-status-upcoming = Hali ochilmagan
exams-ui-status-open = Ochiq
exams-ui-status-closed = Yopilgan
exams-ui-reveal-after_submit = Topshirgandan soʻng darhol
exams-ui-reveal-after_due = Muddat tugagach
exams-ui-reveal-never = Hech qachon
exams-ui-true = Toʻgʻri
exams-ui-false = Notoʻgʻri

## Test page
exams-ui-new-test-hint = Saqlagandan soʻng savollar qoʻshishingiz, testni ulashishingiz va sinfga berishingiz mumkin.
exams-ui-settings = Sozlamalar
exams-ui-title = Nomi
exams-ui-subject = Fan
exams-ui-grade = Sinf
exams-ui-language = Test tili
exams-ui-time-limit = Vaqt chegarasi, daqiqa
exams-ui-no-limit = cheklovsiz
exams-ui-attempts = Urinishlar soni
exams-ui-pass-percent = Oʻtish bali, %
exams-ui-shuffle-questions = Savollarni aralashtirish
exams-ui-shuffle-options = Variantlarni aralashtirish
exams-ui-show-score = Oʻquvchilar ballini koʻradi
exams-ui-show-answers = Oʻquvchilar toʻgʻri javoblarni koʻradi
exams-ui-save = Saqlash
exams-ui-create-test = Testni yaratish
exams-ui-not-mine = Bu test boshqa oʻqituvchiga tegishli. Uni oʻzgartirish yoki sinfga berish uchun testlaringizga nusxalang.
exams-ui-frozen = Bu test sinfga berilgan, shuning uchun savollarini endi oʻzgartirib boʻlmaydi (oʻquvchilar natijalari solishtirsa boʻladigan boʻlib qolishi kerak). Tahrirlash uchun nusxa oling.
exams-ui-questions = Savollar
exams-ui-no-questions = Hali savollar yoʻq. Quyida yozing yoki bankingizdan qoʻshing.
exams-ui-max-score = Eng yuqori ball: { $points }
exams-ui-points = Ball
exams-ui-points-n = { $points } ball
exams-ui-remove = Olib tashlash
exams-ui-remove-confirm = Bu savol testdan olib tashlansinmi? U bankingizda qoladi.
exams-ui-add-question = Savol qoʻshish
exams-ui-q-type = Savol turi
exams-ui-q-type-show = Maydonlarni koʻrsatish
exams-ui-q-prompt = Savol
exams-ui-q-options = Variantlar
exams-ui-q-single-hint = Toʻgʻrisini belgilang.
exams-ui-q-multiple-hint = Barcha toʻgʻrilarini belgilang.
exams-ui-q-option-n = { $n }-variant
exams-ui-q-right = toʻgʻri javob
exams-ui-q-tf-legend = Bu fikr
exams-ui-q-accepted = Qabul qilinadigan javoblar
exams-ui-q-accepted-hint = Har biri alohida qatorda. Bosh harflar, ortiqcha boʻshliqlar va tutuq belgisining koʻrinishi ahamiyatsiz.
exams-ui-q-number = Toʻgʻri javob
exams-ui-q-tolerance = Ruxsat etilgan farq
exams-ui-q-number-hint = 3,5 yoki 3.5 deb yozing. Farq 0 boʻlsa, aynan shu son qabul qilinadi.
exams-ui-q-items = Toʻgʻri tartibdagi elementlar
exams-ui-q-items-hint = Har biri alohida qatorda, birinchisidan oxirgisigacha. Oʻquvchilar ularni aralash holda koʻradi.
exams-ui-q-pairs = Juftliklar
exams-ui-q-pairs-hint = Har bir element va unga mosi. Oʻquvchilar oʻng ustunni aralash holda koʻradi.
exams-ui-q-left-n = { $n }-element
exams-ui-q-right-n = { $n }-elementning mosi
exams-ui-q-text = Boʻsh joyli matn
exams-ui-q-text-hint = Boʻsh joy oʻrniga ___ (uchta pastki chiziq) yozing.
exams-ui-q-blanks = Boʻsh joylar javoblari
exams-ui-q-blanks-hint = Har bir boʻsh joy uchun bitta qator, tartib bilan. Bir qatordagi bir nechta javob ; belgisi bilan ajratiladi.
exams-ui-q-explanation = Izoh (ixtiyoriy)
exams-ui-q-explanation-hint = Toʻgʻri javob bilan birga koʻrsatiladi.
exams-ui-bank = Bankimdan qoʻshish
exams-ui-any = Barchasi
exams-ui-filter = Koʻrsatish
exams-ui-bank-empty = Bankingizda mos keladigan boshqa savol yoʻq.
exams-ui-bank-more = Faqat eng yangi 100 tasi koʻrsatilgan; boshqalarini koʻrish uchun filtrni toraytiring.
exams-ui-add-selected = Belgilangan savollarni qoʻshish
exams-ui-share = Ulashish
exams-ui-share-hint = Hamma uchun ochiladigan testlarni avval moderator tekshiradi.
exams-ui-share-pending = Hamma koʻrishidan oldin bu testni moderator tekshiradi.
exams-ui-org = Tashkilot
exams-ui-org-n = Tashkilot № { $id }
exams-ui-assign = Sinfga berish
exams-ui-no-classes = Hali sinflaringiz yoʻq.
exams-ui-to-classes = Sinf yaratish
exams-ui-assign-needs-questions = Testni berishdan oldin savollar qoʻshing.
exams-ui-class = Sinf
exams-ui-opens-at = Ochilish vaqti
exams-ui-due-at = Tugash muddati
exams-ui-tashkent-time = Vaqt Toshkent vaqti boʻyicha.
exams-ui-assign-freezes = Berilgandan soʻng test savollari oʻzgarmaydi.
exams-ui-assign-button = Berish
exams-ui-export = Yuklab olish
exams-ui-export-hint = GIFT Moodle tizimida ochiladi; CSV Excel dasturida ochiladi va qayta import qilinishi mumkin.
exams-ui-delete-test = Testni oʻchirish
exams-ui-delete-confirm = Bu test oʻchirilsinmi? Uning savollari bankingizda qoladi.

## Import
exams-ui-import-title = Testni import qilish
exams-ui-import-lead = Testni quyidagi formatlardan birida joylashtiring. U yangi testga aylanadi; biror qator xato boʻlsa, hech narsa saqlanmaydi.
exams-ui-format = Format
exams-ui-import-file = Yoki faylni tanlang
exams-ui-import-file-hint = Fayl quyidagi maydonga oʻqiladi; tekshirib, soʻng import qiling.
exams-ui-import-text = Test matni
exams-ui-import-button = Import qilish
exams-ui-examples = Namunalar
exams-ui-import-line-error = { $line }-qator: { $reason }
exams-ui-import-nothing-saved = Hech narsa saqlanmadi. Qatorni tuzatib, qayta import qiling; matningiz quyida saqlab qolindi.

## Generate
exams-ui-generate-title = Savollar yaratish
exams-ui-generate-lead = Generator, sinf va mavzuni tanlang. Tekshirib tahrirlash uchun qoralamalar olasiz; faqat qoldirganlaringiz saqlanadi.
exams-ui-generator = Generator
exams-ui-topic = Mavzu
exams-ui-topic-mixed = Aralash mavzular
exams-ui-count = Nechta
exams-ui-source-text = Savollar uchun matn (faqat sunʼiy intellekt uchun)
exams-ui-source-text-hint = Sunʼiy intellekt shu matn boʻyicha savollar tuzadi. Boshqa generatorlar uni hisobga olmaydi.
exams-ui-generate-button = Yaratish
exams-ui-drafts = Qoralamalar
exams-ui-drafts-lead = Har bir savolni tekshiring, kerak boʻlsa tuzating va keraksizlaridan belgini olib tashlang.
exams-ui-draft-n = { $n }-savol
exams-ui-save-drafts = Qoldirilgan savollarni yangi test sifatida saqlash
exams-ui-keep-one = Kamida bitta savolni qoldiring.
exams-ui-generated-title = { $generator }, { $grade }-sinf

## Moderation
exams-ui-moderation = Tasdiq kutayotgan testlar
exams-ui-moderation-hint = Oʻqituvchilar bu testlarni hamma uchun ochishni soʻragan. Qaror qilishdan oldin testni ochib oʻqing.
exams-ui-moderation-empty = Kutayotgan test yoʻq.
exams-ui-approve = Tasdiqlash
exams-ui-reject = Qaytarish
exams-ui-reject-confirm = Bu test qaytarilsinmi? U yana faqat oʻqituvchisiga koʻrinadi.

## Student
exams-ui-my-tests-student = Mening testlarim
exams-ui-no-assignments = Hozircha senga test berilmagan.
exams-ui-start = Boshlash
exams-ui-continue = Davom etish
exams-ui-see-result = Natijam
exams-ui-minutes = { $minutes } daqiqa
exams-ui-attempts-left = { $count ->
    [0] Urinish qolmadi
   *[other] { $count } ta urinish qoldi
}
exams-ui-best-score = Ball: { $score }
exams-ui-see-child-result = Natijani koʻrish

## Attempt
exams-ui-until = { $time } gacha
exams-ui-question-n = { $n }-savol
exams-ui-choose-one = Bitta javobni tanla
exams-ui-choose-all = Barcha toʻgʻri javoblarni tanla
exams-ui-your-answer = Javobing
exams-ui-number-hint = Son, masalan 12 yoki 3,5
exams-ui-order-hint = Ularni toʻgʻri tartibga qoʻy: raqamla yoki yuqoriga va pastga sur.
exams-ui-position = Oʻrni
exams-ui-move-up = Yuqoriga
exams-ui-move-down = Pastga
exams-ui-blank-n = { $n }-boʻsh joy
exams-ui-prev = Orqaga
exams-ui-next = Keyingi
exams-ui-save-answers = Javoblarimni saqlash
exams-ui-hand-in = Topshirish
exams-ui-saving = Saqlanmoqda…
exams-ui-saved = Saqlandi ✓
exams-ui-offline = Internet yoʻq: javobing saqlab turiladi va aloqa tiklanganda yuboriladi.
exams-ui-not-saved = Saqlanmadi: bu urinish tugagan.
exams-ui-number-unreadable = Son yoz, masalan 12 yoki 3,5.
exams-ui-fix-marked = Baʼzi javoblarni oʻqib boʻlmadi, ular quyida belgilangan. Qolganlari saqlandi.
exams-ui-time-up = Vaqt tugadi! Saqlangan javoblaring topshirilmoqda…
exams-ui-confirm-submit = Javoblaringni topshirasanmi? Keyin ularni oʻzgartirib boʻlmaydi.
exams-ui-confirm-unanswered = Quyidagi savollarga javob bermading: { $list }. Baribir topshirasanmi?

## Result
exams-ui-cheer-excellent = Ajoyib! Sen yulduzsan!
exams-ui-cheer-passed = Barakalla!
exams-ui-cheer-try-again = Yaxshi harakat! Yana ozgina mashq qilsang, albatta uddalaysan.
exams-ui-cheer-handed-in = Javoblaring topshirildi!
exams-ui-percent = { $percent }%
exams-ui-passed = Oʻtdi
exams-ui-not-passed = Hali oʻtmadi
exams-ui-score-later = Balling { $time } dan keyin koʻrsatiladi.
exams-ui-score-by-teacher = Ballingni oʻqituvching aytadi.
exams-ui-answers-later = Toʻgʻri javoblar { $time } dan keyin koʻrsatiladi.
exams-ui-answers-hidden = Bu testda toʻgʻri javoblar koʻrsatilmaydi.
exams-ui-mark-right = Toʻgʻri
exams-ui-mark-partly = Qisman toʻgʻri
exams-ui-mark-wrong = Notoʻgʻri
exams-ui-no-answer = javob yoʻq
exams-ui-right-answer = Toʻgʻri javob
exams-ui-done = Tayyor

## Assignment results
exams-ui-results = Natijalar
exams-ui-stat-submitted = topshirdi
exams-ui-stat-mean = oʻrtacha ball
exams-ui-stat-median = median ball
exams-ui-stat-pass-rate = { $percent }% ga yetdi
exams-ui-students = Oʻquvchilar
exams-ui-no-students = Bu sinfda hali oʻquvchilar yoʻq.
exams-ui-student = Oʻquvchi
exams-ui-score-of = Ball ({ $max } dan)
exams-ui-student-not-started = boshlamagan
exams-ui-student-in-progress = ishlamoqda
exams-ui-student-submitted = topshirgan
exams-ui-attempts-n = { $count } ta urinish
exams-ui-item-stats = Savollar
exams-ui-item-stats-hint = Toʻgʻri: ballarning oʻrtacha ulushi. Farqlash: eng kuchli chorak eng kuchsiz chorakdan qanchalik yaxshi bajargani (−1 dan 1 gacha; 0,2 dan past boʻlsa, savol tushunarsiz boʻlishi mumkin). 40% dan kam toʻgʻri javob berilgan savollar belgilangan.
exams-ui-stat-correct = toʻgʻri { $value }
exams-ui-stat-discrimination = farqlash { $value }
exams-ui-stat-unanswered = javobsiz { $value }
exams-ui-stat-time = vaqt { $value }
exams-ui-stat-started = boshlaganlar: { $count }

## Parent
exams-ui-child-title = Testlar: { $name }

## Notices
notice-exams_test_created = Test yaratildi. Endi savollar qoʻshing.
notice-exams_test_saved = Saqlandi.
notice-exams_test_deleted = Test oʻchirildi.
notice-exams_test_copied = Bu sizning nusxangiz, uni oʻzgartirishingiz mumkin.
notice-exams_question_added = Savol qoʻshildi.
notice-exams_questions_added = Savollar qoʻshildi.
notice-exams_question_removed = Savol testdan olib tashlandi.
notice-exams_visibility_saved = Ulashish sozlamasi saqlandi.
notice-exams_sent_to_moderation = Moderatorga yuborildi: tasdiqlangach test hamma uchun ochiladi.
notice-exams_assigned = Test berildi. Oʻquvchilar uni Testlar boʻlimida koʻradi.
notice-exams_imported = Test import qilindi. Berishdan oldin savollarni tekshiring.
notice-exams_generated_saved = Test saqlandi. Uni tekshirib, sinfga bering.
notice-exams_approved = Test tasdiqlandi va hamma uchun ochiq.
notice-exams_rejected = Test oʻqituvchisiga qaytarildi.
notice-exams_answers_saved = Javoblaring saqlandi.
notice-exams_time_up = Vaqt tugagani uchun saqlangan javoblaring topshirildi.
notice-exams_not_open_yet = Bu test hali ochilmagan.
notice-exams_closed = Bu test vaqti tugagan.
notice-exams_no_attempts_left = Bu testdagi barcha urinishlaringdan foydalanding.
exams-ui-read-aloud = Ovoz chiqarib oʻqish
exams-ui-picture = Rasm (ixtiyoriy)
exams-ui-picture-hint = PNG, JPEG, WebP yoki GIF, 512 KB gacha.
