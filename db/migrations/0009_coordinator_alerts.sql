CREATE TABLE `alert_preferences` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`new_submissions` text DEFAULT 'off' NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `digest_runs` (
	`user_id` integer NOT NULL,
	`day` text NOT NULL,
	`covered_from` integer NOT NULL,
	`covered_until` integer NOT NULL,
	`item_count` integer NOT NULL,
	`outbox_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`user_id`, `day`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `recommendations_pending_idx` ON `recommendations` (`pending_status`,`pillar_id`) WHERE "recommendations"."pending_status" is not null;