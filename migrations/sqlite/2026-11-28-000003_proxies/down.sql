ALTER TABLE poll_eligibility DROP COLUMN holder_id;
DROP TABLE proxies;
