ALTER TABLE `redactions` DROP COLUMN `start`;--> statement-breakpoint
ALTER TABLE `redactions` DROP COLUMN `end`;