-- Meeting rhythm before and after the new administration (20 Feb 2025): meetings per month, by type.
WITH dated AS (
    SELECT
        CASE WHEN meeting_date < DATE '2025-02-20' THEN '2019-02-20..2025-02-19' ELSE '2025-02-20..' END AS period,
        meeting_type,
        meeting_date
    FROM meetings
    WHERE meeting_date >= DATE '2019-01-01'
),
months AS (
    SELECT period, count(DISTINCT date_trunc('month', meeting_date)) AS active_months
    FROM dated GROUP BY period
)
SELECT
    d.period,
    d.meeting_type,
    count(*) AS meetings,
    m.active_months,
    round(count(*) / m.active_months, 2) AS meetings_per_active_month
FROM dated AS d JOIN months AS m USING (period)
GROUP BY d.period, d.meeting_type, m.active_months
ORDER BY d.period, meetings DESC;
