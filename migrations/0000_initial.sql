CREATE TABLE `action_plans` (
	`code` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`adopted_at` text NOT NULL,
	`start_year` integer NOT NULL,
	`end_year` integer NOT NULL,
	`deadline_cycle` text NOT NULL,
	`paragraphs` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `action_themes` (
	`action_id` integer NOT NULL,
	`pillar_id` integer NOT NULL,
	PRIMARY KEY(`action_id`, `pillar_id`),
	FOREIGN KEY (`action_id`) REFERENCES `actions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`pillar_id`) REFERENCES `pillars`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`action_plan` text NOT NULL,
	`number` integer NOT NULL,
	`pillar_id` integer NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`paragraphs` text NOT NULL,
	FOREIGN KEY (`action_plan`) REFERENCES `action_plans`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`pillar_id`) REFERENCES `pillars`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `actions_plan_number` ON `actions` (`action_plan`,`number`);--> statement-breakpoint
CREATE TABLE `conflicts` (
	`id` text PRIMARY KEY NOT NULL,
	`indicator_id` text,
	`action_id` integer,
	`series_name` text,
	`description` text NOT NULL,
	`statements` text NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`action_id`) REFERENCES `actions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `cycles` (
	`code` text PRIMARY KEY NOT NULL,
	`action_plan` text NOT NULL,
	`ordinal` integer NOT NULL,
	`year` integer NOT NULL,
	`meeting` text NOT NULL,
	`start_date` text,
	`end_date` text,
	`is_deadline` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'published' NOT NULL,
	`published_at` text,
	`paragraphs` text NOT NULL,
	FOREIGN KEY (`action_plan`) REFERENCES `action_plans`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cycles_plan_ordinal` ON `cycles` (`action_plan`,`ordinal`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`short_title` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `indicators` (
	`id` text PRIMARY KEY NOT NULL,
	`action_id` integer NOT NULL,
	`title` text NOT NULL,
	`unit` text NOT NULL,
	`direction` text NOT NULL,
	`population_description` text NOT NULL,
	`population_size` integer,
	`population_paragraph` integer,
	`target_share` real,
	`sort_order` integer NOT NULL,
	FOREIGN KEY (`action_id`) REFERENCES `actions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `indicators_action` ON `indicators` (`action_id`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `observations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` text NOT NULL,
	`cycle` text NOT NULL,
	`span_from` text,
	`value` real,
	`qualifier` text NOT NULL,
	`denominator` integer,
	`reporting` text NOT NULL,
	`document_id` text NOT NULL,
	`paragraph` integer NOT NULL,
	`quote` text,
	`note` text,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cycle`) REFERENCES `cycles`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`span_from`) REFERENCES `cycles`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `observations_indicator_cycle_span` ON `observations` (`indicator_id`,`cycle`,coalesce(`span_from`, ''));--> statement-breakpoint
CREATE TABLE `pillars` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`action_plan` text NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`action_from` integer NOT NULL,
	`action_to` integer NOT NULL,
	`sort_order` integer NOT NULL,
	`paragraphs` text NOT NULL,
	FOREIGN KEY (`action_plan`) REFERENCES `action_plans`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pillars_plan_slug` ON `pillars` (`action_plan`,`slug`);--> statement-breakpoint
CREATE TABLE `series` (
	`name` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`sort_order` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `series_points` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`series_name` text NOT NULL,
	`period` text NOT NULL,
	`measure` text NOT NULL,
	`value` real,
	`unit` text NOT NULL,
	`qualifier` text NOT NULL,
	`provisional` integer NOT NULL,
	`states` text,
	`document_id` text NOT NULL,
	`paragraph` integer NOT NULL,
	`quote` text,
	`note` text,
	`sort_order` integer NOT NULL,
	FOREIGN KEY (`series_name`) REFERENCES `series`(`name`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `series_points_key` ON `series_points` (`series_name`,`period`,`measure`);