-- Secrets the instances on one database share, made at first use: the key
-- that signs the login form's token (so that a form served by one instance
-- is good on another, and a token the client made up is refused).
CREATE TABLE server_secrets (
    name TEXT PRIMARY KEY NOT NULL,
    secret TEXT NOT NULL
);

-- Failed logins past the window are deleted by the next login attempt, by
-- their time alone.
CREATE INDEX login_failures_at ON login_failures (at);
