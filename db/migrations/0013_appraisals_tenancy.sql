GRANT SELECT, INSERT, UPDATE, DELETE ON competencies, appraisal_cycles, appraisals, appraisal_goals, appraisal_competencies, training_needs TO kadar_app;
--> statement-breakpoint
ALTER TABLE appraisal_cycles ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE appraisal_cycles FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY appraisal_cycles_tenant ON appraisal_cycles FOR ALL
  USING (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()))) WITH CHECK (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())));
--> statement-breakpoint
ALTER TABLE appraisals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE appraisals FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY appraisals_tenant ON appraisals FOR ALL
  USING (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()))) WITH CHECK (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())));
--> statement-breakpoint
ALTER TABLE appraisal_goals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE appraisal_goals FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY appraisal_goals_tenant ON appraisal_goals FOR ALL
  USING (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()))) WITH CHECK (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())));
--> statement-breakpoint
ALTER TABLE appraisal_competencies ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE appraisal_competencies FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY appraisal_competencies_tenant ON appraisal_competencies FOR ALL
  USING (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()))) WITH CHECK (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())));
--> statement-breakpoint
ALTER TABLE training_needs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE training_needs FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY training_needs_tenant ON training_needs FOR ALL
  USING (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()))) WITH CHECK (((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())));
--> statement-breakpoint
ALTER TABLE competencies ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE competencies FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A country's framework is read by everyone and written by its national administrators;
-- a municipality's own competencies follow the usual tenant rule.
--> statement-breakpoint
CREATE POLICY competencies_read ON competencies FOR SELECT
  USING (organisation_id IS NULL OR (select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()));
--> statement-breakpoint
CREATE POLICY competencies_write ON competencies FOR ALL
  USING ((select app_all()) OR (organisation_id IS NULL AND ARRAY[country_code] <@ (select app_countries())) OR ARRAY[organisation_id] <@ (select app_org_ids()))
  WITH CHECK ((select app_all()) OR (organisation_id IS NULL AND ARRAY[country_code] <@ (select app_countries())) OR ARRAY[organisation_id] <@ (select app_org_ids()));
--> statement-breakpoint
-- National administrators adjust their country's rules (the stored pack) without a release.
--> statement-breakpoint
CREATE POLICY countries_national_update ON countries FOR UPDATE
  USING (ARRAY[code] <@ (select app_countries())) WITH CHECK (ARRAY[code] <@ (select app_countries()));
