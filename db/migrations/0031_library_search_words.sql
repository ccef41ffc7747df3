DROP INDEX "documents_search_idx";--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "search_words" "tsvector" GENERATED ALWAYS AS (strip(to_tsvector('simple', search))) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "documents_search_words_idx" ON "documents" USING gin ("search_words");