-- A read-only display link for the projector: whoever holds its token sees
-- one assembly's hall page and live stream, nothing else, and no one's
-- name who is logged in. The secretariat makes and revokes them; only the
-- token's SHA-256 is kept.
CREATE TABLE displays (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    assembly_id BIGINT NOT NULL REFERENCES assemblies (id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);
CREATE INDEX displays_assembly ON displays (assembly_id);
