# A child's home page.
child-home-hello = Hello, { $name }!
child-home-say-hello = Hello, { $name }! What shall we do today? Tap a picture.
child-home-listen = Listen
child-home-listen-to = Listen: { $what }
child-home-invitation-waiting = You have an invitation. Show it to a grown-up.
child-home-empty = Nothing here yet. Ask a grown-up to help.
child-home-grown-ups = For grown-ups
