-- A correction, once recorded, is part of the record's public history: like history_events, it can only be appended.
CREATE TRIGGER record_corrections_no_update BEFORE UPDATE ON record_corrections
BEGIN
  SELECT RAISE(ABORT, 'record corrections are append-only: record_corrections rows cannot be updated');
END;
--> statement-breakpoint
CREATE TRIGGER record_corrections_no_delete BEFORE DELETE ON record_corrections
BEGIN
  SELECT RAISE(ABORT, 'record corrections are append-only: record_corrections rows cannot be deleted');
END;
