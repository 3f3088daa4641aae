# Harf for a child who cannot read yet: home tiles, no-voice mode, locked letters.
home-harf-letters = Letters
home-harf-letters-say = Let’s learn the letters: { $alphabet }.
home-harf-continue = Continue
home-harf-continue-detail = Letter { $letter }
home-harf-continue-say = Carry on where you stopped: the letter { $letter }.
home-harf-goal = Today’s goal
home-harf-goal-detail = { $done } of { $goal }
home-harf-goal-say = Today, practise { $goal } { $goal ->
        [one] letter
       *[other] letters
    }. Done so far: { $done }.
home-harf-goal-met-say = Well done! Today’s goal is done.
error-harf_not_skippable = This activity cannot be skipped.
harf-card-heading = Letter { $letter }
harf-card-say-hint = Hear what to do
harf-card-tap-to-hear = Tap to hear
harf-card-no-voice = There is no voice on this device, so we skip this step.
harf-card-skipped = skipped
harf-card-try-again = Try again
harf-card-hint-first_sound-picture = Look at the picture. Which letter does its name start with?
harf-card-hint-listen_choose-picture = Look at the picture and tap the letter its name starts with.
harf-card-hint-listen-none = Look at the pictures and the words.
harf-locked-tile = Letter { $letter } is still locked
harf-locked-first = First finish the letter { $letter }.
harf-locked-go = Go to { $letter }
harf-meter-label = Letters learned
