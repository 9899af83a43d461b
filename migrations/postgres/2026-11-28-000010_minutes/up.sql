-- The minutes of an assembly: the secretariat's narrative while a draft;
-- once approved, the frozen document, its digest and the instance's
-- signature, never changed again.
CREATE TABLE minutes (
    assembly_id BIGINT PRIMARY KEY REFERENCES assemblies(id),
    narrative TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    approved_at TIMESTAMP,
    document TEXT,
    digest TEXT,
    signature TEXT
);
CREATE TRIGGER minutes_approved_frozen BEFORE UPDATE OR DELETE ON minutes
FOR EACH ROW WHEN (OLD.approved_at IS NOT NULL) EXECUTE FUNCTION plenum_refuse('approved minutes never change');

-- What the chair records as it happens: a disturbance, a technical failure,
-- a point of order.
CREATE TABLE incidents (
    id BIGSERIAL PRIMARY KEY,
    assembly_id BIGINT NOT NULL REFERENCES assemblies(id),
    account_id BIGINT NOT NULL REFERENCES accounts(id),
    at TIMESTAMP NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX incidents_assembly ON incidents(assembly_id);
