-- Redaction (lib/redaction): a coordinator withholds a passage of a public text with a reason. The
-- original stays in recommendations (coordinators and the submitter read it there); redacted_texts holds
-- the public copy with every active redaction replaced by "[redacted: reason]". The ONLY change to the
-- view against 0019 (0006 with the translation states' two columns): a LEFT JOIN of redacted_texts x, and
-- coalesce(x.<column>, <original>) inside the existing consent CASEs of topics, title, body,
-- translation_title, translation_body, summary_en and summary_es. Every other column and the WHERE clause
-- are as in 0019, so every page, export, feed, API
-- and the search index that read the view show the redacted copy. The search index's triggers name the
-- view only in their bodies; the three new triggers below refresh an item's index row when its copy changes.
DROP VIEW public_recommendations;
--> statement-breakpoint
CREATE VIEW public_recommendations AS
SELECT
  r.id, r.ref, r.pillar_id, r.language, r.status, r.sector, r.country, r.consent,
  r.not_adopted_reason, r.covered_by_initiative_id, r.merged_into_id, r.implemented_meeting_id,
  r.source_id, r.is_sample, r.submitted_at, r.updated_at,
  CASE
    WHEN r.status = 'withdrawn' AND r.hide_text_when_withdrawn THEN 'withheld'
    WHEN r.consent = 'summary_only' THEN 'summary'
    ELSE 'full'
  END AS text_kind,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent <> 'summary_only' THEN coalesce(x.topics, r.topics) END AS topics,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent <> 'summary_only' THEN coalesce(x.title, r.title) END AS title,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent <> 'summary_only' THEN coalesce(x.body, r.body) END AS body,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent <> 'summary_only' THEN t.locale END AS translation_locale,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent <> 'summary_only' THEN coalesce(x.translation_title, t.title) END AS translation_title,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent <> 'summary_only' THEN coalesce(x.translation_body, t.body) END AS translation_body,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent <> 'summary_only' THEN t.human_checked END AS translation_human_checked,
  -- Translation states (0019): a machine draft is labelled as one; a checked translation says when.
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent <> 'summary_only' THEN t.origin END AS translation_origin,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent <> 'summary_only' THEN t.checked_at END AS translation_checked_at,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent = 'summary_only' THEN coalesce(x.summary_en, r.public_summary_en) END AS summary_en,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent = 'summary_only' THEN coalesce(x.summary_es, r.public_summary_es) END AS summary_es,
  CASE WHEN r.consent = 'name_and_organization' AND NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) THEN r.organization END AS organization,
  CASE WHEN r.consent = 'name_and_organization' AND NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) THEN u.name END AS submitter_name
FROM recommendations r
LEFT JOIN users u ON u.id = r.submitter_id
LEFT JOIN recommendation_translations t ON t.recommendation_id = r.id AND t.locale <> r.language
-- papers: the public copy with redactions applied (one row per redacted item, null columns where nothing is withheld)
LEFT JOIN redacted_texts x ON x.recommendation_id = r.id
WHERE r.status <> 'hidden' AND r.consent <> 'confidential';
--> statement-breakpoint
CREATE TRIGGER public_search_redacted_insert AFTER INSERT ON redacted_texts BEGIN
  DELETE FROM public_search WHERE rowid = new.recommendation_id;
  INSERT INTO public_search(rowid, title, body, translation_title, translation_body, summary_en, summary_es)
  SELECT id, title, body, translation_title, translation_body, summary_en, summary_es FROM public_recommendations WHERE id = new.recommendation_id;
END;
--> statement-breakpoint
CREATE TRIGGER public_search_redacted_update AFTER UPDATE ON redacted_texts BEGIN
  DELETE FROM public_search WHERE rowid = new.recommendation_id;
  INSERT INTO public_search(rowid, title, body, translation_title, translation_body, summary_en, summary_es)
  SELECT id, title, body, translation_title, translation_body, summary_en, summary_es FROM public_recommendations WHERE id = new.recommendation_id;
END;
--> statement-breakpoint
CREATE TRIGGER public_search_redacted_delete AFTER DELETE ON redacted_texts BEGIN
  DELETE FROM public_search WHERE rowid = old.recommendation_id;
  INSERT INTO public_search(rowid, title, body, translation_title, translation_body, summary_en, summary_es)
  SELECT id, title, body, translation_title, translation_body, summary_en, summary_es FROM public_recommendations WHERE id = old.recommendation_id;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_redacted_texts_change AFTER UPDATE ON redacted_texts BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_attachments_insert AFTER INSERT ON attachments BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_attachments_update AFTER UPDATE ON attachments BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_cosigners_insert AFTER INSERT ON cosigners BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_cosigners_update AFTER UPDATE ON cosigners BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
