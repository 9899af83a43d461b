ALTER TABLE assemblies DROP COLUMN checkin_salt;
