-- The register as it stood when an assembly closed: its minutes describe
-- attendance by it (who was a full member, under which name), not by the
-- register as it stands when they are approved, which may have changed.
-- Written once, in the transaction that closes the assembly.
CREATE TABLE register_at_close (
    assembly_id BIGINT NOT NULL REFERENCES assemblies (id),
    organisation_id BIGINT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('full', 'affiliate')),
    status TEXT NOT NULL CHECK (status IN ('active', 'suspended')),
    PRIMARY KEY (assembly_id, organisation_id)
);
