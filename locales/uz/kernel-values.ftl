# Shared value checks of the kernel: amounts of money, pagination, regions.
money-invalid = Summani raqamlar bilan yozing, masalan: 15 000 yoki 15 000,50.
page-invalid-page = Sahifa raqami 1 dan { $max } gacha boʻlgan butun son boʻlishi kerak.
page-invalid-per-page = Sahifadagi yozuvlar soni 1 dan { $max } gacha boʻlishi kerak.
region-unknown = Bunday hudud yoʻq. Roʻyxatdan tanlang.
district-unknown = Bu tuman tanlangan hududda emas.
