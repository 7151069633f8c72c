CREATE TABLE `page_revalidations` (
	`tag` text PRIMARY KEY NOT NULL,
	`expired_at` integer NOT NULL
);
