-- Organisations: invitations by Alif24 ID that the person (or a child's parent) accepts, the
-- join code an organisation shows its teachers, and teachers' requests to join.
-- Times are unix milliseconds (UTC) written by the application.
CREATE TABLE org_invitations (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organizations (id),
    invited_by INTEGER NOT NULL REFERENCES users (id),
    typed_id TEXT NOT NULL,
    user_id INTEGER REFERENCES users (id),
    member_role TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    answered_by INTEGER REFERENCES users (id),
    answered_at INTEGER
);
CREATE INDEX org_invitations_org ON org_invitations (org_id, status);
CREATE INDEX org_invitations_user ON org_invitations (user_id, status);

CREATE TABLE org_join_codes (
    org_id INTEGER PRIMARY KEY REFERENCES organizations (id),
    code TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);

CREATE TABLE org_join_requests (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organizations (id),
    user_id INTEGER NOT NULL REFERENCES users (id),
    status TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    answered_by INTEGER REFERENCES users (id),
    answered_at INTEGER
);
CREATE INDEX org_join_requests_org ON org_join_requests (org_id, status);
CREATE INDEX org_join_requests_user ON org_join_requests (user_id, status);
