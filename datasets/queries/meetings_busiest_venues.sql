-- Where do most meetings happen? The 20 busiest venues with their city.
SELECT venue, city, meetings, first_meeting, last_meeting
FROM meetings_per_venue
WHERE venue IS NOT NULL
ORDER BY meetings DESC
LIMIT 20;
