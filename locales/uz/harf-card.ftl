# Harf: the letter card page and its activities.
