-- PostgreSQL only: its ballot guards now run once per statement. SQLite's
-- triggers run in-process per row and stay as they are.
SELECT 1;
