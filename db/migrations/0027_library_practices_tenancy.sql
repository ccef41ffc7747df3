GRANT SELECT, INSERT, UPDATE, DELETE ON documents, document_versions, practices, practice_nominations, practice_weeks TO kadar_app;
--> statement-breakpoint
-- A public or network document is read by everyone (anonymous readers are limited to public ones
-- by the repository); one kept for an organisation only by its publisher and its audience.
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE documents FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY documents_read ON documents FOR SELECT
  USING (visibility <> 'organisation' OR (select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())
    OR ARRAY[audience_id] <@ (select app_org_ids()));
--> statement-breakpoint
CREATE POLICY documents_write ON documents FOR ALL
  USING ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()))
  WITH CHECK ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()));
--> statement-breakpoint
-- A version is read by whoever reads its document (the subquery runs under the documents policy).
ALTER TABLE document_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE document_versions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY document_versions_read ON document_versions FOR SELECT
  USING (EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id));
--> statement-breakpoint
CREATE POLICY document_versions_write ON document_versions FOR ALL
  USING ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()))
  WITH CHECK ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()));
--> statement-breakpoint
-- A practice: the submitting municipality and the moderating association; everyone once published.
ALTER TABLE practices ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE practices FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY practices_read ON practices FOR SELECT
  USING (status = 'published' OR (select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())
    OR ARRAY[body_id] <@ (select app_org_ids()));
--> statement-breakpoint
CREATE POLICY practices_write ON practices FOR ALL
  USING ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()) OR ARRAY[body_id] <@ (select app_org_ids()))
  WITH CHECK ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()) OR ARRAY[body_id] <@ (select app_org_ids()));
--> statement-breakpoint
-- A user's own nominations, of practices they can read; counted into practices by the trigger below.
ALTER TABLE practice_nominations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE practice_nominations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY practice_nominations_own ON practice_nominations FOR ALL
  USING ((select app_all()) OR user_id = (select app_user_id()))
  WITH CHECK ((select app_all()) OR (user_id = (select app_user_id())
    AND EXISTS (SELECT 1 FROM practices p WHERE p.id = practice_id AND p.status = 'published')));
--> statement-breakpoint
-- The count is kept by the owner: a nominator may not write the practice of another municipality.
CREATE FUNCTION practice_nominations_count() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public SET app."all" = 'on' AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE practices SET nominations = nominations + 1 WHERE id = NEW.practice_id;
  ELSE
    UPDATE practices SET nominations = nominations - 1 WHERE id = OLD.practice_id;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER practice_nominations_counted AFTER INSERT OR DELETE ON practice_nominations
  FOR EACH ROW EXECUTE FUNCTION practice_nominations_count();
--> statement-breakpoint
-- The practice of the week is public; the association that chooses it alone writes it.
ALTER TABLE practice_weeks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE practice_weeks FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY practice_weeks_read ON practice_weeks FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY practice_weeks_write ON practice_weeks FOR ALL
  USING ((select app_all()) OR ARRAY[body_id] <@ (select app_org_ids()))
  WITH CHECK ((select app_all()) OR ARRAY[body_id] <@ (select app_org_ids()));
