# SmartKids: ertakni mikrofonga ovoz chiqarib oʻqish.
smartkids-paragraph-unknown = Ertakda bunday qism yoʻq.
error-smartkids_reading_busy = Yozuv hali saqlanmoqda. Yana bir marta urinib koʻr.
smartkids-record = Ovoz chiqarib oʻqi
smartkids-record-stop = Toʻxtat
smartkids-record-hint = 🎤 ni bos, qismni ovoz chiqarib oʻqi va yana bos.
smartkids-record-listening = Tinglayapman…
smartkids-record-checking = Tekshirayapman…
smartkids-record-missed = Tushib qolgan soʻzlar
smartkids-record-changed = Boshqacha oʻqilgan
smartkids-record-perfect = Barakalla! Hamma soʻzni toʻgʻri oʻqiding!
smartkids-record-nothing = Hech narsa eshitilmadi. Balandroq oʻqib koʻr!
smartkids-record-failed = Yozuv yuborilmadi. Yana bir marta urinib koʻr!
smartkids-record-no-mic = Mikrofon yoqilmadi. Kattalardan yordam soʻra.
smartkids-result-accuracy = Toʻgʻri oʻqilgan soʻzlar
