# SmartKids: stories teachers write, their review, class assignments and the parents' page (grown-ups' words, except the child's shelf).
smartkids-author-nav = Write a story
smartkids-review-nav = Story review
smartkids-from-teacher = From your teacher

smartkids-author-title = Write a story
smartkids-author-lead = Write a story for children to read and listen to, with a few questions about it. A moderator reads it before it appears in the library.
smartkids-author-new = New story
smartkids-author-editing = Edit the story
smartkids-author-language = Language
smartkids-author-age = Age
smartkids-author-emoji = Picture (emoji)
smartkids-author-story-title = Title
smartkids-author-text = Text
smartkids-author-text-hint = Markdown: leave an empty line between paragraphs (at most 20). Formatting, links and HTML are removed; children see plain text, word by word.
smartkids-author-questions = Questions
smartkids-author-format = Question format
smartkids-author-format-auto = Recognise automatically
smartkids-author-format-uz-numbered = Numbered test (1. … A) … Answer: B)
smartkids-author-format-gift = Moodle GIFT
smartkids-author-format-aiken = Moodle Aiken
smartkids-author-format-uz-blocks = Blocks (++++ / ====)
smartkids-author-format-csv = CSV
smartkids-author-help-title = How to write the questions
smartkids-author-help = Start each question with its number, letter the options A), B), C) and give the key on an "Answer:" line. A question without options takes a word ("Answer: Hedgehog") or true/false. GIFT and Aiken are accepted too. From 1 to 8 questions: single choice, true/false or a short answer.
smartkids-author-help-example =
    1. What did the little rabbit find?
    A) A carrot
    B) An apple
    C) A stone
    Answer: A
    2. The rabbit shared the carrot with his friends.
    Answer: true
    3. Who was the rabbit's friend?
    Answer: Hedgehog
smartkids-author-review-note = A moderator reads every story before children see it; you will see the decision here.
smartkids-author-staff-note = Your stories are published at once.
smartkids-author-send = Send for review
smartkids-author-save = Save
smartkids-author-cancel = Cancel
smartkids-author-mine = My stories
smartkids-author-none = You have not written any stories yet.
smartkids-author-story = Story
smartkids-author-status = Status
smartkids-author-actions = Actions
smartkids-author-status-pending = Waiting for review
smartkids-author-status-published = Published
smartkids-author-status-rejected = Declined
smartkids-author-status-hidden = Taken down
smartkids-author-reason = Reason:
smartkids-author-edit = Edit
smartkids-author-delete = Delete
smartkids-author-classes = My classes
smartkids-author-classes-lead = Give a class a story and see who has read it.
smartkids-author-age-invalid = Choose 4–6 or 7–10.
smartkids-author-language-invalid = Choose Uzbek, Russian or English.
smartkids-author-emoji-invalid = Pick one emoji as the picture.
smartkids-author-format-invalid = Unknown question format.
smartkids-author-too-many-paragraphs = Too many paragraphs: at most { $max }.
smartkids-author-questions-none = Write at least one question.
smartkids-author-questions-too-many = Too many questions: at most { $max }.
smartkids-author-questions-line = Line { $line }: { $reason }
smartkids-author-question-type = Question { $number }: stories take single choice, true/false and short-answer questions only.
smartkids-author-question-bad = Question { $number }: { $reason }
smartkids-author-refused-empty = The text is empty.
smartkids-author-refused-too-long = The text is too long.
smartkids-author-refused-characters = The text has characters that cannot be shown to children.
smartkids-author-refused-personal = Remove phone numbers, e-mail addresses and links.
smartkids-author-refused-rude = The text has a word that children should not read.
smartkids-author-refused-unsafe = The text touches a topic SmartKids keeps away from children (violence, death, alcohol and the like).
error-smartkids_author_locked = The story can no longer be changed: it has been published.
notice-smartkids-author-sent = The story has been sent to the moderators.
notice-smartkids-author-published = The story is published.
notice-smartkids-author-deleted = The story has been deleted.

smartkids-review-title = Story review
smartkids-review-lead = Stories teachers wrote, oldest first. Read each one and its questions, then publish it or decline it with a reason for the author.
smartkids-review-none = No stories are waiting for review.
smartkids-review-words = words
smartkids-review-questions = Questions and answers
smartkids-review-true = True
smartkids-review-false = False
smartkids-review-publish = Publish
smartkids-review-reason = Reason for the author (optional)
smartkids-review-decline = Decline
error-smartkids_review_not_pending = This story is not waiting for review.
notice-smartkids-review-published = The story is published.
notice-smartkids-review-declined = The story has been declined.

smartkids-class-title = Stories: { $name }
smartkids-class-back = My stories
smartkids-class-lead = Students in the class: { $count }.
smartkids-class-assign-title = Give the class a story
smartkids-class-story = Story
smartkids-class-assign = Assign
smartkids-class-more-languages = Stories in other languages:
smartkids-class-none = The class has no stories from you yet.
smartkids-class-assigned-on = assigned
smartkids-class-student = Student
smartkids-class-wpm = Words per minute
smartkids-class-accuracy = Accuracy
smartkids-class-quiz = Quiz
smartkids-class-when = When
smartkids-class-not-read = Not read yet:
smartkids-class-unassign = Take the story back
smartkids-class-story-unknown = Choose a published story.
notice-smartkids-class-assigned = The story has been given to the class.
notice-smartkids-class-already = The class already has this story.
notice-smartkids-class-unassigned = The story has been taken back.

smartkids-parent-title = { $name }: stories
smartkids-parent-settings = Settings
smartkids-parent-approve-llm = Show me stories written by the AI before my child reads them
smartkids-parent-full-solutions = Allow whole solutions in the math helper
smartkids-parent-save = Save
smartkids-parent-waiting = Waiting for your approval
smartkids-parent-waiting-none = No stories are waiting.
smartkids-parent-approve = Approve
smartkids-parent-reject = Reject
smartkids-parent-readings = Last readings
smartkids-parent-readings-none = No stories read yet.
smartkids-parent-story = Story
smartkids-parent-coins = Coins
notice-smartkids-parent-saved = The settings are saved.
notice-smartkids-parent-approved = The story is approved: your child can read it now.
notice-smartkids-parent-rejected = The story has been rejected.

smartkids-progress-label = Stories
smartkids-progress-none = No stories read yet
smartkids-progress-week = { $count ->
    [one] { $count } story read this week, last: { $title }
   *[other] { $count } stories read this week, last: { $title }
}
