# Friendly messages when the kid-safety filter refuses what a child typed or a story it was about to show (children's: addressed as "you").
kids-refused-empty = Write something first.
kids-refused-too-long = That is a bit long. Try a shorter one!
kids-refused-characters = Use letters and numbers only.
kids-refused-personal = Don't write phone numbers or addresses here — keep them safe!
kids-refused-rude = Let's use kind words. Here is a story for you instead!
kids-refused-unsafe = Let's choose a kind, happy topic. Here is a story for you!
