-- Row-level security for the people and positions tables (see 0002_tenancy.sql for the scheme).
GRANT SELECT, INSERT, UPDATE, DELETE ON systematisations, positions, employees, employments TO kadar_app;
--> statement-breakpoint
ALTER TABLE systematisations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE systematisations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY systematisations_tenant ON systematisations FOR ALL
  USING (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()))) WITH CHECK (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())));
--> statement-breakpoint
ALTER TABLE positions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE positions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY positions_tenant ON positions FOR ALL
  USING (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()))) WITH CHECK (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())));
--> statement-breakpoint
ALTER TABLE employees ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE employees FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY employees_tenant ON employees FOR ALL
  USING (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()))) WITH CHECK (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())));
--> statement-breakpoint
ALTER TABLE employments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE employments FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY employments_tenant ON employments FOR ALL
  USING (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()))) WITH CHECK (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())));
--> statement-breakpoint
-- One act in force per municipality; older versions stay readable as 'superseded'.
CREATE UNIQUE INDEX systematisations_one_adopted_idx ON systematisations (organisation_id) WHERE status = 'adopted';
--> statement-breakpoint
-- The directory's keyset order in each reader's script and collation (server/db/collation.ts).
CREATE INDEX employees_sort_sr_idx ON employees (organisation_id, sort_name COLLATE kadar_sr, id);
--> statement-breakpoint
CREATE INDEX employees_sort_sr_latn_idx ON employees (organisation_id, sort_name_latin COLLATE kadar_sr, id);
--> statement-breakpoint
CREATE INDEX employees_sort_bg_idx ON employees (organisation_id, sort_name COLLATE kadar_bg, id);
--> statement-breakpoint
CREATE INDEX employees_sort_en_idx ON employees (organisation_id, sort_name_latin COLLATE kadar_en, id);
