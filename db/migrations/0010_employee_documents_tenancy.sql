GRANT SELECT, INSERT, UPDATE, DELETE ON employee_documents TO kadar_app;
--> statement-breakpoint
ALTER TABLE employee_documents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE employee_documents FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY employee_documents_tenant ON employee_documents FOR ALL
  USING (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()))) WITH CHECK (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())));
