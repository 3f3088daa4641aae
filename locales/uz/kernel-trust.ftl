# Trust pages, sharing previews and the layout's skip link.
trust-footer-label = Alif24 haqida
trust-about-title = Loyiha haqida
trust-privacy-title = Maxfiylik siyosati
trust-terms-title = Foydalanish shartlari
trust-contact-title = Aloqa
trust-contact-unset = bu server operatori hali aloqa manzilini eʼlon qilmagan. Sizga Alif24 manzilini bergan maktab yoki oʻquv markaziga murojaat qiling.
og-title = Alif24 — bolalar uchun harflar va testlar
og-description = Bolalar harflarni rasm va ovoz bilan oʻrganadi, oʻqituvchi bergan testlarni topshiradi, ota-onalar esa natijalarni koʻradi. Oʻzbek, rus va ingliz tillarida.
og-image-alt = Alif24 belgisi va “Harflar, testlar va tangalar” yozuvi
skip-to-content = Asosiy qismga oʻtish
