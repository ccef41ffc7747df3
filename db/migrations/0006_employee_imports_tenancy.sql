GRANT SELECT, INSERT, UPDATE, DELETE ON employee_imports, import_mappings TO kadar_app;
--> statement-breakpoint
ALTER TABLE employee_imports ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE employee_imports FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY employee_imports_tenant ON employee_imports FOR ALL
  USING (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()))) WITH CHECK (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())));
--> statement-breakpoint
ALTER TABLE import_mappings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE import_mappings FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY import_mappings_tenant ON import_mappings FOR ALL
  USING (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()))) WITH CHECK (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())));
