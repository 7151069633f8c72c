-- What the public may read of a recommendation, decided once, in the database: every public page,
-- export, feed and API reads this view, never the table, so a consent level or a hidden status cannot
-- be forgotten by one query. Hidden and confidential items are not in it; contact details never are.
--   text_kind 'full'     the submitter's title and text (and a translation, when there is one)
--             'summary'  consent "summary only": the coordinators' public summary instead of the text
--             'withheld' withdrawn by a submitter who asked for the text to be taken down
-- The name and organization are public only with consent "name and organization", and not once the
-- submitter has withdrawn the recommendation and taken its text down.
CREATE VIEW public_recommendations AS
SELECT
  r.id, r.ref, r.pillar_id, r.language, r.status, r.sector, r.country, r.consent, r.topics,
  r.not_adopted_reason, r.covered_by_initiative_id, r.merged_into_id, r.implemented_meeting_id,
  r.source_id, r.is_sample, r.submitted_at, r.updated_at,
  CASE
    WHEN r.status = 'withdrawn' AND r.hide_text_when_withdrawn THEN 'withheld'
    WHEN r.consent = 'summary_only' THEN 'summary'
    ELSE 'full'
  END AS text_kind,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent <> 'summary_only' THEN r.title END AS title,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent <> 'summary_only' THEN r.body END AS body,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent <> 'summary_only' THEN t.locale END AS translation_locale,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent <> 'summary_only' THEN t.title END AS translation_title,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent <> 'summary_only' THEN t.body END AS translation_body,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent <> 'summary_only' THEN t.human_checked END AS translation_human_checked,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent = 'summary_only' THEN r.public_summary_en END AS summary_en,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent = 'summary_only' THEN r.public_summary_es END AS summary_es,
  CASE WHEN r.consent = 'name_and_organization' AND NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) THEN r.organization END AS organization,
  CASE WHEN r.consent = 'name_and_organization' AND NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) THEN u.name END AS submitter_name
FROM recommendations r
LEFT JOIN users u ON u.id = r.submitter_id
LEFT JOIN recommendation_translations t ON t.recommendation_id = r.id AND t.locale <> r.language
WHERE r.status <> 'hidden' AND r.consent <> 'confidential';
--> statement-breakpoint
-- The register's full-text index holds only public text, so a search can never find a word of a
-- withheld, hidden or confidential text. rowid is recommendations.id; accents and case are ignored.
CREATE VIRTUAL TABLE public_search USING fts5(
  title, body, translation_title, translation_body, summary_en, summary_es,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
--> statement-breakpoint
INSERT INTO public_search(rowid, title, body, translation_title, translation_body, summary_en, summary_es)
SELECT id, title, body, translation_title, translation_body, summary_en, summary_es FROM public_recommendations;
--> statement-breakpoint
CREATE TRIGGER public_search_recommendation_insert AFTER INSERT ON recommendations BEGIN
  INSERT INTO public_search(rowid, title, body, translation_title, translation_body, summary_en, summary_es)
  SELECT id, title, body, translation_title, translation_body, summary_en, summary_es FROM public_recommendations WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER public_search_recommendation_update
AFTER UPDATE OF title, body, status, consent, public_summary_en, public_summary_es, hide_text_when_withdrawn ON recommendations BEGIN
  DELETE FROM public_search WHERE rowid = old.id;
  INSERT INTO public_search(rowid, title, body, translation_title, translation_body, summary_en, summary_es)
  SELECT id, title, body, translation_title, translation_body, summary_en, summary_es FROM public_recommendations WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER public_search_recommendation_delete AFTER DELETE ON recommendations BEGIN
  DELETE FROM public_search WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER public_search_translation_insert AFTER INSERT ON recommendation_translations BEGIN
  DELETE FROM public_search WHERE rowid = new.recommendation_id;
  INSERT INTO public_search(rowid, title, body, translation_title, translation_body, summary_en, summary_es)
  SELECT id, title, body, translation_title, translation_body, summary_en, summary_es FROM public_recommendations WHERE id = new.recommendation_id;
END;
--> statement-breakpoint
CREATE TRIGGER public_search_translation_update AFTER UPDATE ON recommendation_translations BEGIN
  DELETE FROM public_search WHERE rowid = new.recommendation_id;
  INSERT INTO public_search(rowid, title, body, translation_title, translation_body, summary_en, summary_es)
  SELECT id, title, body, translation_title, translation_body, summary_en, summary_es FROM public_recommendations WHERE id = new.recommendation_id;
END;
--> statement-breakpoint
CREATE TRIGGER public_search_translation_delete AFTER DELETE ON recommendation_translations BEGIN
  DELETE FROM public_search WHERE rowid = old.recommendation_id;
  INSERT INTO public_search(rowid, title, body, translation_title, translation_body, summary_en, summary_es)
  SELECT id, title, body, translation_title, translation_body, summary_en, summary_es FROM public_recommendations WHERE id = old.recommendation_id;
END;
