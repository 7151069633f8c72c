CREATE TABLE `call_answers` (
	`recommendation_id` integer PRIMARY KEY NOT NULL,
	`call_id` integer NOT NULL,
	`question_id` integer,
	`channel` text DEFAULT 'form' NOT NULL,
	`recorded_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`recommendation_id`) REFERENCES `recommendations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`question_id`) REFERENCES `call_questions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `call_answers_call_idx` ON `call_answers` (`call_id`);--> statement-breakpoint
CREATE TABLE `call_emails` (
	`call_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`call_id`, `user_id`, `kind`),
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `call_pillars` (
	`call_id` integer NOT NULL,
	`pillar_id` integer NOT NULL,
	PRIMARY KEY(`call_id`, `pillar_id`),
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`pillar_id`) REFERENCES `pillars`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `call_pillars_pillar_idx` ON `call_pillars` (`pillar_id`);--> statement-breakpoint
CREATE TABLE `call_questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`call_id` integer NOT NULL,
	`pillar_id` integer NOT NULL,
	`text_en` text NOT NULL,
	`text_es` text NOT NULL,
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`pillar_id`) REFERENCES `pillars`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `call_questions_call_idx` ON `call_questions` (`call_id`);--> statement-breakpoint
CREATE TABLE `calls` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`meeting_id` integer NOT NULL,
	`title_en` text NOT NULL,
	`title_es` text NOT NULL,
	`intro_en` text NOT NULL,
	`intro_es` text NOT NULL,
	`state` text DEFAULT 'draft' NOT NULL,
	`opens_at` integer NOT NULL,
	`closes_at` integer NOT NULL,
	`source_id` integer,
	`is_sample` integer DEFAULT false NOT NULL,
	`reminder_sent_at` integer,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calls_slug_unique` ON `calls` (`slug`);--> statement-breakpoint
CREATE INDEX `calls_state_closes_idx` ON `calls` (`state`,`closes_at`);--> statement-breakpoint
CREATE TABLE `pillar_subscriptions` (
	`user_id` integer NOT NULL,
	`pillar_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`user_id`, `pillar_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`pillar_id`) REFERENCES `pillars`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `pillar_subscriptions_pillar_idx` ON `pillar_subscriptions` (`pillar_id`);--> statement-breakpoint
ALTER TABLE `recommendation_rounds` ADD `call_id` integer REFERENCES calls(id);--> statement-breakpoint
ALTER TABLE `recommendation_rounds` ADD `note` text;--> statement-breakpoint
ALTER TABLE `recommendation_rounds` ADD `at` integer;