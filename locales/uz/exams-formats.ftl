# Imtihonlar: savollarni fayldan import qilish. Oʻqituvchi xabarni «12-qator: …» koʻrinishida koʻradi.

exams-format-gift = GIFT (Moodle)
exams-format-aiken = Aiken (Moodle)
exams-format-csv = CSV (Excel)
exams-format-uz-numbered = Raqamlangan test (1. … A) … Javob: B)
exams-format-uz-blocks = Bloklar (++++ va ====)

exams-import-invalid = Bu qatorni oʻqib boʻlmadi.
exams-import-too-large = Fayl { $max } dan katta. Uni bir nechta faylga boʻling.
exams-import-empty-file = Fayl boʻsh.
exams-import-no-questions = Faylda birorta ham savol topilmadi. Tanlangan format faylga mosligini tekshiring.
exams-import-too-many-questions = Bitta faylda koʻpi bilan { $max } ta savol boʻlishi mumkin. Faylni bir nechtaga boʻling.
exams-import-binary = Bu matnli faylga oʻxshamaydi (unda NUL belgisi bor). Testni oddiy matn (.txt) yoki CSV sifatida saqlang.
exams-import-unexpected-line = Bu qator savol ham, variant ham, javob kaliti ham emas.
exams-import-option-order = Variantlar harflar tartibida boʻlishi kerak: A, B, C…
exams-import-no-options = Savolda tanlash uchun variantlar yoʻq.
exams-import-no-key = Savolning toʻgʻri javobi koʻrsatilmagan.
exams-import-bad-key = «{ $key }» javob kaliti savol variantlaridan birortasiga mos kelmaydi.
exams-import-key-count = Bitta javobli savolda aynan bitta toʻgʻri javob boʻladi; bir nechtasi uchun multiple turini tanlang.
exams-import-key-conflict = Bu savol uchun berilgan javob kalitlari bir-biriga mos emas.
exams-import-key-duplicate = { $number }-savolning javobi ikki marta berilgan.
exams-import-key-unknown-question = Kalitda { $number }-savol bor, lekin bunday savol yoʻq.
exams-import-duplicate-number = Ikkita savolning raqami { $number }, shuning uchun javob kaliti ularni ajrata olmaydi.
exams-import-bad-number = Sonni oʻqib boʻlmadi. Uni 3.5, 3.5±0.1 yoki 1..5 koʻrinishida yozing.
exams-import-bad-bool = «{ $value }» toʻgʻri ham, notoʻgʻri ham emas. true/false, ha/yoʻq yoki да/нет deb yozing.

exams-import-gift-essay = Erkin javobli savollar qoʻllab-quvvatlanmaydi: ularni avtomatik baholab boʻlmaydi.
exams-import-gift-no-answer = Savolning javobi figurali qavslar ichida berilmagan.
exams-import-gift-unclosed = Shu yerda ochilgan figurali qavs yopilmagan.
exams-import-gift-stray-close = Yopuvchi figurali qavsning ochuvchisi yoʻq. Qavs matnda qolishi uchun uning oldiga teskari chiziq (\) qoʻying.
exams-import-gift-nested = Javob ichida yana figurali qavs boʻlishi mumkin emas. Qavs matnda qolishi uchun uning oldiga teskari chiziq (\) qoʻying.
exams-import-gift-title = Savol nomi :: bilan boshlangan, lekin :: bilan tugamagan.
exams-import-gift-many-blocks = Bitta savolda bir necha marta faqat boʻsh joylarning javoblari kelishi mumkin.
exams-import-gift-bad-item = Qavs ichidagi har bir javob = (toʻgʻri) yoki ~ (notoʻgʻri) belgisi bilan boshlanishi kerak.
exams-import-gift-bad-weight = Javob ulushi %50% koʻrinishida yoziladi.
exams-import-gift-bad-match = Moslashtirish savolida har bir juftlik chap -> oʻng koʻrinishida yoziladi.
exams-import-gift-no-right = Javoblarning birortasi ham toʻgʻri deb belgilanmagan.

exams-import-csv-missing-column = Sarlavhada «{ $column }» ustuni yoʻq.
exams-import-csv-unknown-column = «{ $column }» degan ustun yoʻq. Ustunlar: type, prompt, options, answer, explanation.
exams-import-csv-duplicate-column = «{ $column }» ustuni ikki marta berilgan.
exams-import-csv-unclosed-quote = Shu yerda ochilgan qoʻshtirnoq yopilmagan.
exams-import-csv-extra-fields = Bu qatorda maydonlar sarlavhadagidan koʻp. Vergul bor matnni qoʻshtirnoq ichiga oling.
exams-import-csv-bad-type = «{ $type }» degan savol turi yoʻq. single, multiple, true_false, short, numeric, ordering, matching yoki fill_blanks dan birini yozing.
exams-import-csv-unused-options = Bu turdagi savolda variantlar boʻlmaydi: options ustunini boʻsh qoldiring.
exams-import-csv-unused-answer = Tartiblash va moslashtirish savollarida toʻgʻri tartib yoki juftliklar options ustuniga yoziladi, answer esa boʻsh qoladi.
exams-import-csv-bad-pair = «{ $item }» juftlik emas: uni chap=oʻng koʻrinishida yozing.

exams-import-question-empty-prompt = Savol matni yoʻq.
exams-import-question-prompt-too-long = Savol matni { $max } belgidan uzun.
exams-import-question-too-few-options = Savolda kamida ikkita variant boʻlishi kerak.
exams-import-question-too-many-options = Savolda koʻpi bilan { $max } ta variant boʻlishi mumkin.
exams-import-question-empty-option = Variantlardan (yoki bandlardan) biri boʻsh.
exams-import-question-option-too-long = Variant { $max } belgidan uzun.
exams-import-question-duplicate-options = Ikkita variant (yoki band) bir xil.
exams-import-question-key-out-of-range = Toʻgʻri javob mavjud boʻlmagan variantni koʻrsatyapti.
exams-import-question-no-key = Birorta variant ham toʻgʻri deb belgilanmagan.
exams-import-question-all-keys = Hamma variantlar toʻgʻri deb belgilangan; kamida bittasi notoʻgʻri boʻlishi kerak.
exams-import-question-no-accepted-answer = Savolda qabul qilinadigan javob yoʻq.
exams-import-question-bad-number = Son yoki uning xatolik chegarasi notoʻgʻri.
exams-import-question-too-few-items = Tartiblash va moslashtirish savollarida kamida ikkita band boʻlishi kerak.
exams-import-question-blanks-mismatch = Boʻsh joylar (___) soni javoblar soniga mos emas.
