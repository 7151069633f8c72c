-- Translation states in public: the view gains two columns, and nothing else changes (compare 0006):
--   translation_origin      'person' or 'machine' (a machine draft is labelled as one on every page, API and CSV)
--   translation_checked_at  when a person checked the translation (null while unchecked)
-- Under the same rule as translation_title: null for a summary-only item and a withdrawn text taken down.
-- The view is recreated whole; the search index's triggers name it only inside their bodies.
-- (The checker's identity stays with the coordinators: the public reads "checked by a person", and when.)
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
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent <> 'summary_only' THEN r.topics END AS topics,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent <> 'summary_only' THEN r.title END AS title,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent <> 'summary_only' THEN r.body END AS body,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent <> 'summary_only' THEN t.locale END AS translation_locale,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent <> 'summary_only' THEN t.title END AS translation_title,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent <> 'summary_only' THEN t.body END AS translation_body,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent <> 'summary_only' THEN t.human_checked END AS translation_human_checked,
  -- Added for translation states: a machine draft is labelled as one; a checked translation says when.
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent <> 'summary_only' THEN t.origin END AS translation_origin,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent <> 'summary_only' THEN t.checked_at END AS translation_checked_at,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent = 'summary_only' THEN r.public_summary_en END AS summary_en,
  CASE WHEN NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) AND r.consent = 'summary_only' THEN r.public_summary_es END AS summary_es,
  CASE WHEN r.consent = 'name_and_organization' AND NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) THEN r.organization END AS organization,
  CASE WHEN r.consent = 'name_and_organization' AND NOT (r.status = 'withdrawn' AND r.hide_text_when_withdrawn) THEN u.name END AS submitter_name
FROM recommendations r
LEFT JOIN users u ON u.id = r.submitter_id
LEFT JOIN recommendation_translations t ON t.recommendation_id = r.id AND t.locale <> r.language
WHERE r.status <> 'hidden' AND r.consent <> 'confidential';
