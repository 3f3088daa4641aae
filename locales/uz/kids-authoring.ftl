# SmartKids: oʻqituvchilar yozgan ertaklar, ularni tekshirish, sinflarga topshiriqlar va ota-onalar sahifasi (kattalar uchun soʻzlar, bolaning javonidan tashqari).
smartkids-author-nav = Ertak yozish
smartkids-review-nav = Ertaklarni tekshirish
smartkids-from-teacher = Ustozdan

smartkids-author-title = Ertak yozish
smartkids-author-lead = Bolalar oʻqiydigan va tinglaydigan ertak hamda unga bir nechta savol yozing. Ertak kutubxonada paydo boʻlishidan oldin uni moderator oʻqib chiqadi.
smartkids-author-new = Yangi ertak
smartkids-author-editing = Ertakni tahrirlash
smartkids-author-language = Til
smartkids-author-age = Yosh
smartkids-author-emoji = Rasm (emoji)
smartkids-author-story-title = Sarlavha
smartkids-author-text = Matn
smartkids-author-text-hint = Markdown: xatboshilar orasida boʻsh qator qoldiring (koʻpi bilan 20 ta). Bezaklar, havolalar va HTML olib tashlanadi; bolalar oddiy matnni soʻzma-soʻz koʻradi.
smartkids-author-questions = Savollar
smartkids-author-format = Savollar formati
smartkids-author-format-auto = Avtomatik aniqlash
smartkids-author-format-uz-numbered = Raqamlangan test (1. … A) … Javob: B)
smartkids-author-format-gift = Moodle GIFT
smartkids-author-format-aiken = Moodle Aiken
smartkids-author-format-uz-blocks = Bloklar (++++ / ====)
smartkids-author-format-csv = CSV
smartkids-author-help-title = Savollarni qanday yozish kerak
smartkids-author-help = Har bir savolni raqam bilan boshlang, variantlarni A), B), C) bilan belgilang va toʻgʻri javobni «Javob:» qatorida koʻrsating. Variantsiz savolning javobi bitta soʻz («Javob: Tipratikan») yoki toʻgʻri/notoʻgʻri boʻladi. GIFT va Aiken formatlari ham qabul qilinadi. 1 tadan 8 tagacha savol: bitta javobli, toʻgʻri/notoʻgʻri yoki qisqa javobli.
smartkids-author-help-example =
    1. Quyoncha nimani topdi?
    A) Sabzi
    B) Olma
    C) Tosh
    Javob: A
    2. Quyoncha sabzini doʻstlari bilan baham koʻrdi.
    Javob: toʻgʻri
    3. Quyonchaning doʻsti kim edi?
    Javob: Tipratikan
smartkids-author-review-note = Bolalar koʻrishidan oldin har bir ertakni moderator oʻqiydi; qaror shu yerda koʻrinadi.
smartkids-author-staff-note = Sizning ertaklaringiz darhol chop etiladi.
smartkids-author-send = Tekshiruvga yuborish
smartkids-author-save = Saqlash
smartkids-author-cancel = Bekor qilish
smartkids-author-mine = Mening ertaklarim
smartkids-author-none = Siz hali birorta ham ertak yozmagansiz.
smartkids-author-story = Ertak
smartkids-author-status = Holati
smartkids-author-actions = Amallar
smartkids-author-status-pending = Tekshiruvni kutmoqda
smartkids-author-status-published = Chop etilgan
smartkids-author-status-rejected = Rad etilgan
smartkids-author-status-hidden = Olib tashlangan
smartkids-author-reason = Sabab:
smartkids-author-edit = Tahrirlash
smartkids-author-delete = Oʻchirish
smartkids-author-classes = Mening sinflarim
smartkids-author-classes-lead = Sinfga ertak bering va uni kim oʻqiganini koʻring.
smartkids-author-age-invalid = 4–6 yoki 7–10 ni tanlang.
smartkids-author-language-invalid = Oʻzbek, rus yoki ingliz tilini tanlang.
smartkids-author-emoji-invalid = Rasm sifatida bitta emoji tanlang.
smartkids-author-format-invalid = Savollar formati nomaʼlum.
smartkids-author-too-many-paragraphs = Xatboshilar juda koʻp: koʻpi bilan { $max } ta.
smartkids-author-questions-none = Kamida bitta savol yozing.
smartkids-author-questions-too-many = Savollar juda koʻp: koʻpi bilan { $max } ta.
smartkids-author-questions-line = { $line }-qator: { $reason }
smartkids-author-question-type = { $number }-savol: ertaklarda faqat bitta javobli, toʻgʻri/notoʻgʻri va qisqa javobli savollar boʻladi.
smartkids-author-question-bad = { $number }-savol: { $reason }
smartkids-author-refused-empty = Matn boʻsh.
smartkids-author-refused-too-long = Matn juda uzun.
smartkids-author-refused-characters = Matnda bolalarga koʻrsatib boʻlmaydigan belgilar bor.
smartkids-author-refused-personal = Telefon raqamlari, elektron pochta manzillari va havolalarni olib tashlang.
smartkids-author-refused-rude = Matnda bolalar oʻqimasligi kerak boʻlgan soʻz bor.
smartkids-author-refused-unsafe = Matn SmartKids bolalardan uzoq tutadigan mavzuga tegadi (zoʻravonlik, oʻlim, spirtli ichimlik va shu kabilar).
error-smartkids_author_locked = Ertakni endi oʻzgartirib boʻlmaydi: u chop etilgan.
notice-smartkids-author-sent = Ertak moderatorlarga yuborildi.
notice-smartkids-author-published = Ertak chop etildi.
notice-smartkids-author-deleted = Ertak oʻchirildi.

smartkids-review-title = Ertaklarni tekshirish
smartkids-review-lead = Oʻqituvchilar yozgan ertaklar, eng eskisi birinchi. Ertak va savollarni oʻqing, soʻng uni chop eting yoki muallifga sababini yozib rad eting.
smartkids-review-none = Tekshiruvni kutayotgan ertak yoʻq.
smartkids-review-words = soʻz
smartkids-review-questions = Savollar va javoblar
smartkids-review-true = Toʻgʻri
smartkids-review-false = Notoʻgʻri
smartkids-review-publish = Chop etish
smartkids-review-reason = Muallif uchun sabab (ixtiyoriy)
smartkids-review-decline = Rad etish
error-smartkids_review_not_pending = Bu ertak tekshiruvni kutmayapti.
notice-smartkids-review-published = Ertak chop etildi.
notice-smartkids-review-declined = Ertak rad etildi.

smartkids-class-title = Ertaklar: { $name }
smartkids-class-back = Mening ertaklarim
smartkids-class-lead = Sinfdagi oʻquvchilar: { $count }.
smartkids-class-assign-title = Sinfga ertak berish
smartkids-class-story = Ertak
smartkids-class-assign = Topshirish
smartkids-class-more-languages = Boshqa tillardagi ertaklar:
smartkids-class-none = Siz hali bu sinfga ertak bermagansiz.
smartkids-class-assigned-on = berilgan sana:
smartkids-class-student = Oʻquvchi
smartkids-class-wpm = Daqiqasiga soʻz
smartkids-class-accuracy = Aniqlik
smartkids-class-quiz = Savollar
smartkids-class-when = Qachon
smartkids-class-not-read = Hali oʻqimaganlar:
smartkids-class-unassign = Topshiriqni bekor qilish
smartkids-class-story-unknown = Chop etilgan ertakni tanlang.
notice-smartkids-class-assigned = Ertak sinfga berildi.
notice-smartkids-class-already = Bu ertak sinfda allaqachon bor.
notice-smartkids-class-unassigned = Topshiriq bekor qilindi.

smartkids-parent-title = { $name }: ertaklar
smartkids-parent-settings = Sozlamalar
smartkids-parent-approve-llm = Sunʼiy intellekt yozgan ertaklarni farzandim oʻqishidan oldin menga koʻrsatish
smartkids-parent-full-solutions = Matematika yordamchisida toʻliq yechimlarga ruxsat berish
smartkids-parent-save = Saqlash
smartkids-parent-waiting = Sizning roziligingizni kutmoqda
smartkids-parent-waiting-none = Kutayotgan ertak yoʻq.
smartkids-parent-approve = Ruxsat berish
smartkids-parent-reject = Rad etish
smartkids-parent-readings = Soʻnggi oʻqishlar
smartkids-parent-readings-none = Hali oʻqilgan ertak yoʻq.
smartkids-parent-story = Ertak
smartkids-parent-coins = Tangalar
notice-smartkids-parent-saved = Sozlamalar saqlandi.
notice-smartkids-parent-approved = Ertakka ruxsat berildi: farzandingiz uni endi oʻqiy oladi.
notice-smartkids-parent-rejected = Ertak rad etildi.

smartkids-progress-label = Ertaklar
smartkids-progress-none = Hali oʻqilgan ertak yoʻq
smartkids-progress-week = Bu hafta { $count } ta oʻqildi, oxirgisi: { $title }
