CREATE TABLE `record_corrections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`correction_id` text NOT NULL,
	`corrected_on` text NOT NULL,
	`target_kind` text NOT NULL,
	`target_id` integer NOT NULL,
	`outcome` text NOT NULL,
	`languages` text NOT NULL,
	`is_public` integer NOT NULL,
	`note_en` text NOT NULL,
	`note_es` text NOT NULL,
	`source_id` integer,
	`source_line` text,
	`source_quote` text,
	`changes` text NOT NULL,
	`applied_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `record_corrections_item_idx` ON `record_corrections` (`correction_id`,`target_kind`,`target_id`);--> statement-breakpoint
CREATE INDEX `record_corrections_target_idx` ON `record_corrections` (`target_kind`,`target_id`);--> statement-breakpoint
ALTER TABLE `meetings` ADD `us_leads_es` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `meetings` ADD `mx_leads_es` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `progress_updates` ADD `figure_qualifier` text;