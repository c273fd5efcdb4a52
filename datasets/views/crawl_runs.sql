-- crawl_runs: one row per source per crawl run, with request counts and status ok/error.
CREATE OR REPLACE VIEW crawl_runs AS
SELECT * FROM read_parquet('crawl_runs.parquet');
