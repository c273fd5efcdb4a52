-- Articles published per month (Asia/Jakarta), all sources together, original copies only.
SELECT CAST(date_trunc('month', published_at) AS DATE) AS month, count(*) AS articles
FROM articles
WHERE duplicate_of IS NULL AND published_at IS NOT NULL
GROUP BY month
ORDER BY month;
