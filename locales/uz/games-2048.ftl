# 2048 oʻyini (bolalar uchun: sen).
games-name-2048 = 2048
games-2048-help = Barmogʻing bilan sur yoki yoʻnalish tugmalarini bos. Ikkita bir xil son qoʻshilib, bitta songa aylanadi!
games-2048-board = 2048 taxtasi
games-2048-arrows = Yoʻnalish tugmalari
games-2048-won = Sen 2048 ga yetding!
games-2048-keep = Oʻynashni davom ettir
