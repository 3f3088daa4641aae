app-tagline = Oʻzbekistondagi bolalar uchun harflar, darslar va testlar
nav-label = Asosiy menyu
nav-login = Kirish
nav-register = Roʻyxatdan oʻtish
nav-logout = Chiqish
nav-dashboard = Mening sahifam
nav-profile = Profil
nav-admin = Boshqaruv
lang-switch = Interfeys tili

role-student = Oʻquvchi
role-parent = Ota-ona
role-teacher = Oʻqituvchi
role-organization = Taʼlim tashkiloti
role-moderator = Moderator
role-admin = Administrator

status-pending = Tasdiqlanishi kutilmoqda
status-active = Faol
status-rejected = Rad etilgan
status-blocked = Bloklangan

error-go-home = Bosh sahifaga qaytish
error-unauthorized = Avval tizimga kiring.
error-forbidden = Bunga ruxsatingiz yoʻq.
error-not_found = Bunday sahifa mavjud emas.
error-rate_limited = Urinishlar juda koʻp. { $wait } qayta urinib koʻring.
error-internal = Bizda nimadir notoʻgʻri ketdi. Birozdan keyin qayta urinib koʻring.
error-validation_failed = Belgilangan maydonlarni tekshiring.
error-malformed_json = Soʻrov tanasi kutilgan koʻrinishdagi JSON emas.
error-unsupported_media_type = Soʻrov tanasini JSON koʻrinishida yuboring (Content-Type: application/json).
error-body_too_large = Soʻrov juda katta.
error-csrf_failed = Shakl eskirgan. Sahifani yangilab, qayta urinib koʻring.
error-account_not_approved = Hisobingiz hali tasdiqlanmagan.
error-unavailable = Bu xizmat hozir ishlamayapti.

field-required = Bu maydonni toʻldiring.
field-too-long = Juda uzun: koʻpi bilan { $max } ta belgi.
field-too-short = Juda qisqa: kamida { $min } ta belgi.
field-invalid = Bu qiymat notoʻgʻri.
error-malformed_form = Shaklni oʻqib boʻlmadi. Sahifani yangilab, qayta urinib koʻring.
coins-title = Tangalar
