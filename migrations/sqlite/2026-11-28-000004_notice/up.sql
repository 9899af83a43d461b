-- When the convocation (notice) was sent to the members.
ALTER TABLE assemblies ADD COLUMN notice_sent_on DATE;
