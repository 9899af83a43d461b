ALTER TABLE assemblies DROP COLUMN languages;
