-- Public counts kept by the database (db/schema/counts.ts explains the tables): every change to a
-- recommendation moves it from the count it was in to the one it is in now, so after a write no page
-- recounts 100,000 rows. "Public" is the rule of the public_recommendations view (0003): neither hidden
-- nor confidential. A submission's period is the meeting whose period holds its day, as meetingPeriods()
-- in lib/public/register.ts defines it (after the previous meeting, up to and including its date).
-- lib/public/counts.test.ts compares every table with a full recount after random sequences of writes.
INSERT INTO public_data_version (id, version) VALUES (1, 1);
--> statement-breakpoint
INSERT INTO recommendation_milestones (recommendation_id, implemented_at, responded_at)
SELECT recommendation_id,
  min(CASE WHEN to_status = 'implemented' THEN created_at END),
  min(CASE WHEN trim(coalesce(public_response_en, '')) <> '' OR trim(coalesce(public_response_es, '')) <> '' THEN created_at END)
FROM history_events WHERE is_public GROUP BY recommendation_id;
--> statement-breakpoint
INSERT INTO public_counts (pillar_id, status, sector, country, period_meeting_id, implemented_meeting_id, is_sample, from_record, responded, n) SELECT r.pillar_id, r.status, r.sector, r.country, coalesce((SELECT m.id FROM meetings m WHERE m.date >= date(r.submitted_at / 1000, 'unixepoch') ORDER BY m.date, m.id LIMIT 1), 0), coalesce(r.implemented_meeting_id, 0), r.is_sample, r.source_id IS NOT NULL, EXISTS (SELECT 1 FROM recommendation_milestones ms WHERE ms.recommendation_id = r.id AND ms.responded_at IS NOT NULL), count(*) FROM recommendations r WHERE r.status <> 'hidden' AND r.consent <> 'confidential' GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
--> statement-breakpoint
INSERT INTO public_submission_quarters (pillar_id, quarter, n) SELECT r.pillar_id, CAST(strftime('%Y', r.submitted_at / 1000, 'unixepoch') AS INTEGER) * 4 + (CAST(strftime('%m', r.submitted_at / 1000, 'unixepoch') AS INTEGER) - 1) / 3, count(*) FROM recommendations r WHERE r.status <> 'hidden' AND r.consent <> 'confidential' GROUP BY 1, 2;
--> statement-breakpoint
INSERT INTO public_implemented_quarters (pillar_id, quarter, n) SELECT r.pillar_id, CAST(strftime('%Y', ms.implemented_at / 1000, 'unixepoch') AS INTEGER) * 4 + (CAST(strftime('%m', ms.implemented_at / 1000, 'unixepoch') AS INTEGER) - 1) / 3, count(*) FROM recommendation_milestones ms JOIN recommendations r ON r.id = ms.recommendation_id WHERE ms.implemented_at IS NOT NULL AND r.status <> 'hidden' AND r.consent <> 'confidential' GROUP BY 1, 2;
--> statement-breakpoint
INSERT INTO public_initiative_links (initiative_id, n) SELECT l.initiative_id, count(*) FROM recommendation_initiatives l JOIN recommendations r ON r.id = l.recommendation_id WHERE r.status <> 'hidden' AND r.consent <> 'confidential' GROUP BY 1;
--> statement-breakpoint
CREATE TRIGGER public_counts_recommendation_insert AFTER INSERT ON recommendations WHEN new.status <> 'hidden' AND new.consent <> 'confidential' BEGIN
  INSERT INTO public_counts (pillar_id, status, sector, country, period_meeting_id, implemented_meeting_id, is_sample, from_record, responded, n) SELECT new.pillar_id, new.status, new.sector, new.country, coalesce((SELECT m.id FROM meetings m WHERE m.date >= date(new.submitted_at / 1000, 'unixepoch') ORDER BY m.date, m.id LIMIT 1), 0), coalesce(new.implemented_meeting_id, 0), new.is_sample, new.source_id IS NOT NULL, EXISTS (SELECT 1 FROM recommendation_milestones ms WHERE ms.recommendation_id = new.id AND ms.responded_at IS NOT NULL), 1 WHERE true ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO public_submission_quarters (pillar_id, quarter, n) SELECT new.pillar_id, CAST(strftime('%Y', new.submitted_at / 1000, 'unixepoch') AS INTEGER) * 4 + (CAST(strftime('%m', new.submitted_at / 1000, 'unixepoch') AS INTEGER) - 1) / 3, 1 WHERE true ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO public_implemented_quarters (pillar_id, quarter, n) SELECT new.pillar_id, (SELECT CAST(strftime('%Y', ms.implemented_at / 1000, 'unixepoch') AS INTEGER) * 4 + (CAST(strftime('%m', ms.implemented_at / 1000, 'unixepoch') AS INTEGER) - 1) / 3 FROM recommendation_milestones ms WHERE ms.recommendation_id = new.id AND ms.implemented_at IS NOT NULL), 1 WHERE (SELECT CAST(strftime('%Y', ms.implemented_at / 1000, 'unixepoch') AS INTEGER) * 4 + (CAST(strftime('%m', ms.implemented_at / 1000, 'unixepoch') AS INTEGER) - 1) / 3 FROM recommendation_milestones ms WHERE ms.recommendation_id = new.id AND ms.implemented_at IS NOT NULL) IS NOT NULL ON CONFLICT DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_counts_recommendation_update_old AFTER UPDATE OF pillar_id, status, sector, country, consent, submitted_at, implemented_meeting_id, is_sample, source_id ON recommendations WHEN old.status <> 'hidden' AND old.consent <> 'confidential' BEGIN
  UPDATE public_counts SET n = n - 1 WHERE (pillar_id, status, sector, country, period_meeting_id, implemented_meeting_id, is_sample, from_record, responded) = (SELECT old.pillar_id, old.status, old.sector, old.country, coalesce((SELECT m.id FROM meetings m WHERE m.date >= date(old.submitted_at / 1000, 'unixepoch') ORDER BY m.date, m.id LIMIT 1), 0), coalesce(old.implemented_meeting_id, 0), old.is_sample, old.source_id IS NOT NULL, EXISTS (SELECT 1 FROM recommendation_milestones ms WHERE ms.recommendation_id = old.id AND ms.responded_at IS NOT NULL));
  UPDATE public_submission_quarters SET n = n - 1 WHERE (pillar_id, quarter) = (SELECT old.pillar_id, CAST(strftime('%Y', old.submitted_at / 1000, 'unixepoch') AS INTEGER) * 4 + (CAST(strftime('%m', old.submitted_at / 1000, 'unixepoch') AS INTEGER) - 1) / 3);
  UPDATE public_implemented_quarters SET n = n - 1 WHERE (pillar_id, quarter) = (SELECT old.pillar_id, (SELECT CAST(strftime('%Y', ms.implemented_at / 1000, 'unixepoch') AS INTEGER) * 4 + (CAST(strftime('%m', ms.implemented_at / 1000, 'unixepoch') AS INTEGER) - 1) / 3 FROM recommendation_milestones ms WHERE ms.recommendation_id = old.id AND ms.implemented_at IS NOT NULL));
END;
--> statement-breakpoint
CREATE TRIGGER public_counts_recommendation_update_new AFTER UPDATE OF pillar_id, status, sector, country, consent, submitted_at, implemented_meeting_id, is_sample, source_id ON recommendations WHEN new.status <> 'hidden' AND new.consent <> 'confidential' BEGIN
  INSERT INTO public_counts (pillar_id, status, sector, country, period_meeting_id, implemented_meeting_id, is_sample, from_record, responded, n) SELECT new.pillar_id, new.status, new.sector, new.country, coalesce((SELECT m.id FROM meetings m WHERE m.date >= date(new.submitted_at / 1000, 'unixepoch') ORDER BY m.date, m.id LIMIT 1), 0), coalesce(new.implemented_meeting_id, 0), new.is_sample, new.source_id IS NOT NULL, EXISTS (SELECT 1 FROM recommendation_milestones ms WHERE ms.recommendation_id = new.id AND ms.responded_at IS NOT NULL), 1 WHERE true ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO public_submission_quarters (pillar_id, quarter, n) SELECT new.pillar_id, CAST(strftime('%Y', new.submitted_at / 1000, 'unixepoch') AS INTEGER) * 4 + (CAST(strftime('%m', new.submitted_at / 1000, 'unixepoch') AS INTEGER) - 1) / 3, 1 WHERE true ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO public_implemented_quarters (pillar_id, quarter, n) SELECT new.pillar_id, (SELECT CAST(strftime('%Y', ms.implemented_at / 1000, 'unixepoch') AS INTEGER) * 4 + (CAST(strftime('%m', ms.implemented_at / 1000, 'unixepoch') AS INTEGER) - 1) / 3 FROM recommendation_milestones ms WHERE ms.recommendation_id = new.id AND ms.implemented_at IS NOT NULL), 1 WHERE (SELECT CAST(strftime('%Y', ms.implemented_at / 1000, 'unixepoch') AS INTEGER) * 4 + (CAST(strftime('%m', ms.implemented_at / 1000, 'unixepoch') AS INTEGER) - 1) / 3 FROM recommendation_milestones ms WHERE ms.recommendation_id = new.id AND ms.implemented_at IS NOT NULL) IS NOT NULL ON CONFLICT DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_counts_recommendation_delete AFTER DELETE ON recommendations BEGIN
  UPDATE public_counts SET n = n - 1 WHERE (pillar_id, status, sector, country, period_meeting_id, implemented_meeting_id, is_sample, from_record, responded) = (SELECT old.pillar_id, old.status, old.sector, old.country, coalesce((SELECT m.id FROM meetings m WHERE m.date >= date(old.submitted_at / 1000, 'unixepoch') ORDER BY m.date, m.id LIMIT 1), 0), coalesce(old.implemented_meeting_id, 0), old.is_sample, old.source_id IS NOT NULL, EXISTS (SELECT 1 FROM recommendation_milestones ms WHERE ms.recommendation_id = old.id AND ms.responded_at IS NOT NULL)) AND old.status <> 'hidden' AND old.consent <> 'confidential';
  UPDATE public_submission_quarters SET n = n - 1 WHERE (pillar_id, quarter) = (SELECT old.pillar_id, CAST(strftime('%Y', old.submitted_at / 1000, 'unixepoch') AS INTEGER) * 4 + (CAST(strftime('%m', old.submitted_at / 1000, 'unixepoch') AS INTEGER) - 1) / 3) AND old.status <> 'hidden' AND old.consent <> 'confidential';
  UPDATE public_implemented_quarters SET n = n - 1 WHERE (pillar_id, quarter) = (SELECT old.pillar_id, (SELECT CAST(strftime('%Y', ms.implemented_at / 1000, 'unixepoch') AS INTEGER) * 4 + (CAST(strftime('%m', ms.implemented_at / 1000, 'unixepoch') AS INTEGER) - 1) / 3 FROM recommendation_milestones ms WHERE ms.recommendation_id = old.id AND ms.implemented_at IS NOT NULL)) AND old.status <> 'hidden' AND old.consent <> 'confidential';
  DELETE FROM recommendation_milestones WHERE recommendation_id = old.id;
  UPDATE public_initiative_links SET n = n - 1 WHERE initiative_id IN (SELECT initiative_id FROM recommendation_initiatives WHERE recommendation_id = old.id) AND old.status <> 'hidden' AND old.consent <> 'confidential';
END;
--> statement-breakpoint
CREATE TRIGGER public_counts_history_implemented AFTER INSERT ON history_events WHEN new.is_public AND new.to_status = 'implemented' BEGIN
  UPDATE public_implemented_quarters SET n = n - 1 WHERE (pillar_id, quarter) = (SELECT r.pillar_id, CAST(strftime('%Y', ms.implemented_at / 1000, 'unixepoch') AS INTEGER) * 4 + (CAST(strftime('%m', ms.implemented_at / 1000, 'unixepoch') AS INTEGER) - 1) / 3 FROM recommendations r JOIN recommendation_milestones ms ON ms.recommendation_id = r.id WHERE r.id = new.recommendation_id AND r.status <> 'hidden' AND r.consent <> 'confidential' AND ms.implemented_at IS NOT NULL AND new.created_at < ms.implemented_at);
  INSERT INTO public_implemented_quarters (pillar_id, quarter, n) SELECT r.pillar_id, CAST(strftime('%Y', new.created_at / 1000, 'unixepoch') AS INTEGER) * 4 + (CAST(strftime('%m', new.created_at / 1000, 'unixepoch') AS INTEGER) - 1) / 3, 1 FROM recommendations r WHERE r.id = new.recommendation_id AND r.status <> 'hidden' AND r.consent <> 'confidential' AND NOT EXISTS (SELECT 1 FROM recommendation_milestones ms WHERE ms.recommendation_id = r.id AND ms.implemented_at IS NOT NULL AND ms.implemented_at <= new.created_at) ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO recommendation_milestones (recommendation_id, implemented_at) VALUES (new.recommendation_id, new.created_at)
    ON CONFLICT DO UPDATE SET implemented_at = min(coalesce(implemented_at, excluded.implemented_at), excluded.implemented_at);
END;
--> statement-breakpoint
CREATE TRIGGER public_counts_history_responded AFTER INSERT ON history_events WHEN new.is_public AND (trim(coalesce(new.public_response_en, '')) <> '' OR trim(coalesce(new.public_response_es, '')) <> '') BEGIN
  UPDATE public_counts SET n = n - 1 WHERE (pillar_id, status, sector, country, period_meeting_id, implemented_meeting_id, is_sample, from_record, responded) = (SELECT r.pillar_id, r.status, r.sector, r.country, coalesce((SELECT m.id FROM meetings m WHERE m.date >= date(r.submitted_at / 1000, 'unixepoch') ORDER BY m.date, m.id LIMIT 1), 0), coalesce(r.implemented_meeting_id, 0), r.is_sample, r.source_id IS NOT NULL, 0 FROM recommendations r WHERE r.id = new.recommendation_id AND r.status <> 'hidden' AND r.consent <> 'confidential' AND NOT EXISTS (SELECT 1 FROM recommendation_milestones ms WHERE ms.recommendation_id = r.id AND ms.responded_at IS NOT NULL));
  INSERT INTO public_counts (pillar_id, status, sector, country, period_meeting_id, implemented_meeting_id, is_sample, from_record, responded, n) SELECT r.pillar_id, r.status, r.sector, r.country, coalesce((SELECT m.id FROM meetings m WHERE m.date >= date(r.submitted_at / 1000, 'unixepoch') ORDER BY m.date, m.id LIMIT 1), 0), coalesce(r.implemented_meeting_id, 0), r.is_sample, r.source_id IS NOT NULL, 1, 1 FROM recommendations r WHERE r.id = new.recommendation_id AND r.status <> 'hidden' AND r.consent <> 'confidential' AND NOT EXISTS (SELECT 1 FROM recommendation_milestones ms WHERE ms.recommendation_id = r.id AND ms.responded_at IS NOT NULL) ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO recommendation_milestones (recommendation_id, responded_at) VALUES (new.recommendation_id, new.created_at)
    ON CONFLICT DO UPDATE SET responded_at = min(coalesce(responded_at, excluded.responded_at), excluded.responded_at);
END;
--> statement-breakpoint
CREATE TRIGGER public_counts_link_insert AFTER INSERT ON recommendation_initiatives BEGIN
  INSERT INTO public_initiative_links (initiative_id, n) SELECT new.initiative_id, 1 FROM recommendations r WHERE r.id = new.recommendation_id AND r.status <> 'hidden' AND r.consent <> 'confidential' ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER public_counts_link_update AFTER UPDATE OF recommendation_id, initiative_id ON recommendation_initiatives BEGIN
  INSERT INTO public_initiative_links (initiative_id, n) SELECT old.initiative_id, -1 FROM recommendations r WHERE r.id = old.recommendation_id AND r.status <> 'hidden' AND r.consent <> 'confidential' ON CONFLICT DO UPDATE SET n = n + excluded.n;
  INSERT INTO public_initiative_links (initiative_id, n) SELECT new.initiative_id, 1 FROM recommendations r WHERE r.id = new.recommendation_id AND r.status <> 'hidden' AND r.consent <> 'confidential' ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER public_counts_link_delete AFTER DELETE ON recommendation_initiatives BEGIN
  INSERT INTO public_initiative_links (initiative_id, n) SELECT old.initiative_id, -1 FROM recommendations r WHERE r.id = old.recommendation_id AND r.status <> 'hidden' AND r.consent <> 'confidential' ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER public_counts_link_visibility AFTER UPDATE OF status, consent ON recommendations WHEN (old.status <> 'hidden' AND old.consent <> 'confidential') IS NOT (new.status <> 'hidden' AND new.consent <> 'confidential') BEGIN
  INSERT INTO public_initiative_links (initiative_id, n) SELECT l.initiative_id, CASE WHEN new.status <> 'hidden' AND new.consent <> 'confidential' THEN 1 ELSE -1 END FROM recommendation_initiatives l WHERE l.recommendation_id = new.id ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER public_counts_meeting_insert AFTER INSERT ON meetings BEGIN
  DELETE FROM public_counts;
  INSERT INTO public_counts (pillar_id, status, sector, country, period_meeting_id, implemented_meeting_id, is_sample, from_record, responded, n) SELECT r.pillar_id, r.status, r.sector, r.country, coalesce((SELECT m.id FROM meetings m WHERE m.date >= date(r.submitted_at / 1000, 'unixepoch') ORDER BY m.date, m.id LIMIT 1), 0), coalesce(r.implemented_meeting_id, 0), r.is_sample, r.source_id IS NOT NULL, EXISTS (SELECT 1 FROM recommendation_milestones ms WHERE ms.recommendation_id = r.id AND ms.responded_at IS NOT NULL), count(*) FROM recommendations r WHERE r.status <> 'hidden' AND r.consent <> 'confidential' GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
END;
--> statement-breakpoint
CREATE TRIGGER public_counts_meeting_update AFTER UPDATE OF date ON meetings WHEN old.date IS NOT new.date BEGIN
  DELETE FROM public_counts;
  INSERT INTO public_counts (pillar_id, status, sector, country, period_meeting_id, implemented_meeting_id, is_sample, from_record, responded, n) SELECT r.pillar_id, r.status, r.sector, r.country, coalesce((SELECT m.id FROM meetings m WHERE m.date >= date(r.submitted_at / 1000, 'unixepoch') ORDER BY m.date, m.id LIMIT 1), 0), coalesce(r.implemented_meeting_id, 0), r.is_sample, r.source_id IS NOT NULL, EXISTS (SELECT 1 FROM recommendation_milestones ms WHERE ms.recommendation_id = r.id AND ms.responded_at IS NOT NULL), count(*) FROM recommendations r WHERE r.status <> 'hidden' AND r.consent <> 'confidential' GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
END;
--> statement-breakpoint
CREATE TRIGGER public_counts_meeting_delete AFTER DELETE ON meetings BEGIN
  DELETE FROM public_counts;
  INSERT INTO public_counts (pillar_id, status, sector, country, period_meeting_id, implemented_meeting_id, is_sample, from_record, responded, n) SELECT r.pillar_id, r.status, r.sector, r.country, coalesce((SELECT m.id FROM meetings m WHERE m.date >= date(r.submitted_at / 1000, 'unixepoch') ORDER BY m.date, m.id LIMIT 1), 0), coalesce(r.implemented_meeting_id, 0), r.is_sample, r.source_id IS NOT NULL, EXISTS (SELECT 1 FROM recommendation_milestones ms WHERE ms.recommendation_id = r.id AND ms.responded_at IS NOT NULL), count(*) FROM recommendations r WHERE r.status <> 'hidden' AND r.consent <> 'confidential' GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
END;
--> statement-breakpoint
-- Every table public pages read moves the version; history only with a public event, accounts only when a
-- name (shown with consent) changes or an account goes. Rate limits, sign-ins, sessions, stored pages, e-mail,
-- alerts and the audit log do not.
CREATE TRIGGER public_version_recommendations_insert AFTER INSERT ON recommendations BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_recommendations_update AFTER UPDATE ON recommendations BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_recommendations_delete AFTER DELETE ON recommendations BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_recommendation_translations_insert AFTER INSERT ON recommendation_translations BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_recommendation_translations_update AFTER UPDATE ON recommendation_translations BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_recommendation_translations_delete AFTER DELETE ON recommendation_translations BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_recommendation_initiatives_insert AFTER INSERT ON recommendation_initiatives BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_recommendation_initiatives_update AFTER UPDATE ON recommendation_initiatives BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_recommendation_initiatives_delete AFTER DELETE ON recommendation_initiatives BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_recommendation_rounds_insert AFTER INSERT ON recommendation_rounds BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_recommendation_rounds_update AFTER UPDATE ON recommendation_rounds BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_recommendation_rounds_delete AFTER DELETE ON recommendation_rounds BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_redactions_insert AFTER INSERT ON redactions BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_redactions_update AFTER UPDATE ON redactions BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_redactions_delete AFTER DELETE ON redactions BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_government_positions_insert AFTER INSERT ON government_positions BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_government_positions_update AFTER UPDATE ON government_positions BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_government_positions_delete AFTER DELETE ON government_positions BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_status_confirmations_insert AFTER INSERT ON status_confirmations BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_status_confirmations_update AFTER UPDATE ON status_confirmations BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_status_confirmations_delete AFTER DELETE ON status_confirmations BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_pillars_insert AFTER INSERT ON pillars BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_pillars_update AFTER UPDATE ON pillars BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_pillars_delete AFTER DELETE ON pillars BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_initiatives_insert AFTER INSERT ON initiatives BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_initiatives_update AFTER UPDATE ON initiatives BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_initiatives_delete AFTER DELETE ON initiatives BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_initiative_leads_insert AFTER INSERT ON initiative_leads BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_initiative_leads_update AFTER UPDATE ON initiative_leads BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_initiative_leads_delete AFTER DELETE ON initiative_leads BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_initiative_sources_insert AFTER INSERT ON initiative_sources BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_initiative_sources_update AFTER UPDATE ON initiative_sources BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_initiative_sources_delete AFTER DELETE ON initiative_sources BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_agencies_insert AFTER INSERT ON agencies BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_agencies_update AFTER UPDATE ON agencies BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_agencies_delete AFTER DELETE ON agencies BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_meetings_insert AFTER INSERT ON meetings BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_meetings_update AFTER UPDATE ON meetings BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_meetings_delete AFTER DELETE ON meetings BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_meeting_sources_insert AFTER INSERT ON meeting_sources BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_meeting_sources_update AFTER UPDATE ON meeting_sources BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_meeting_sources_delete AFTER DELETE ON meeting_sources BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_pillar_sources_insert AFTER INSERT ON pillar_sources BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_pillar_sources_update AFTER UPDATE ON pillar_sources BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_pillar_sources_delete AFTER DELETE ON pillar_sources BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_progress_updates_insert AFTER INSERT ON progress_updates BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_progress_updates_update AFTER UPDATE ON progress_updates BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_progress_updates_delete AFTER DELETE ON progress_updates BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_sources_insert AFTER INSERT ON sources BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_sources_update AFTER UPDATE ON sources BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_sources_delete AFTER DELETE ON sources BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_record_corrections_insert AFTER INSERT ON record_corrections BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_record_corrections_update AFTER UPDATE ON record_corrections BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_record_corrections_delete AFTER DELETE ON record_corrections BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_settings_insert AFTER INSERT ON settings BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_settings_update AFTER UPDATE ON settings BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_settings_delete AFTER DELETE ON settings BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_history_events_insert AFTER INSERT ON history_events WHEN new.is_public BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_users_update AFTER UPDATE OF name ON users BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_users_delete AFTER DELETE ON users BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
