-- Which meetings were reported by more than one source (the same event counted once)?
SELECT meeting_date, meeting_type, title, len(article_ids) AS reports, sources
FROM meetings
WHERE len(sources) > 1
ORDER BY reports DESC, meeting_date DESC;
