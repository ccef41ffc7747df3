GRANT SELECT, INSERT, UPDATE, DELETE ON annual_programmes, annual_programme_items, needs_analyses, needs_triggers, needs_survey_answers, development_plans, development_plan_items, learning_targets TO kadar_app;
--> statement-breakpoint
-- A municipality's special programme is read by its country's national bodies too (they keep the
--> statement-breakpoint
-- central register of programmes); a general programme is public once adopted.
--> statement-breakpoint
ALTER TABLE annual_programmes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE annual_programmes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY annual_programmes_read ON annual_programmes FOR SELECT
  USING ((kind = 'general' AND status = 'adopted') OR ARRAY[country_code] <@ (select app_countries()) OR (select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()));
--> statement-breakpoint
CREATE POLICY annual_programmes_write ON annual_programmes FOR ALL
  USING ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())) WITH CHECK ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()));
--> statement-breakpoint
ALTER TABLE annual_programme_items ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE annual_programme_items FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY annual_programme_items_read ON annual_programme_items FOR SELECT
  USING (EXISTS (SELECT 1 FROM annual_programmes p WHERE p.id = annual_programme_id));
--> statement-breakpoint
CREATE POLICY annual_programme_items_write ON annual_programme_items FOR ALL
  USING ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())) WITH CHECK ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()));
--> statement-breakpoint
ALTER TABLE needs_analyses ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE needs_analyses FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY needs_analyses_tenant ON needs_analyses FOR ALL
  USING ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())) WITH CHECK ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()));
--> statement-breakpoint
ALTER TABLE needs_triggers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE needs_triggers FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY needs_triggers_tenant ON needs_triggers FOR ALL
  USING ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())) WITH CHECK ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()));
--> statement-breakpoint
ALTER TABLE needs_survey_answers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE needs_survey_answers FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY needs_survey_answers_tenant ON needs_survey_answers FOR ALL
  USING ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())) WITH CHECK ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()));
--> statement-breakpoint
ALTER TABLE development_plans ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE development_plans FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY development_plans_tenant ON development_plans FOR ALL
  USING ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())) WITH CHECK ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()));
--> statement-breakpoint
ALTER TABLE development_plan_items ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE development_plan_items FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY development_plan_items_tenant ON development_plan_items FOR ALL
  USING ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())) WITH CHECK ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()));
--> statement-breakpoint
-- Targets are public figures; the country's national administrators set them.
--> statement-breakpoint
ALTER TABLE learning_targets ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE learning_targets FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY learning_targets_read ON learning_targets FOR SELECT
  USING (true);
--> statement-breakpoint
CREATE POLICY learning_targets_write ON learning_targets FOR ALL
  USING ((select app_all()) OR ARRAY[country_code] <@ (select app_countries())) WITH CHECK ((select app_all()) OR ARRAY[country_code] <@ (select app_countries()));
