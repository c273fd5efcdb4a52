-- topics_over_time: meetings per topic (keys of datasets/topics.csv) per month.
CREATE OR REPLACE VIEW topics_over_time AS
WITH tagged AS (
    SELECT CAST(date_trunc('month', meeting_date) AS DATE) AS month, unnest(topics) AS topic
    FROM meetings
    WHERE meeting_date IS NOT NULL
)
SELECT month, topic, count(*) AS meetings
FROM tagged
GROUP BY ALL
ORDER BY month, meetings DESC, topic;
