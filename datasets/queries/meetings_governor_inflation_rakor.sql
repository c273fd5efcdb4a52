-- How often did the governor chair a coordination meeting (rakor) on inflation this year, and where?
SELECT
    meeting_date,
    chair_name,
    chair_role,
    venue,
    city,
    title,
    len(article_ids) AS reports
FROM meetings
WHERE meeting_type = 'rapat_koordinasi'
  AND list_contains(topics, 'inflasi')
  AND regexp_matches(lower(chair_role), '\bgubernur\b')
  AND NOT regexp_matches(lower(chair_role), 'wakil|pj\.?\s|penjabat|staf ahli|asisten')
  AND year(meeting_date) = year(current_date)
ORDER BY meeting_date;
