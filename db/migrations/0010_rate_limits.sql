CREATE TABLE `rate_limits` (
	`bucket` text NOT NULL,
	`address` text NOT NULL,
	`full_at` real NOT NULL,
	PRIMARY KEY(`bucket`, `address`)
);
