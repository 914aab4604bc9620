-- A one- or two-character query (a Chinese name or word: 王芳, 上海) has no trigram, so the trigram
-- index cannot narrow it. The distinct two-character substrings of the search text that hold a
-- non-ASCII character are indexed beside it (src/storage/declared-indexes.ts) and serve such a
-- query of two characters; Latin text adds few of them, so little to the index and to each write.
-- Characters, not bytes: the database is UTF-8, where such a pair is more than two bytes long.
-- A text of ASCII only (as long in bytes as in characters) has none: it skips the pairs at once.
CREATE FUNCTION search_bigrams(text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN octet_length($1) = length($1) THEN '{}'::text[] ELSE (
    SELECT coalesce(array_agg(DISTINCT gram), '{}')
    FROM (SELECT substr($1, i, 2) AS gram FROM generate_series(1, length($1) - 1) AS i) AS grams
    WHERE octet_length(gram) > 2
  ) END
$$;
