-- The latest crawl of every source: status, counts and the error, if any.
SELECT source, run_id, mode, status, articles_new, articles_updated, articles_failed,
       requests, complete_pass, error
FROM crawl_runs
QUALIFY row_number() OVER (PARTITION BY source ORDER BY started_at DESC NULLS LAST, run_id DESC) = 1
ORDER BY status DESC, source;
