# Exams pages: teachers' tests, importing and generating, moderation, students' attempts and
# results, a parent's view of a child.

exams-ui-nav-tests = Tests
exams-ui-nav-moderation = Test approval
exams-ui-tests = Tests
exams-ui-back-to-tests = Tests

## Teacher approval
exams-ui-teacher-pending = Your teacher account is waiting for approval. You can make and assign tests as soon as an administrator approves it.
exams-ui-teacher-pending-more = This usually takes a working day. Meanwhile you can set up your profile.
exams-ui-teacher-rejected = Your teacher account was not approved, so tests are not available. Contact the administration if you think this is a mistake.

## Teacher's list
exams-ui-new-test = New test
exams-ui-generate = Generate
exams-ui-import = Import
exams-ui-my-tests = My tests
exams-ui-no-tests = You have no tests yet. Create one, import a file or generate questions.
exams-ui-shared-tests = Shared with me
exams-ui-copy = Copy to my tests
exams-ui-copy-to-edit = Make an editable copy
exams-ui-my-assignments = Assigned tests
exams-ui-no-assignments-teacher = Nothing assigned yet. Open a test and give it to a class.
exams-ui-open-test = Open
exams-ui-assigned = Assigned
exams-ui-questions-n = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
exams-ui-grade-n = Grade { $grade }
exams-ui-due = Due { $time }
exams-ui-opens = Opens { $time }

## Codes
exams-ui-subject-math = Mathematics
exams-ui-subject-uzbek = Uzbek
exams-ui-subject-russian = Russian
exams-ui-subject-english = English
exams-ui-subject-reading = Reading
exams-ui-subject-science = Science
exams-ui-subject-logic = Logic
exams-ui-subject-other = Other
exams-ui-visibility-private = Only me
exams-ui-visibility-org = My organisation
exams-ui-visibility-public = Everyone
exams-ui-visibility-public-pending = Waiting for approval
exams-ui-kind-single = One answer
exams-ui-kind-multiple = Several answers
exams-ui-kind-true-false = True or false
exams-ui-kind-short = Short answer
exams-ui-kind-numeric = Number
exams-ui-kind-ordering = Put in order
exams-ui-kind-matching = Matching
exams-ui-kind-fill-blanks = Fill in the blanks
exams-ui-status-upcoming = Not open yet
exams-ui-status-open = Open
exams-ui-status-closed = Closed
exams-ui-reveal-after_submit = Right after handing in
exams-ui-reveal-after_due = After the due time
exams-ui-reveal-never = Never
exams-ui-true = True
exams-ui-false = False

## Test page
exams-ui-new-test-hint = After saving you can add questions, share the test and assign it.
exams-ui-settings = Settings
exams-ui-title = Title
exams-ui-subject = Subject
exams-ui-grade = Grade
exams-ui-language = Language of the test
exams-ui-time-limit = Time limit, minutes
exams-ui-no-limit = no limit
exams-ui-attempts = Attempts allowed
exams-ui-pass-percent = Pass mark, %
exams-ui-shuffle-questions = Mix the questions
exams-ui-shuffle-options = Mix the options
exams-ui-show-score = Students see their score
exams-ui-show-answers = Students see the right answers
exams-ui-save = Save
exams-ui-create-test = Create the test
exams-ui-not-mine = This test belongs to another teacher. Copy it to your tests to change or assign it.
exams-ui-frozen = This test has been assigned, so its questions can no longer change (students' results must stay comparable). Make a copy to edit them.
exams-ui-questions = Questions
exams-ui-no-questions = No questions yet. Write one below or add some from your bank.
exams-ui-max-score = Maximum score: { $points }
exams-ui-points = Points
exams-ui-points-n = { $points ->
    [one] { $points } point
   *[other] { $points } points
}
exams-ui-remove = Remove
exams-ui-remove-confirm = Remove this question from the test? It stays in your bank.
exams-ui-add-question = Add a question
exams-ui-q-type = Question type
exams-ui-q-type-show = Show the fields
exams-ui-q-prompt = Question
exams-ui-q-options = Options
exams-ui-q-single-hint = Mark the right one.
exams-ui-q-multiple-hint = Tick every right one.
exams-ui-q-option-n = Option { $n }
exams-ui-q-right = right answer
exams-ui-q-tf-legend = The statement is
exams-ui-q-accepted = Accepted answers
exams-ui-q-accepted-hint = One per line. Capital letters, extra spaces and the kind of apostrophe do not matter.
exams-ui-q-number = Right answer
exams-ui-q-tolerance = Allowed difference
exams-ui-q-number-hint = Write 3.5 or 3,5. An allowed difference of 0 means the exact number.
exams-ui-q-items = Items in the right order
exams-ui-q-items-hint = One per line, first to last. Students see them mixed.
exams-ui-q-pairs = Pairs
exams-ui-q-pairs-hint = Each item and its match. Students see the right column mixed.
exams-ui-q-left-n = Item { $n }
exams-ui-q-right-n = Match for item { $n }
exams-ui-q-text = Text with blanks
exams-ui-q-text-hint = Write ___ (three underscores) where a blank goes.
exams-ui-q-blanks = Answers for the blanks
exams-ui-q-blanks-hint = One line per blank, in order. Several accepted answers on a line are separated by ;
exams-ui-q-explanation = Explanation (optional)
exams-ui-q-explanation-hint = Shown with the right answer.
exams-ui-bank = Add from my bank
exams-ui-any = Any
exams-ui-filter = Show
exams-ui-bank-empty = No other questions in your bank match.
exams-ui-bank-more = Only the 100 newest are listed; narrow the filter to see others.
exams-ui-add-selected = Add the ticked questions
exams-ui-share = Sharing
exams-ui-share-hint = Tests for everyone are checked by a moderator first.
exams-ui-share-pending = A moderator will check this test before everyone can see it.
exams-ui-org = Organisation
exams-ui-org-n = Organisation no. { $id }
exams-ui-assign = Assign to a class
exams-ui-no-classes = You have no classes yet.
exams-ui-to-classes = Create a class
exams-ui-assign-needs-questions = Add questions before assigning the test.
exams-ui-class = Class
exams-ui-opens-at = Opens
exams-ui-due-at = Due
exams-ui-tashkent-time = Times are Tashkent time.
exams-ui-assign-freezes = Once assigned, the questions of the test are fixed.
exams-ui-assign-button = Assign
exams-ui-export = Download
exams-ui-export-hint = GIFT opens in Moodle; CSV opens in Excel and can be imported back.
exams-ui-delete-test = Delete the test
exams-ui-delete-confirm = Delete this test? Its questions stay in your bank.

## Import
exams-ui-import-title = Import a test
exams-ui-import-lead = Paste a test in one of the formats below. It becomes a new test; nothing is saved if a line is wrong.
exams-ui-format = Format
exams-ui-import-file = Or choose a file
exams-ui-import-file-hint = The file is read into the box below; check it, then import.
exams-ui-import-text = The test
exams-ui-import-button = Import
exams-ui-examples = Examples
exams-ui-import-line-error = Line { $line }: { $reason }
exams-ui-import-nothing-saved = Nothing was saved. Fix the line and import again; your text is kept below.

## Generate
exams-ui-generate-title = Generate questions
exams-ui-generate-lead = Pick a generator, a grade and a topic. You get drafts to check and edit; only the ones you keep are saved.
exams-ui-generator = Generator
exams-ui-topic = Topic
exams-ui-topic-mixed = Mixed topics
exams-ui-count = How many
exams-ui-source-text = Text to ask about (AI only)
exams-ui-source-text-hint = The AI writes questions about this text. The other generators ignore it.
exams-ui-generate-button = Generate
exams-ui-drafts = Drafts
exams-ui-drafts-lead = Check each question, correct it if needed, and untick the ones you do not want.
exams-ui-draft-n = Question { $n }
exams-ui-save-drafts = Save the kept questions as a new test
exams-ui-keep-one = Keep at least one question.
exams-ui-generated-title = { $generator }, grade { $grade }

## Moderation
exams-ui-moderation = Tests waiting for approval
exams-ui-moderation-hint = Teachers asked for these tests to be open to everyone. Open one to read it before deciding.
exams-ui-moderation-empty = Nothing is waiting.
exams-ui-approve = Approve
exams-ui-reject = Send back
exams-ui-reject-confirm = Send this test back? It becomes private to its teacher again.

## Student
exams-ui-my-tests-student = My tests
exams-ui-no-assignments = No tests for you yet.
exams-ui-start = Start
exams-ui-continue = Continue
exams-ui-see-result = My result
exams-ui-minutes = { $minutes } min
exams-ui-attempts-left = { $count ->
    [0] No attempts left
    [one] 1 attempt left
   *[other] { $count } attempts left
}
exams-ui-best-score = Score: { $score }
exams-ui-see-child-result = See the result

## Attempt
exams-ui-until = Until { $time }
exams-ui-question-n = Question { $n }
exams-ui-choose-one = Choose one answer
exams-ui-choose-all = Choose every right answer
exams-ui-your-answer = Your answer
exams-ui-number-hint = A number, like 12 or 3.5
exams-ui-order-hint = Put them in the right order: number them, or move them up and down.
exams-ui-position = Place
exams-ui-move-up = Move up
exams-ui-move-down = Move down
exams-ui-blank-n = Blank { $n }
exams-ui-prev = Back
exams-ui-next = Next
exams-ui-save-answers = Save my answers
exams-ui-hand-in = Hand in
exams-ui-saving = Saving…
exams-ui-saved = Saved ✓
exams-ui-offline = No connection: your answer is kept and will be saved when you are back online.
exams-ui-not-saved = Not saved: this attempt is over.
exams-ui-number-unreadable = Write a number, like 12 or 3.5.
exams-ui-fix-marked = Some answers could not be read; they are marked below. Everything else was saved.
exams-ui-time-up = Time is up! Your saved answers are being handed in…
exams-ui-confirm-submit = Hand in your answers? You cannot change them afterwards.
exams-ui-confirm-unanswered = You have not answered these questions: { $list }. Hand in anyway?

## Result
exams-ui-cheer-excellent = Excellent! You are a star!
exams-ui-cheer-passed = Well done!
exams-ui-cheer-try-again = Good try! A little more practice and you will get it.
exams-ui-cheer-handed-in = Your answers are handed in!
exams-ui-percent = { $percent }%
exams-ui-passed = Passed
exams-ui-not-passed = Not passed yet
exams-ui-score-later = Your score will be shown after { $time }.
exams-ui-score-by-teacher = Your teacher will tell you your score.
exams-ui-answers-later = The right answers will be shown after { $time }.
exams-ui-answers-hidden = The right answers are not shown for this test.
exams-ui-mark-right = Right
exams-ui-mark-partly = Partly right
exams-ui-mark-wrong = Not right
exams-ui-no-answer = no answer
exams-ui-right-answer = Right answer
exams-ui-done = Done

## Assignment results
exams-ui-results = Results
exams-ui-stat-submitted = handed in
exams-ui-stat-mean = average score
exams-ui-stat-median = median score
exams-ui-stat-pass-rate = reached { $percent }%
exams-ui-students = Students
exams-ui-no-students = There are no students in this class yet.
exams-ui-student = Student
exams-ui-score-of = Score (of { $max })
exams-ui-student-not-started = not started
exams-ui-student-in-progress = working on it
exams-ui-student-submitted = handed in
exams-ui-attempts-n = { $count ->
    [one] { $count } attempt
   *[other] { $count } attempts
}
exams-ui-item-stats = Questions
exams-ui-item-stats-hint = Right: the average share of points. Discrimination: how much better the strongest quarter did than the weakest (from −1 to 1; below 0.2 the question may be unclear). Questions under 40% right are marked.
exams-ui-stat-correct = right { $value }
exams-ui-stat-discrimination = discrimination { $value }
exams-ui-stat-unanswered = unanswered { $value }
exams-ui-stat-time = time { $value }
exams-ui-stat-started = started: { $count }

## Parent
exams-ui-child-title = Tests of { $name }

## Notices
notice-exams_test_created = The test is created. Now add questions.
notice-exams_test_saved = Saved.
notice-exams_test_deleted = The test is deleted.
notice-exams_test_copied = This is your copy; you can change it.
notice-exams_question_added = The question is added.
notice-exams_questions_added = The questions are added.
notice-exams_question_removed = The question is removed from the test.
notice-exams_visibility_saved = Sharing is saved.
notice-exams_sent_to_moderation = Sent to a moderator: the test becomes public once approved.
notice-exams_assigned = The test is assigned. Students see it in their Tests.
notice-exams_imported = The test is imported. Check the questions before assigning it.
notice-exams_generated_saved = The test is saved. Check it and assign it to a class.
notice-exams_approved = The test is approved and open to everyone.
notice-exams_rejected = The test is sent back to its teacher.
notice-exams_answers_saved = Your answers are saved.
notice-exams_time_up = Time was up, so your saved answers were handed in.
notice-exams_not_open_yet = This test has not opened yet.
notice-exams_closed = The time for this test is over.
notice-exams_no_attempts_left = You have used all your attempts at this test.
exams-ui-read-aloud = Read aloud
exams-ui-picture = Picture (optional)
exams-ui-picture-hint = PNG, JPEG, WebP or GIF, up to 512 KB.
