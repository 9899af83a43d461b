DROP TABLE account_tokens;
ALTER TABLE assemblies DROP COLUMN remote_link;
DROP TABLE outbox;
