# Exams: importing questions from files. Shown to teachers as "Line 12: …".

exams-format-gift = GIFT (Moodle)
exams-format-aiken = Aiken (Moodle)
exams-format-csv = CSV (Excel)
exams-format-uz-numbered = Numbered test (1. … A) … Answer: B)
exams-format-uz-blocks = Blocks (++++ and ====)

exams-import-invalid = This line cannot be read.
exams-import-too-large = The file is larger than { $max }. Split it into several files.
exams-import-empty-file = The file is empty.
exams-import-no-questions = No questions were found in the file. Check that the chosen format matches the file.
exams-import-too-many-questions = A file may hold at most { $max } questions. Split it into several files.
exams-import-binary = This does not look like a text file (it contains a NUL character). Save the test as plain text (.txt) or CSV.
exams-import-unexpected-line = This line is not a question, an option or an answer key.
exams-import-option-order = Options must be lettered in order: A, B, C…
exams-import-no-options = The question has no options to choose from.
exams-import-no-key = The question has no right answer marked.
exams-import-bad-key = The answer key “{ $key }” does not name one of the question’s options.
exams-import-key-count = A single-choice question needs exactly one right answer; use the type multiple for several.
exams-import-key-conflict = The answer keys given for this question disagree.
exams-import-key-duplicate = The answer to question { $number } is given twice.
exams-import-key-unknown-question = The key names question { $number }, but there is no such question.
exams-import-duplicate-number = Two questions have the number { $number }, so the answer key cannot tell them apart.
exams-import-bad-number = The number cannot be read. Write it like 3.5, 3.5±0.1 or 1..5.
exams-import-bad-bool = “{ $value }” is neither true nor false. Write true/false, ha/yoʻq or да/нет.

exams-import-gift-essay = Free-text questions are not supported: they cannot be graded automatically.
exams-import-gift-no-answer = The question has no answer in curly braces.
exams-import-gift-unclosed = The curly brace opened here is never closed.
exams-import-gift-stray-close = A closing curly brace without an opening one. To keep a brace in the text, put a backslash (\) before it.
exams-import-gift-nested = An answer cannot contain another curly brace. To keep a brace in the text, put a backslash (\) before it.
exams-import-gift-title = The question title starts with :: but does not end with ::.
exams-import-gift-many-blocks = Only fill-in-the-blank answers may appear more than once in a question.
exams-import-gift-bad-item = Each answer inside the braces must start with = (right) or ~ (wrong).
exams-import-gift-bad-weight = An answer weight must be written like %50%.
exams-import-gift-bad-match = In a matching question every pair is written as left -> right.
exams-import-gift-no-right = None of the answers is marked right.

exams-import-csv-missing-column = The header has no “{ $column }” column.
exams-import-csv-unknown-column = Unknown column “{ $column }”. The columns are type, prompt, options, answer, explanation.
exams-import-csv-duplicate-column = The column “{ $column }” appears twice.
exams-import-csv-unclosed-quote = The quotation mark opened here is never closed.
exams-import-csv-extra-fields = This row has more fields than the header. Put text that contains commas in double quotes.
exams-import-csv-bad-type = Unknown question type “{ $type }”. Use single, multiple, true_false, short, numeric, ordering, matching or fill_blanks.
exams-import-csv-unused-options = This type of question has no options: leave the options column empty.
exams-import-csv-unused-answer = For ordering and matching questions, write the right order or the pairs in options and leave answer empty.
exams-import-csv-bad-pair = “{ $item }” is not a pair: write it as left=right.

exams-import-question-empty-prompt = The question has no text.
exams-import-question-prompt-too-long = The question text is longer than { $max } characters.
exams-import-question-too-few-options = A question needs at least two options.
exams-import-question-too-many-options = A question may have at most { $max } options.
exams-import-question-empty-option = One of the options (or items) is empty.
exams-import-question-option-too-long = An option is longer than { $max } characters.
exams-import-question-duplicate-options = Two options (or items) are the same.
exams-import-question-key-out-of-range = The right answer points to an option that does not exist.
exams-import-question-no-key = No option is marked right.
exams-import-question-all-keys = All options are marked right; at least one must be wrong.
exams-import-question-no-accepted-answer = The question has no accepted answer.
exams-import-question-bad-number = The number or its tolerance is not valid.
exams-import-question-too-few-items = Ordering and matching questions need at least two items.
exams-import-question-blanks-mismatch = The number of blanks (___) does not match the number of answers.
