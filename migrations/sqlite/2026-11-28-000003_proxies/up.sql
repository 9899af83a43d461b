-- A full member's vote given to another for one assembly. Revoked or void
-- proxies stay, with when and why they ended.
CREATE TABLE proxies (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    assembly_id BIGINT NOT NULL REFERENCES assemblies (id),
    grantor_id BIGINT NOT NULL REFERENCES organisations (id),
    holder_id BIGINT NOT NULL REFERENCES organisations (id),
    document TEXT,
    created_by BIGINT NOT NULL REFERENCES accounts (id),
    created_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    void_at TIMESTAMP,
    CHECK (grantor_id <> holder_id)
);
CREATE UNIQUE INDEX proxies_one_live_per_grantor ON proxies (assembly_id, grantor_id)
    WHERE revoked_at IS NULL AND void_at IS NULL;
CREATE INDEX proxies_holder ON proxies (assembly_id, holder_id);

-- Who casts an eligible organisation's vote in a poll: NULL for itself, or
-- the holder of its proxy when the poll opened.
ALTER TABLE poll_eligibility ADD COLUMN holder_id BIGINT REFERENCES organisations (id);
