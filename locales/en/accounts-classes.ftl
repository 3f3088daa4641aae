# Accounts: classes (rosters) and organisations.

classes-title = My classes
classes-create-title = New class
classes-field-name = Class name
classes-name-example = e.g. 2-A
classes-field-org = School or learning centre
classes-org-none = No organisation
classes-create = Create class
classes-after-approval = You can create classes once an administrator approves your account.
classes-none-yet = No classes yet.
classes-archived = Archived
classes-code-label = Join code
classes-code-hint = Students log in, open “Join a class” and type this code.
classes-student-count = { $count ->
    [one] { $count } student
   *[other] { $count } students
}
classes-teacher-is = Teacher: { $name }
classes-back = Back
classes-new-code = New code
classes-new-code-confirm = Make a new code? The old code will stop working.
classes-roster-empty = No students yet. Give them the join code.
classes-joined-on = joined { $date }
classes-remove = Remove
classes-remove-confirm = Remove { $name } from this class?
classes-settings = Class settings
classes-rename = Rename
classes-archive = Archive the class
classes-archive-hint = An archived class keeps its list of students, but nobody can join it.
classes-archive-confirm = Archive this class?
classes-reopen = Reopen the class
classes-reopen-hint = This class is archived. Reopen it so students can join again.
classes-leave = Leave this class
classes-leave-confirm = Do you really want to leave this class?
classes-join-title = Join a class
classes-join-lead = Type the code your teacher gave you.
classes-field-code = Class code
classes-join-button = Join
classes-my-classes = My classes
classes-student-none = You are not in a class yet.
classes-open = Open
classes-all = All my classes
classes-family-title = Connect with your parent
classes-family-text = Your mum or dad can see how you learn. Get a code here and show it to them.
classes-family-button = Get a code for my parent

orgs-teacher-count = { $count ->
    [one] { $count } teacher
   *[other] { $count } teachers
}
orgs-student-count = { $count ->
    [one] { $count } student
   *[other] { $count } students
}
orgs-class-count = { $count ->
    [one] { $count } class
   *[other] { $count } classes
}
orgs-field-alif24-id = Alif24 ID
orgs-field-member-role = Add as
orgs-member-role-admin = Administrator
orgs-member-role-teacher = Teacher
orgs-member-role-student = Student
orgs-pending-notice = Your organisation is waiting for an administrator’s approval. You can add members once it is approved.
orgs-pending-title = Teachers waiting for approval
orgs-pending-hint = Approve only teachers you know work with you. Once approved, they can create classes.
orgs-approve = Approve
orgs-members-title = Members
orgs-col-id = Alif24 ID
orgs-col-role = Role
orgs-col-status = Status
orgs-remove = Remove
orgs-remove-confirm = Remove { $name } from the organisation?
orgs-classes-title = Classes
orgs-classes-none = Your teachers have not created classes in this organisation yet.
orgs-mine-title = My organisations
orgs-mine-none = You are not a member of any school or learning centre yet. To join one, give its administrator your Alif24 ID.
orgs-leave = Leave
orgs-leave-confirm = Leave { $name }?
orgs-stat-teachers = Teachers
orgs-stat-students = Students
orgs-stat-classes = Classes
orgs-manage = Manage the organisation

notice-class_created = The class is ready. Give its code to your students.
notice-class_renamed = The class has been renamed.
notice-class_code_changed = The class has a new code. The old code no longer works.
notice-class_archived = The class has been archived.
notice-class_reopened = The class has been reopened.
notice-class_student_removed = The student has been removed from the class.
notice-class_joined = You are in the class now!
notice-class_left = You have left the class.
notice-org_member_removed = The member has been removed.
notice-org_teacher_approved = The teacher is approved and can now create classes.
notice-org_left = You have left the organisation.

error-class_code_unknown = There is no class with this code.
error-class_archived = This class is closed.
error-org_already_member = This person is already a member.
error-org_owner_stays = The organisation’s own account cannot leave it.
error-teacher_not_pending = This teacher’s account is not waiting for approval.

field-class-code-unknown = Check the code with your teacher and try again.
field-class-archived = Ask your teacher for a new code.
field-class-org-not-member = You can create classes only in organisations you teach in.