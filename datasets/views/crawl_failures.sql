-- crawl_failures: every page of a run that did not become an article, and why.
CREATE OR REPLACE VIEW crawl_failures AS
SELECT * FROM read_parquet('crawl_failures.parquet');
