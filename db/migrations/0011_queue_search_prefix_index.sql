-- The coordinators' queue searches recommendations_fts with the same bounded prefix terms as the
-- public register (lib/search/fts-query.ts: prefixes of two letters or more). Without a prefix index
-- FTS5 answers a two-letter prefix by merging the lists of every word that starts with it (150 ms for
-- "co"* at 100,000 items); with prefix='2 3', as public_search has, it reads one list (12 ms).
-- The table is recreated with the index and rebuilt from its content table; its triggers (0002) name
-- it and keep working.
DROP TABLE recommendations_fts;
--> statement-breakpoint
CREATE VIRTUAL TABLE recommendations_fts USING fts5(
  title, body, content='recommendations', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
--> statement-breakpoint
INSERT INTO recommendations_fts(recommendations_fts) VALUES ('rebuild');
