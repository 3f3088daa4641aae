# Bolaning jonli oʻyinlari (/live/mine), bosh sahifa plitkasi va ota-ona uchun qator.
live-history-title = Jonli oʻyinlarim
live-history-title-of = { $name }: jonli oʻyinlar
live-history-empty = { $viewer ->
    [child] Hali jonli oʻyin oʻynamading. Oʻqituvchi katta ekranda PIN-kodni koʻrsatadi: uni yoz va oʻyna!
   *[other] Hali jonli oʻyin oʻynamagansiz. Oʻqituvchi katta ekranda PIN-kodni koʻrsatadi: uni yozing va oʻynang!
}
live-history-empty-say = { $viewer ->
    [child] Oʻqituvchi katta ekranda olti xonali PIN-kodni koʻrsatadi. Katta tugmani bos, PIN-kodni yoz va oʻyna!
   *[other] Oʻqituvchi katta ekranda olti xonali PIN-kodni koʻrsatadi. Katta tugmani bosing, PIN-kodni yozing va oʻynang!
}
live-history-empty-parent = { $name } hali jonli oʻyin oʻynamagan. Oʻqituvchi oʻyin boshlaganda bola PIN-kod bilan kiradi.
live-history-join = Oʻyinga kirish
live-history-listen = Eshitish
live-history-place = { $of } kishidan { $place }-oʻrin
live-history-removed = Oʻyindan chiqarilgan
live-history-correct = { $correct } / { $total } toʻgʻri
live-history-points = { $points } ball
live-history-older = Avvalgi oʻyinlar
live-history-answers = Javoblar
live-history-question-n = { $n }-savol
live-history-right = Toʻgʻri
live-history-partly = Qisman toʻgʻri
live-history-wrong = Notoʻgʻri
live-history-none = Javob berilmagan
live-history-your-answer = Berilgan javob: { $answer }
live-history-right-answer = Toʻgʻri javob: { $answer }
live-history-seconds = { $seconds } soniya
live-history-limit-invalid = Bir sahifada 1 tadan 50 tagacha oʻyin boʻladi.

live-home-tile = Jonli viktorina
live-home-tile-detail = PIN-kod bilan kirish
live-home-tile-say = Jonli viktorina. Oʻqituvchi katta ekranda koʻrsatgan PIN-kodni yoz va sinfdoshlaring bilan oʻyna!
live-home-mine = Jonli oʻyinlarim
live-home-mine-detail = { $count } ta jonli oʻyin
live-home-mine-say = Jonli viktorinada oʻynagan oʻyinlar: qaysi oʻrin va nechta toʻgʻri javob.

live-progress-label = Jonli viktorina
live-progress-month = Bu oy { $count } ta oʻyin
live-progress-month-best = Bu oy { $count } ta oʻyin, eng yaxshi oʻrin: { $best }
live-progress-none = Bu oy hali oʻynamagan
