CREATE TABLE `public_counts` (
	`pillar_id` integer NOT NULL,
	`status` text NOT NULL,
	`sector` text NOT NULL,
	`country` text NOT NULL,
	`period_meeting_id` integer NOT NULL,
	`implemented_meeting_id` integer NOT NULL,
	`is_sample` integer NOT NULL,
	`from_record` integer NOT NULL,
	`responded` integer NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`pillar_id`, `status`, `sector`, `country`, `period_meeting_id`, `implemented_meeting_id`, `is_sample`, `from_record`, `responded`)
);
--> statement-breakpoint
CREATE TABLE `public_data_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `public_implemented_quarters` (
	`pillar_id` integer NOT NULL,
	`quarter` integer NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`pillar_id`, `quarter`)
);
--> statement-breakpoint
CREATE TABLE `public_initiative_links` (
	`initiative_id` integer PRIMARY KEY NOT NULL,
	`n` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `public_submission_quarters` (
	`pillar_id` integer NOT NULL,
	`quarter` integer NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`pillar_id`, `quarter`)
);
--> statement-breakpoint
CREATE TABLE `recommendation_milestones` (
	`recommendation_id` integer PRIMARY KEY NOT NULL,
	`implemented_at` integer,
	`responded_at` integer
);
--> statement-breakpoint
CREATE INDEX `recommendation_milestones_implemented_idx` ON `recommendation_milestones` (`implemented_at`);--> statement-breakpoint
CREATE INDEX `recommendations_implemented_meeting_idx` ON `recommendations` (`implemented_meeting_id`) WHERE "recommendations"."implemented_meeting_id" is not null;