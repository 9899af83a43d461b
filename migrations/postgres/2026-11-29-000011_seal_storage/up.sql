-- A seal document holds every ballot of a poll (about 1 MB for 10,000
-- organisations). Stored without compression: pglz compressing it ran
-- inside the close's transaction, and the digest is over the text anyway.
ALTER TABLE polls ALTER COLUMN seal_document SET STORAGE EXTERNAL;
ALTER TABLE election_rounds ALTER COLUMN seal_document SET STORAGE EXTERNAL;
