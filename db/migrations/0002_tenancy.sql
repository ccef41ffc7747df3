-- Row-level security: the server runs every request as the non-owner role kadar_app with the
-- actor's scope in transaction-local settings (see server/db/tenancy.ts). Roles are cluster-wide,
-- hence the idempotent creation.
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kadar_app') THEN
    CREATE ROLE kadar_app NOLOGIN;
  END IF;
END $$;
--> statement-breakpoint
DO $$ BEGIN EXECUTE format('GRANT kadar_app TO %I', current_user); END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO kadar_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON countries, organisations, org_units, users, memberships, sessions, user_tokens, mail_outbox TO kadar_app;
--> statement-breakpoint
-- The audit log is append-only for the application.
GRANT SELECT, INSERT ON audit_events TO kadar_app;
--> statement-breakpoint
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO kadar_app;
--> statement-breakpoint
-- Policies read these through scalar subqueries, "(select app_all())", so PostgreSQL evaluates
-- each once per query (an InitPlan) instead of once per row.
CREATE OR REPLACE FUNCTION app_all() RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT coalesce(current_setting('app.all', true), '') = 'on' $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_org_ids() RETURNS uuid[] LANGUAGE sql STABLE
  AS $$ SELECT coalesce(nullif(current_setting('app.org_ids', true), '')::uuid[], '{}'::uuid[]) $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_countries() RETURNS text[] LANGUAGE sql STABLE
  AS $$ SELECT coalesce(nullif(current_setting('app.countries', true), '')::text[], '{}'::text[]) $$;
--> statement-breakpoint
ALTER TABLE countries ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE countries FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY countries_read ON countries FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY countries_write ON countries FOR ALL USING ((select app_all())) WITH CHECK ((select app_all()));
--> statement-breakpoint
ALTER TABLE organisations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE organisations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisations_read ON organisations FOR SELECT
  USING (((select app_all()) OR ARRAY[id] <@ (select app_org_ids())) OR ARRAY[country_code] <@ (select app_countries()));
--> statement-breakpoint
CREATE POLICY organisations_insert ON organisations FOR INSERT
  WITH CHECK ((select app_all()) OR ARRAY[country_code] <@ (select app_countries()));
--> statement-breakpoint
CREATE POLICY organisations_update ON organisations FOR UPDATE
  USING (((select app_all()) OR ARRAY[id] <@ (select app_org_ids())) OR ARRAY[country_code] <@ (select app_countries()))
  WITH CHECK (((select app_all()) OR ARRAY[id] <@ (select app_org_ids())) OR ARRAY[country_code] <@ (select app_countries()));
--> statement-breakpoint
CREATE POLICY organisations_delete ON organisations FOR DELETE USING ((select app_all()));
--> statement-breakpoint
ALTER TABLE org_units ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE org_units FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY org_units_tenant ON org_units FOR ALL
  USING (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()))) WITH CHECK (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())));
--> statement-breakpoint
ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY memberships_read ON memberships FOR SELECT
  USING (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())) OR user_id = (select app_user_id()));
--> statement-breakpoint
CREATE POLICY memberships_insert ON memberships FOR INSERT WITH CHECK (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())));
--> statement-breakpoint
CREATE POLICY memberships_update ON memberships FOR UPDATE
  USING (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()))) WITH CHECK (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())));
--> statement-breakpoint
CREATE POLICY memberships_delete ON memberships FOR DELETE USING (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())));
--> statement-breakpoint
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE users FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A user is visible to themself and to whoever can see one of their organisations.
CREATE POLICY users_read ON users FOR SELECT USING (
  (select app_all()) OR id = (select app_user_id())
  OR EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id AND ((select app_all()) OR ARRAY[m.organisation_id] <@ (select app_org_ids())))
);
--> statement-breakpoint
CREATE POLICY users_insert ON users FOR INSERT WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY users_update ON users FOR UPDATE USING (
  (select app_all()) OR id = (select app_user_id())
  OR EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id AND ((select app_all()) OR ARRAY[m.organisation_id] <@ (select app_org_ids())))
);
--> statement-breakpoint
CREATE POLICY users_delete ON users FOR DELETE USING ((select app_all()));
--> statement-breakpoint
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE sessions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY sessions_system ON sessions FOR ALL USING ((select app_all())) WITH CHECK ((select app_all()));
--> statement-breakpoint
ALTER TABLE user_tokens ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE user_tokens FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY user_tokens_system ON user_tokens FOR ALL USING ((select app_all())) WITH CHECK ((select app_all()));
--> statement-breakpoint
-- An administrator inviting someone may issue the invitation token of a user they can see.
CREATE POLICY user_tokens_issue ON user_tokens FOR INSERT
  WITH CHECK (EXISTS (SELECT 1 FROM users u WHERE u.id = user_tokens.user_id));
--> statement-breakpoint
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_read ON audit_events FOR SELECT USING (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())));
--> statement-breakpoint
CREATE POLICY audit_append ON audit_events FOR INSERT WITH CHECK (true);
--> statement-breakpoint
ALTER TABLE mail_outbox ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE mail_outbox FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY mail_outbox_read ON mail_outbox FOR SELECT USING (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())));
--> statement-breakpoint
CREATE POLICY mail_outbox_insert ON mail_outbox FOR INSERT WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY mail_outbox_update ON mail_outbox FOR UPDATE USING ((select app_all())) WITH CHECK ((select app_all()));
