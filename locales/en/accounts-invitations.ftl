# Accounts: joining an organisation by consent (invitations, the join code, requests of teachers).

orgs-invite-title = Invite a member
orgs-invite = Send invitation
orgs-invite-as = Invite as
orgs-invite-hint = Ask the teacher or student for their 8-digit Alif24 ID. They accept the invitation on their own page; for a child, a parent does. An invitation lasts 14 days.
orgs-sent-title = Invitations waiting for an answer
orgs-sent-hint = Once an invitation is accepted, the person appears among the members.
orgs-sent-expires = valid until { $date }
orgs-sent-withdraw = Withdraw
orgs-code-title = Organisation code
orgs-code-hint = Give this code to your teachers: they type it on their page to ask to join. You approve each request.
orgs-code-none = Make a code so that teachers can ask to join you.
orgs-code-make = Make a code
orgs-code-new = Give a new code
orgs-requests-title = Teachers asking to join
orgs-requests-approve = Accept
orgs-requests-reject = Reject
orgs-invited-title = Invitations from organisations
orgs-invited-child = For: { $name }
orgs-invited-parent-answers = Your parent will answer this invitation.
orgs-invited-accept = Accept
orgs-invited-decline = Decline
orgs-join-title = Join a school or learning centre
orgs-join-lead = Ask the organisation’s administrator for its code and type it here. Once the administrator approves your request, you are a member.
orgs-join-field-code = Organisation code
orgs-join-button = Send request
orgs-asked-waiting = waiting for the administrator

notice-org_invitation_sent = Invitation sent. The person becomes a member once it is accepted.
notice-org_invitation_withdrawn = The invitation has been withdrawn.
notice-org_join_code_changed = The new code is ready. The old code no longer works.
notice-org_request_approved = The teacher has joined the organisation.
notice-org_request_rejected = The request has been rejected.
notice-org_invitation_accepted = Invitation accepted: welcome to the organisation.
notice-org_invitation_declined = The invitation has been declined.
notice-org_request_sent = Your request has been sent. Wait for the administrator’s answer.

error-org_already_invited = An invitation to this Alif24 ID is already waiting for an answer.
error-org_invitation_parent_answers = Your parent answers this invitation.
error-org_code_unknown = No organisation has this code.

field-org-invite-id-invalid = An Alif24 ID has 8 digits.
field-org-code-unknown = Check the code with the administrator and try again.

orgs-requests-waiting = { $count ->
    [one] One teacher is waiting for your answer.
   *[other] { $count } teachers are waiting for your answer.
}
orgs-requests-see = See the requests
