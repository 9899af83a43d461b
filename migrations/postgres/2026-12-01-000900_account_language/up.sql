-- The language an account reads plenum in (a BCP 47 tag such as 'fr'),
-- chosen by its holder; NULL follows the browser and the instance's
-- default.
ALTER TABLE accounts ADD COLUMN language TEXT;
