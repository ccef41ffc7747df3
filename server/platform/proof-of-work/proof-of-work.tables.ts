import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Challenges already answered, kept until they expire so that a solved one cannot be used twice. */
export const spentChallenges = pgTable('spent_challenges', {
  challenge: text('challenge').primaryKey(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});
