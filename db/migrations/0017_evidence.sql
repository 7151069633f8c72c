CREATE TABLE `milestones` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`initiative_id` integer NOT NULL,
	`title_en` text NOT NULL,
	`title_es` text NOT NULL,
	`target_date` text,
	`done_date` text,
	`source_id` integer,
	`seed_key` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `milestones_seedKey_unique` ON `milestones` (`seed_key`);--> statement-breakpoint
CREATE INDEX `milestones_initiative_idx` ON `milestones` (`initiative_id`);--> statement-breakpoint
CREATE TABLE `progress_news` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`recommendation_ref` text NOT NULL,
	`initiative_id` integer NOT NULL,
	`progress_update_id` integer,
	`milestone_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`outbox_id` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`progress_update_id`) REFERENCES `progress_updates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`milestone_id`) REFERENCES `milestones`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `progress_news_pending_idx` ON `progress_news` (`user_id`,`outbox_id`);--> statement-breakpoint
CREATE TABLE `progress_news_preferences` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`mode` text DEFAULT 'immediate' NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `progress_news_sends` (
	`user_id` integer NOT NULL,
	`day` text NOT NULL,
	`outbox_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`user_id`, `day`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `snapshots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`slug` text NOT NULL,
	`taken_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`json` text NOT NULL,
	`csv` text NOT NULL,
	`json_sha256` text NOT NULL,
	`csv_sha256` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `snapshots_slug_idx` ON `snapshots` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `snapshots_meeting_idx` ON `snapshots` (`meeting_id`);--> statement-breakpoint
ALTER TABLE `initiatives` ADD `state_changed_on` text;--> statement-breakpoint
ALTER TABLE `progress_updates` ADD `recorded_by` text;--> statement-breakpoint
ALTER TABLE `progress_updates` ADD `source_title` text;--> statement-breakpoint
ALTER TABLE `progress_updates` ADD `source_date` text;--> statement-breakpoint
ALTER TABLE `progress_updates` ADD `source_url` text;--> statement-breakpoint
ALTER TABLE `progress_updates` ADD `corrects_id` integer;--> statement-breakpoint
ALTER TABLE `progress_updates` ADD `correction_reason_en` text;--> statement-breakpoint
ALTER TABLE `progress_updates` ADD `correction_reason_es` text;