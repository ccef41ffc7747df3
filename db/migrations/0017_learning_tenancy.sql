GRANT SELECT, INSERT, UPDATE, DELETE ON programmes, programme_materials, trainers, training_sessions, session_days, session_trainers, calendar_feeds, enrolments, attendance, certificates, evaluations, training_requests TO kadar_app;
--> statement-breakpoint
-- The catalogue is public once an entry leaves draft; its owner alone writes it.
--> statement-breakpoint
ALTER TABLE programmes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE programmes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY programmes_read ON programmes FOR SELECT
  USING (status <> 'draft' OR (select app_all()) OR ARRAY[owner_id] <@ (select app_org_ids()));
--> statement-breakpoint
CREATE POLICY programmes_write ON programmes FOR ALL
  USING ((select app_all()) OR ARRAY[owner_id] <@ (select app_org_ids())) WITH CHECK ((select app_all()) OR ARRAY[owner_id] <@ (select app_org_ids()));
--> statement-breakpoint
ALTER TABLE programme_materials ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE programme_materials FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Materials follow their programme (the subquery is itself under the programmes policy).
--> statement-breakpoint
CREATE POLICY programme_materials_read ON programme_materials FOR SELECT
  USING (EXISTS (SELECT 1 FROM programmes p WHERE p.id = programme_id));
--> statement-breakpoint
CREATE POLICY programme_materials_write ON programme_materials FOR ALL
  USING ((select app_all()) OR ARRAY[owner_id] <@ (select app_org_ids())) WITH CHECK ((select app_all()) OR ARRAY[owner_id] <@ (select app_org_ids()));
--> statement-breakpoint
-- The trainers' register is public (names, areas, accreditation); contact details are left out
--> statement-breakpoint
-- by the service for anyone but the register's owner. Only the owner writes it.
--> statement-breakpoint
ALTER TABLE trainers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE trainers FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY trainers_read ON trainers FOR SELECT
  USING (true);
--> statement-breakpoint
CREATE POLICY trainers_write ON trainers FOR ALL
  USING ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())) WITH CHECK ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()));
--> statement-breakpoint
-- An announced session is seen by the whole country, one on request only by the municipality
--> statement-breakpoint
-- that asked; drafts only by the organiser.
--> statement-breakpoint
ALTER TABLE training_sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE training_sessions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY training_sessions_read ON training_sessions FOR SELECT
  USING ((restricted_to_id IS NULL AND status <> 'draft') OR (select app_all()) OR ARRAY[organiser_id] <@ (select app_org_ids()) OR ARRAY[restricted_to_id] <@ (select app_org_ids()));
--> statement-breakpoint
CREATE POLICY training_sessions_write ON training_sessions FOR ALL
  USING ((select app_all()) OR ARRAY[organiser_id] <@ (select app_org_ids())) WITH CHECK ((select app_all()) OR ARRAY[organiser_id] <@ (select app_org_ids()));
--> statement-breakpoint
ALTER TABLE session_days ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE session_days FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY session_days_read ON session_days FOR SELECT
  USING (EXISTS (SELECT 1 FROM training_sessions s WHERE s.id = session_id));
--> statement-breakpoint
CREATE POLICY session_days_write ON session_days FOR ALL
  USING ((select app_all()) OR ARRAY[organiser_id] <@ (select app_org_ids())) WITH CHECK ((select app_all()) OR ARRAY[organiser_id] <@ (select app_org_ids()));
--> statement-breakpoint
ALTER TABLE session_trainers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE session_trainers FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY session_trainers_read ON session_trainers FOR SELECT
  USING (EXISTS (SELECT 1 FROM training_sessions s WHERE s.id = session_id));
--> statement-breakpoint
CREATE POLICY session_trainers_write ON session_trainers FOR ALL
  USING ((select app_all()) OR ARRAY[organiser_id] <@ (select app_org_ids())) WITH CHECK ((select app_all()) OR ARRAY[organiser_id] <@ (select app_org_ids()));
--> statement-breakpoint
ALTER TABLE calendar_feeds ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE calendar_feeds FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY calendar_feeds_own ON calendar_feeds FOR ALL
  USING ((select app_all()) OR user_id = (select app_user_id())) WITH CHECK ((select app_all()) OR user_id = (select app_user_id()));
--> statement-breakpoint
-- Enrolments, attendance and evaluations belong to both the participant's municipality and
--> statement-breakpoint
-- the organiser; certificates to the holder's municipality and the issuer; requests to the
--> statement-breakpoint
-- municipality that asks and the body asked.
--> statement-breakpoint
ALTER TABLE enrolments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE enrolments FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY enrolments_tenant ON enrolments FOR ALL
  USING ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()) OR ARRAY[organiser_id] <@ (select app_org_ids())) WITH CHECK ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()) OR ARRAY[organiser_id] <@ (select app_org_ids()));
--> statement-breakpoint
ALTER TABLE attendance ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE attendance FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY attendance_tenant ON attendance FOR ALL
  USING ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()) OR ARRAY[organiser_id] <@ (select app_org_ids())) WITH CHECK ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()) OR ARRAY[organiser_id] <@ (select app_org_ids()));
--> statement-breakpoint
ALTER TABLE evaluations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE evaluations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY evaluations_tenant ON evaluations FOR ALL
  USING ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()) OR ARRAY[organiser_id] <@ (select app_org_ids())) WITH CHECK ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()) OR ARRAY[organiser_id] <@ (select app_org_ids()));
--> statement-breakpoint
ALTER TABLE certificates ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE certificates FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY certificates_tenant ON certificates FOR ALL
  USING ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()) OR ARRAY[issuer_id] <@ (select app_org_ids())) WITH CHECK ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()) OR ARRAY[issuer_id] <@ (select app_org_ids()));
--> statement-breakpoint
ALTER TABLE training_requests ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE training_requests FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY training_requests_tenant ON training_requests FOR ALL
  USING ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()) OR ARRAY[body_id] <@ (select app_org_ids())) WITH CHECK ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()) OR ARRAY[body_id] <@ (select app_org_ids()));
