ALTER TABLE `recommendation_translations` ADD `origin` text DEFAULT 'person' NOT NULL;--> statement-breakpoint
ALTER TABLE `recommendation_translations` ADD `checked_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `recommendation_translations` ADD `checked_at` integer;--> statement-breakpoint
ALTER TABLE `recommendation_translations` ADD `updated_by` integer REFERENCES users(id);