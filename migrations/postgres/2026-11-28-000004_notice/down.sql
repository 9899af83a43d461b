ALTER TABLE assemblies DROP COLUMN notice_sent_on;
