-- articles: one row per distinct article page (columns: pipelines.schema.ARTICLES, see datasets/dictionary.md).
-- 'articles.parquet' is the table file of the folder being queried (a data dir or a release).
CREATE OR REPLACE VIEW articles AS
SELECT * FROM read_parquet('articles.parquet');
