CREATE TABLE `attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`recommendation_id` integer NOT NULL,
	`stored_name` text NOT NULL,
	`public_name` text NOT NULL,
	`type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`uploaded_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`hidden_at` integer,
	`hidden_reason` text,
	`hidden_by` integer,
	FOREIGN KEY (`recommendation_id`) REFERENCES `recommendations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`hidden_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attachments_storedName_unique` ON `attachments` (`stored_name`);--> statement-breakpoint
CREATE INDEX `attachments_recommendation_idx` ON `attachments` (`recommendation_id`);--> statement-breakpoint
CREATE TABLE `cosigners` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`recommendation_id` integer NOT NULL,
	`email` text NOT NULL,
	`state` text DEFAULT 'invited' NOT NULL,
	`user_id` integer,
	`organization` text,
	`sector` text,
	`country` text,
	`public_consent` integer DEFAULT false NOT NULL,
	`invited_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`signed_at` integer,
	`withdrawn_at` integer,
	FOREIGN KEY (`recommendation_id`) REFERENCES `recommendations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cosigners_item_email_idx` ON `cosigners` (`recommendation_id`,`email`);--> statement-breakpoint
CREATE INDEX `cosigners_email_idx` ON `cosigners` (`email`);--> statement-breakpoint
CREATE TABLE `redacted_texts` (
	`recommendation_id` integer PRIMARY KEY NOT NULL,
	`title` text,
	`body` text,
	`topics` text,
	`summary_en` text,
	`summary_es` text,
	`translation_title` text,
	`translation_body` text,
	FOREIGN KEY (`recommendation_id`) REFERENCES `recommendations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `redactions` ADD `attachment_id` integer;--> statement-breakpoint
-- The table was never written to; SQLite needs a default to add a NOT NULL column.
ALTER TABLE `redactions` ADD `passage` text NOT NULL DEFAULT '';--> statement-breakpoint
ALTER TABLE `redactions` ADD `reason_text` text;--> statement-breakpoint
ALTER TABLE `redactions` ADD `lifted_at` integer;--> statement-breakpoint
ALTER TABLE `redactions` ADD `lifted_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `redactions` ADD `lift_reason` text;--> statement-breakpoint
CREATE INDEX `redactions_recommendation_idx` ON `redactions` (`recommendation_id`);