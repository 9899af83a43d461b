-- PostgreSQL only (how a seal document is stored); SQLite does not compress.
SELECT 1;
