//! Administration: users, approvals, roles, blocking, password resets, the audit log.
