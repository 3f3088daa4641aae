# A child's home page (addressed as sen).
child-home-hello = Salom, { $name }!
child-home-say-hello = Salom, { $name }! Bugun nima qilamiz? Rasmni bos.
child-home-listen = Eshitish
child-home-listen-to = Eshitish: { $what }
child-home-invitation-waiting = Senga taklif keldi. Kattalarga koʻrsat.
child-home-empty = Hozircha bu yerda hech narsa yoʻq. Kattalardan yordam soʻra.
child-home-grown-ups = Kattalar uchun
