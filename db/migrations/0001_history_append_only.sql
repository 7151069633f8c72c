-- History is the record of what the governments told stakeholders: it can only be appended (docs/product.md, "History").
CREATE TRIGGER history_events_no_update BEFORE UPDATE ON history_events
BEGIN
  SELECT RAISE(ABORT, 'history is append-only: history_events rows cannot be updated');
END;
--> statement-breakpoint
CREATE TRIGGER history_events_no_delete BEFORE DELETE ON history_events
BEGIN
  SELECT RAISE(ABORT, 'history is append-only: history_events rows cannot be deleted');
END;
