-- Accounts an admin can run (deactivation, the browser of each session), drafts that record what they were based on
-- (a save over someone else's newer change is refused), publications as acts that can be selected and undone, and
-- status overrides drafted and published like figures. Overrides written before had no states and were in force:
-- they become published as of when they were written, by their author.
CREATE TABLE `publications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`cycle` text,
	`undoes_publication_id` integer,
	`published_by_id` integer NOT NULL,
	`published_at` text NOT NULL,
	FOREIGN KEY (`published_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `observation_changes` ADD `based_on_change_id` integer;--> statement-breakpoint
ALTER TABLE `observation_changes` ADD `publication_id` integer REFERENCES publications(id);--> statement-breakpoint
ALTER TABLE `sessions` ADD `user_agent` text;--> statement-breakpoint
ALTER TABLE `status_overrides` ADD `state` text DEFAULT 'published' NOT NULL;--> statement-breakpoint
ALTER TABLE `status_overrides` ADD `published_at` text;--> statement-breakpoint
ALTER TABLE `status_overrides` ADD `published_by_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `status_overrides` ADD `publication_id` integer REFERENCES publications(id);--> statement-breakpoint
ALTER TABLE `users` ADD `deactivated_at` text;--> statement-breakpoint
UPDATE `status_overrides` SET `published_at` = `created_at`, `published_by_id` = `author_id`;
