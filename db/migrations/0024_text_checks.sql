CREATE TABLE `text_checks` (
	`text` text NOT NULL,
	`key` text NOT NULL,
	`original_locale` text NOT NULL,
	`digest` text NOT NULL,
	`checked_by` integer,
	`checked_at` integer NOT NULL,
	PRIMARY KEY(`text`, `key`),
	FOREIGN KEY (`checked_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
-- A check of a translation changes what public pages say of a text: caches kept until a public change
-- (lib/cache.ts) must see it, like the recommendation_translations triggers in 0016.
CREATE TRIGGER public_version_text_checks_insert AFTER INSERT ON text_checks BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_text_checks_update AFTER UPDATE ON text_checks BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_version_text_checks_delete AFTER DELETE ON text_checks BEGIN
  UPDATE public_data_version SET version = version + 1 WHERE id = 1;
END;
