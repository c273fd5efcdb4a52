-- How many articles carry each quality flag (time_unknown, no_dateline, short_body, ...), per parser.
SELECT parser, flag, count(*) AS articles
FROM (SELECT parser, unnest(quality_flags) AS flag FROM articles)
GROUP BY parser, flag
ORDER BY articles DESC, parser, flag;
