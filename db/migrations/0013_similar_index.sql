-- The triage page's "similar recommendations" search: one row per recommendation holding its title and
-- text together with every translation of them, so that an English item finds its Spanish twin through
-- either one's translation (recommendations_fts holds the original only, and the public index the
-- public text only). Contentless: the texts stay in their tables; the suggester reads them there.
-- Kept up to date by the triggers below on both tables; a translation's change rebuilds its row.
CREATE VIRTUAL TABLE recommendations_similar_fts USING fts5(
  title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO recommendations_similar_fts(rowid, title, body)
SELECT r.id,
  r.title || coalesce(' ' || (SELECT group_concat(t.title, ' ') FROM recommendation_translations t WHERE t.recommendation_id = r.id), ''),
  r.body || coalesce(' ' || (SELECT group_concat(t.body, ' ') FROM recommendation_translations t WHERE t.recommendation_id = r.id), '')
FROM recommendations r;
--> statement-breakpoint
CREATE TRIGGER recommendations_similar_insert AFTER INSERT ON recommendations BEGIN
  INSERT INTO recommendations_similar_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER recommendations_similar_delete AFTER DELETE ON recommendations BEGIN
  DELETE FROM recommendations_similar_fts WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER recommendations_similar_update AFTER UPDATE OF title, body ON recommendations BEGIN
  DELETE FROM recommendations_similar_fts WHERE rowid = new.id;
  INSERT INTO recommendations_similar_fts(rowid, title, body)
  SELECT new.id,
    new.title || coalesce(' ' || (SELECT group_concat(t.title, ' ') FROM recommendation_translations t WHERE t.recommendation_id = new.id), ''),
    new.body || coalesce(' ' || (SELECT group_concat(t.body, ' ') FROM recommendation_translations t WHERE t.recommendation_id = new.id), '');
END;
--> statement-breakpoint
CREATE TRIGGER recommendation_translations_similar_insert AFTER INSERT ON recommendation_translations BEGIN
  DELETE FROM recommendations_similar_fts WHERE rowid = new.recommendation_id;
  INSERT INTO recommendations_similar_fts(rowid, title, body)
  SELECT r.id,
    r.title || coalesce(' ' || (SELECT group_concat(t.title, ' ') FROM recommendation_translations t WHERE t.recommendation_id = r.id), ''),
    r.body || coalesce(' ' || (SELECT group_concat(t.body, ' ') FROM recommendation_translations t WHERE t.recommendation_id = r.id), '')
  FROM recommendations r WHERE r.id = new.recommendation_id;
END;
--> statement-breakpoint
CREATE TRIGGER recommendation_translations_similar_update AFTER UPDATE OF title, body ON recommendation_translations BEGIN
  DELETE FROM recommendations_similar_fts WHERE rowid = new.recommendation_id;
  INSERT INTO recommendations_similar_fts(rowid, title, body)
  SELECT r.id,
    r.title || coalesce(' ' || (SELECT group_concat(t.title, ' ') FROM recommendation_translations t WHERE t.recommendation_id = r.id), ''),
    r.body || coalesce(' ' || (SELECT group_concat(t.body, ' ') FROM recommendation_translations t WHERE t.recommendation_id = r.id), '')
  FROM recommendations r WHERE r.id = new.recommendation_id;
END;
--> statement-breakpoint
CREATE TRIGGER recommendation_translations_similar_delete AFTER DELETE ON recommendation_translations BEGIN
  DELETE FROM recommendations_similar_fts WHERE rowid = old.recommendation_id;
  INSERT INTO recommendations_similar_fts(rowid, title, body)
  SELECT r.id,
    r.title || coalesce(' ' || (SELECT group_concat(t.title, ' ') FROM recommendation_translations t WHERE t.recommendation_id = r.id), ''),
    r.body || coalesce(' ' || (SELECT group_concat(t.body, ' ') FROM recommendation_translations t WHERE t.recommendation_id = r.id), '')
  FROM recommendations r WHERE r.id = old.recommendation_id;
END;
--> statement-breakpoint
-- How many items hold each word: a rare word shared says more than a common one.
CREATE VIRTUAL TABLE recommendations_similar_vocab USING fts5vocab(recommendations_similar_fts, 'row');
