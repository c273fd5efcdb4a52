-- Articles per source, with the first and last publication day and how many are cross-posted copies.
SELECT source,
       count(*) AS articles,
       count(duplicate_of) AS copies_of_other_hosts,
       CAST(min(published_at) AS DATE) AS first_day,
       CAST(max(published_at) AS DATE) AS last_day
FROM articles
GROUP BY source
ORDER BY articles DESC, source;
