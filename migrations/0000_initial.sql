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
CREATE TABLE `content_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity` text NOT NULL,
	`key` text NOT NULL,
	`field` text NOT NULL,
	`lang` text,
	`before` text,
	`after` text,
	`state` text NOT NULL,
	`reason` text,
	`author_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`published_at` text,
	`published_by_id` integer,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
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
CREATE TABLE `observation_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` text NOT NULL,
	`cycle` text NOT NULL,
	`span_from` text,
	`kind` text NOT NULL,
	`state` text NOT NULL,
	`before` text,
	`after` text,
	`reason` text,
	`author_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`published_at` text,
	`published_by_id` integer,
	`reverts_change_id` integer,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cycle`) REFERENCES `cycles`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`span_from`) REFERENCES `cycles`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `observation_changes_key` ON `observation_changes` (`indicator_id`,`cycle`);--> statement-breakpoint
CREATE INDEX `observation_changes_state` ON `observation_changes` (`state`,`cycle`);--> statement-breakpoint
CREATE TABLE `observations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` text NOT NULL,
	`cycle` text NOT NULL,
	`span_from` text,
	`value` real,
	`qualifier` text NOT NULL,
	`denominator` integer,
	`reporting` text NOT NULL,
	`document_id` text,
	`source_ref` text,
	`paragraph` integer,
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
CREATE UNIQUE INDEX `series_points_key` ON `series_points` (`series_name`,`period`,`measure`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_user` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `status_overrides` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` text NOT NULL,
	`code` text,
	`justification` text NOT NULL,
	`author_id` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `translations` (
	`entity` text NOT NULL,
	`key` text NOT NULL,
	`field` text NOT NULL,
	`lang` text NOT NULL,
	`text` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`entity`, `key`, `field`, `lang`)
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`must_change_password` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);