# alif24 seed --demo: the demo data
demo-seeded = The demo data is ready.
demo-already = The demo data is already here (made { $date }); nothing was changed.
demo-counts = Organisations: { $organisations }, teachers: { $teachers }, classes: { $classes }, children: { $students }, parents: { $parents }, Harf sittings: { $sittings }, tests handed in: { $attempts }.
demo-took = Took { $seconds } s.
demo-logins = Logins to try:
demo-password = Every demo account's password: { $password }
demo-role-admin = Administrator
demo-role-director = Organisation director
demo-role-teacher = Teacher
demo-role-parent = Parent
demo-role-child = Child (Alif24 ID)
error-demo_real_users = { $count ->
    [one] This database already has { $count } account the demo did not make.
   *[other] This database already has { $count } accounts the demo did not make.
} The demo is meant for an empty database; run with --force to add it anyway.
error-demo_incomplete = An earlier demo seed stopped half-way. Start again from an empty database.
