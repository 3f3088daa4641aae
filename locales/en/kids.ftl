# SmartKids and MathKids: errors of the API and the pages.
smartkids-language-invalid = Choose Uzbek, Russian or English.
smartkids-age-invalid = Choose an age from 4 to 10.
smartkids-length-invalid = Choose a short or a medium story.
smartkids-decodable-uz-only = Stories with only your letters are in Uzbek for now.
smartkids-choice-unknown = Choose one from the list.
smartkids-not-enough-letters = Learn a few more letters in Harf first, then we can write a story with them!
smartkids-too-many-answers = There are more answers than questions.
smartkids-answer-too-long = That answer is too long.
error-smartkids_awaiting_parent = This story is waiting for your parent's OK.
error-smartkids_reading_finished = This reading is already finished.
error-mathkids_unsupported = I can't solve this one yet. I can solve problems like these: { $examples }
error-mathkids_full_solution_off = Your parent has turned off whole solutions. Solve it step by step!
mathkids-problem-too-long = That is too long: at most { $max } characters.
mathkids-mode-invalid = Choose step by step or the whole solution.
mathkids-value-too-long = That answer is too long.
mathkids-step-invalid = There is no such step.
error-smartkids_not_waiting = This story is not waiting for a decision.
