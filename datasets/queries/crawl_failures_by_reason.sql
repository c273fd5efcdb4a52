-- Why pages failed: failures per source and reason over all runs, with one example URL.
SELECT source, reason, count(*) AS pages, min(url) AS example_url
FROM crawl_failures
GROUP BY source, reason
ORDER BY pages DESC, source, reason;
