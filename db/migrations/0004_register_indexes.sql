DROP INDEX `recommendations_pillar_status_idx`;--> statement-breakpoint
CREATE INDEX `recommendations_submitted_idx` ON `recommendations` (`submitted_at`);--> statement-breakpoint
CREATE INDEX `recommendations_updated_idx` ON `recommendations` (`updated_at`);--> statement-breakpoint
CREATE INDEX `recommendations_queue_idx` ON `recommendations` (`pillar_id`,`status`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `recommendations_merged_into_idx` ON `recommendations` (`merged_into_id`);--> statement-breakpoint
CREATE INDEX `recommendations_pillar_status_idx` ON `recommendations` (`pillar_id`,`status`,`consent`);--> statement-breakpoint
CREATE INDEX `history_actor_idx` ON `history_events` (`actor_id`,`kind`,`created_at`);--> statement-breakpoint
-- The register ranks search results by bm25 with titles weighing more than texts; set as the index's
-- default rank so `ORDER BY rank LIMIT n` lets FTS5 pick the top results itself.
INSERT INTO public_search(public_search, rank) VALUES('rank', 'bm25(8.0, 1.0, 8.0, 1.0, 1.0, 1.0)');
