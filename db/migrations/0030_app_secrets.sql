CREATE TABLE "app_secrets" (
	"name" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
-- A random signing key of 244 bits, made once per installation (SIGNING_SECRET overrides it).
INSERT INTO app_secrets (name, value)
  VALUES ('signing', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
--> statement-breakpoint
GRANT SELECT ON app_secrets TO kadar_app;
--> statement-breakpoint
ALTER TABLE app_secrets ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE app_secrets FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY app_secrets_system ON app_secrets FOR SELECT USING ((select app_all()));
