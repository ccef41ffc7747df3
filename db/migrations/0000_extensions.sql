-- Search: trigram indexes on the folded `search` columns; unaccent for ad-hoc SQL.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
-- The default collation is C; people's and places' names sort with ICU per language.
CREATE COLLATION IF NOT EXISTS kadar_sr (provider = icu, locale = 'sr');
--> statement-breakpoint
CREATE COLLATION IF NOT EXISTS kadar_bg (provider = icu, locale = 'bg');
--> statement-breakpoint
CREATE COLLATION IF NOT EXISTS kadar_en (provider = icu, locale = 'en');
