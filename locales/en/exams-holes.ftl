# Assigned tests: the settings that decide how a test is taken stay fixed.
error-exams_test_settings_frozen = This test has been assigned: its time limit, attempts, shuffling and pass mark can no longer change. What students are shown afterwards can. Make a copy to change the rest.
exams-field-setting-frozen = Fixed once the test is assigned.
exams-ui-settings-frozen = The test has been assigned: time limit, attempts, shuffling and pass mark are fixed. You can still change when students see their score and the answers.

# Importing: spreadsheets of other tools, and importing the rest of a file.
exams-import-csv-layouts = The first row must name the columns. Understood layouts: Alif24’s (type, prompt, options, answer, explanation); Kahoot’s template (Question, Answer 1–4, Time limit, Correct answer(s)); Quizizz’s (Question Text, Question Type, Option 1–5, Correct Answer, Time in seconds, Image Link, Answer explanation); or a plain table (question, option A, option B…, answer: a letter, a number or the option’s text). Headers may be in Uzbek, Russian or English.
exams-import-csv-bad-answer = “{ $value }” is not the number, letter or text of one of the options.
exams-import-csv-unsupported-type = Questions of the type “{ $type }” cannot be graded automatically.
exams-ui-import-skipped-title = { $count ->
    [one] { $count } question cannot be imported
   *[other] { $count } questions cannot be imported
}
exams-ui-import-skipped-line = Line { $line }:
exams-ui-import-rest = { $count ->
    [one] Import the other question
   *[other] Import the other { $count } questions
}
notice-exams_imported_rest = The test is imported without the questions that could not be used. Check the questions before assigning it.
