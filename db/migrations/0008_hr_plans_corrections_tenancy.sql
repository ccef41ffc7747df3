GRANT SELECT, INSERT, UPDATE, DELETE ON hr_plans, hr_plan_lines, correction_requests TO kadar_app;
--> statement-breakpoint
ALTER TABLE hr_plans ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE hr_plans FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY hr_plans_tenant ON hr_plans FOR ALL
  USING (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()))) WITH CHECK (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())));
--> statement-breakpoint
ALTER TABLE hr_plan_lines ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE hr_plan_lines FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY hr_plan_lines_tenant ON hr_plan_lines FOR ALL
  USING (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()))) WITH CHECK (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())));
--> statement-breakpoint
ALTER TABLE correction_requests ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE correction_requests FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY correction_requests_tenant ON correction_requests FOR ALL
  USING (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()))) WITH CHECK (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())));
