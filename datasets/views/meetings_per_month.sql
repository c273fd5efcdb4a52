-- meetings_per_month: how many meetings of each type happened each month (by meeting_date).
CREATE OR REPLACE VIEW meetings_per_month AS
SELECT
    CAST(date_trunc('month', meeting_date) AS DATE) AS month,
    meeting_type,
    count(*) AS meetings
FROM meetings
WHERE meeting_date IS NOT NULL
GROUP BY ALL
ORDER BY month, meeting_type;
