# SmartKids va MathKids: API va sahifalar xatolari.
smartkids-language-invalid = Oʻzbek, rus yoki ingliz tilini tanla.
smartkids-age-invalid = 4 dan 10 gacha yoshni tanla.
smartkids-length-invalid = Qisqa yoki oʻrtacha ertakni tanla.
smartkids-decodable-uz-only = Oʻzing bilgan harflardan ertak hozircha faqat oʻzbek tilida.
smartkids-choice-unknown = Roʻyxatdan birini tanla.
smartkids-not-enough-letters = Avval Harfda yana bir nechta harf oʻrgan, keyin ulardan ertak yozamiz!
smartkids-too-many-answers = Javoblar savollardan koʻp.
smartkids-answer-too-long = Bu javob juda uzun.
error-smartkids_awaiting_parent = Bu ertakni avval ota-onang koʻrib chiqadi.
error-smartkids_reading_finished = Bu oʻqish allaqachon tugagan.
error-mathkids_unsupported = Bunday misolni hali yecha olmayman. Mana bunday misollarni yecha olaman: { $examples }
error-mathkids_full_solution_off = Ota-onang tayyor yechimni oʻchirib qoʻygan. Qadamma-qadam yech!
mathkids-problem-too-long = Juda uzun: koʻpi bilan { $max } ta belgi.
mathkids-mode-invalid = «Qadamma-qadam» yoki «toʻliq yechim»ni tanla.
mathkids-value-too-long = Bu javob juda uzun.
mathkids-step-invalid = Bunday qadam yoʻq.
error-smartkids_not_waiting = Bu ertak qaror kutmayapti.
