import { pgTable, text } from 'drizzle-orm/pg-core';

/** Secrets the installation makes for itself at its first migration (e.g. `signing`); system scope only. */
export const appSecrets = pgTable('app_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
});
