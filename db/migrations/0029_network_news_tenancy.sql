GRANT SELECT, INSERT, UPDATE, DELETE ON posts, bulletin_subscriptions, bulletins, spent_challenges, directory_cards, notifications, notification_settings TO kadar_app;
--> statement-breakpoint
-- A published post is read by its audience (a post for chosen municipalities by those only); drafts by the publisher.
ALTER TABLE posts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE posts FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY posts_read ON posts FOR SELECT
  USING ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids())
    OR (status = 'published' AND (audience <> 'organisations' OR audience_ids && (select app_org_ids()))));
--> statement-breakpoint
CREATE POLICY posts_write ON posts FOR ALL
  USING ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()))
  WITH CHECK ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()));
--> statement-breakpoint
-- Subscribers' addresses: the system (anonymous subscribing, sending) and a signed-in user's own.
ALTER TABLE bulletin_subscriptions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE bulletin_subscriptions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY bulletin_subscriptions_own ON bulletin_subscriptions FOR ALL
  USING ((select app_all()) OR user_id = (select app_user_id()))
  WITH CHECK ((select app_all()) OR user_id = (select app_user_id()));
--> statement-breakpoint
ALTER TABLE bulletins ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE bulletins FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY bulletins_body ON bulletins FOR ALL
  USING ((select app_all()) OR ARRAY[body_id] <@ (select app_org_ids()))
  WITH CHECK ((select app_all()) OR ARRAY[body_id] <@ (select app_org_ids()));
--> statement-breakpoint
ALTER TABLE spent_challenges ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE spent_challenges FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY spent_challenges_system ON spent_challenges FOR ALL
  USING ((select app_all())) WITH CHECK ((select app_all()));
--> statement-breakpoint
-- A card is read while listed; written only by its owner.
ALTER TABLE directory_cards ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE directory_cards FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY directory_cards_read ON directory_cards FOR SELECT
  USING (listed OR (select app_all()) OR user_id = (select app_user_id()));
--> statement-breakpoint
CREATE POLICY directory_cards_write ON directory_cards FOR ALL
  USING ((select app_all()) OR user_id = (select app_user_id()))
  WITH CHECK ((select app_all()) OR user_id = (select app_user_id()));
--> statement-breakpoint
-- A user reads and marks their own notifications; whoever causes an event may notify others of it.
ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE notifications FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY notifications_insert ON notifications FOR INSERT WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY notifications_own ON notifications FOR SELECT
  USING ((select app_all()) OR user_id = (select app_user_id()));
--> statement-breakpoint
CREATE POLICY notifications_own_update ON notifications FOR UPDATE
  USING ((select app_all()) OR user_id = (select app_user_id()))
  WITH CHECK ((select app_all()) OR user_id = (select app_user_id()));
--> statement-breakpoint
CREATE POLICY notifications_own_delete ON notifications FOR DELETE
  USING ((select app_all()) OR user_id = (select app_user_id()));
--> statement-breakpoint
-- Channels are read when anyone's action notifies the user; only the user changes them.
ALTER TABLE notification_settings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE notification_settings FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY notification_settings_read ON notification_settings FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY notification_settings_write ON notification_settings FOR INSERT
  WITH CHECK ((select app_all()) OR user_id = (select app_user_id()));
--> statement-breakpoint
CREATE POLICY notification_settings_update ON notification_settings FOR UPDATE
  USING ((select app_all()) OR user_id = (select app_user_id()))
  WITH CHECK ((select app_all()) OR user_id = (select app_user_id()));
