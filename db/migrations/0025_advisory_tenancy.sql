GRANT SELECT, INSERT, UPDATE, DELETE ON questions, question_messages, question_attachments, question_follows, laws, answers TO kadar_app;
--> statement-breakpoint
-- A question, its messages, files and followers: the asking municipality and the association only.
ALTER TABLE questions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE questions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY questions_tenants ON questions FOR ALL
  USING ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()) OR ARRAY[body_id] <@ (select app_org_ids()))
  WITH CHECK ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()) OR ARRAY[body_id] <@ (select app_org_ids()));
--> statement-breakpoint
ALTER TABLE question_messages ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE question_messages FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY question_messages_tenants ON question_messages FOR ALL
  USING ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()) OR ARRAY[body_id] <@ (select app_org_ids()))
  WITH CHECK ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()) OR ARRAY[body_id] <@ (select app_org_ids()));
--> statement-breakpoint
ALTER TABLE question_attachments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE question_attachments FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY question_attachments_tenants ON question_attachments FOR ALL
  USING ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()) OR ARRAY[body_id] <@ (select app_org_ids()))
  WITH CHECK ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()) OR ARRAY[body_id] <@ (select app_org_ids()));
--> statement-breakpoint
ALTER TABLE question_follows ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE question_follows FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY question_follows_tenants ON question_follows FOR ALL
  USING ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()) OR ARRAY[body_id] <@ (select app_org_ids()))
  WITH CHECK ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()) OR ARRAY[body_id] <@ (select app_org_ids()));
--> statement-breakpoint
-- The laws register is public; the association that keeps it alone writes it.
ALTER TABLE laws ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE laws FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY laws_read ON laws FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY laws_write ON laws FOR ALL
  USING ((select app_all()) OR ARRAY[body_id] <@ (select app_org_ids()))
  WITH CHECK ((select app_all()) OR ARRAY[body_id] <@ (select app_org_ids()));
--> statement-breakpoint
-- A published answer is public; drafts and withdrawn ones only the association sees.
ALTER TABLE answers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE answers FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY answers_read ON answers FOR SELECT
  USING (status = 'published' OR (select app_all()) OR ARRAY[body_id] <@ (select app_org_ids()));
--> statement-breakpoint
CREATE POLICY answers_write ON answers FOR ALL
  USING ((select app_all()) OR ARRAY[body_id] <@ (select app_org_ids()))
  WITH CHECK ((select app_all()) OR ARRAY[body_id] <@ (select app_org_ids()));
