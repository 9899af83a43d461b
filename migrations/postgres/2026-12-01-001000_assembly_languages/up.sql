-- The assembly's official languages, as BCP 47 tags separated by commas
-- ('en', 'fr,de'); the minutes are produced in any of them, the first
-- being the one offered first. Assemblies made before keep English.
ALTER TABLE assemblies ADD COLUMN languages TEXT NOT NULL DEFAULT 'en';
