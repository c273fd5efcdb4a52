-- meetings_per_official: for each named official, meetings attended and chaired, first and last date.
-- One person is one person_id from the gazetteer, or the name when the gazetteer does not know them.
CREATE OR REPLACE VIEW meetings_per_official AS
WITH attended AS (
    SELECT m.meeting_id, m.meeting_date, m.chair_name, unnest(m.officials) AS o
    FROM meetings AS m
)
SELECT
    coalesce(o.person_id, o.name) AS person_key,
    any_value(o.person_id) AS person_id,
    mode(o.name) AS name,
    mode(o.role) AS role,
    count(DISTINCT meeting_id) AS meetings,
    count(DISTINCT meeting_id) FILTER (WHERE lower(chair_name) = lower(o.name)) AS chaired,
    min(meeting_date) AS first_meeting,
    max(meeting_date) AS last_meeting
FROM attended
WHERE o.name IS NOT NULL
GROUP BY person_key
ORDER BY meetings DESC, name;
