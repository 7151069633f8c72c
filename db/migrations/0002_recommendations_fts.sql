-- Full-text search over recommendations (docs/security.md, "Input and output"): accents and case ignored, so "energia"
-- finds "energía". An external-content table kept in step by triggers; rowid is recommendations.id.
CREATE VIRTUAL TABLE recommendations_fts USING fts5(
  title, body, content='recommendations', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO recommendations_fts(rowid, title, body) SELECT id, title, body FROM recommendations;
--> statement-breakpoint
CREATE TRIGGER recommendations_fts_insert AFTER INSERT ON recommendations BEGIN
  INSERT INTO recommendations_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER recommendations_fts_delete AFTER DELETE ON recommendations BEGIN
  INSERT INTO recommendations_fts(recommendations_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
--> statement-breakpoint
CREATE TRIGGER recommendations_fts_update AFTER UPDATE OF title, body ON recommendations BEGIN
  INSERT INTO recommendations_fts(recommendations_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
  INSERT INTO recommendations_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
