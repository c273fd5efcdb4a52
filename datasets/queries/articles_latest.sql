-- The 20 most recently published articles: when, where, headline and link.
SELECT published_at, source, title, url
FROM articles
ORDER BY published_at DESC NULLS LAST, article_id
LIMIT 20;
