DROP INDEX login_failures_at;
DROP TABLE server_secrets;
