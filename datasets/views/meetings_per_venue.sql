-- meetings_per_venue: where meetings happen: venue as written, with its city and region codes.
CREATE OR REPLACE VIEW meetings_per_venue AS
SELECT
    venue,
    city,
    any_value(kemendagri_code) AS kemendagri_code,
    any_value(bps_code) AS bps_code,
    count(*) AS meetings,
    min(meeting_date) AS first_meeting,
    max(meeting_date) AS last_meeting
FROM meetings
WHERE venue IS NOT NULL OR city IS NOT NULL
GROUP BY venue, city
ORDER BY meetings DESC, city, venue;
