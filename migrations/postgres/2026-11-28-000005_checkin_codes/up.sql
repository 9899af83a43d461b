-- The random salt from which each organisation's check-in code is derived.
ALTER TABLE assemblies ADD COLUMN checkin_salt TEXT;
