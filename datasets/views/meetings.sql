-- meetings: one row per real-world meeting, an event reported by one or more articles
-- (columns: pipelines.schema.MEETINGS). 'meetings.parquet' is the table file of the folder being queried.
CREATE OR REPLACE VIEW meetings AS
SELECT * FROM read_parquet('meetings.parquet');
