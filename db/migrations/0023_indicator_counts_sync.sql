-- The indicators' running counts (server/modules/learning/indicator-counts.tables.ts). Counting a
-- country's year from its enrolments and session days reads about a million rows (measured 0.8-2.4 s
-- on PostgreSQL), so statement-level triggers keep the counts as places complete or stop being
-- complete, as participants rate trainers and as days change. The application only reads the
-- counts: kadar_app gets SELECT. The trigger functions run as the owner (SECURITY DEFINER) with
-- app.all on, so they read the changed rows' sessions and write the counts whoever changed them.
GRANT SELECT ON training_counts, trained_people TO kadar_app;
--> statement-breakpoint
ALTER TABLE training_counts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE training_counts FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY training_counts_write ON training_counts FOR ALL USING ((select app_all())) WITH CHECK ((select app_all()));
--> statement-breakpoint
CREATE POLICY training_counts_read ON training_counts FOR SELECT
  USING ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()));
--> statement-breakpoint
ALTER TABLE trained_people ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE trained_people FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY trained_people_write ON trained_people FOR ALL USING ((select app_all())) WITH CHECK ((select app_all()));
--> statement-breakpoint
CREATE POLICY trained_people_read ON trained_people FOR SELECT
  USING ((select app_all()) OR ARRAY[organisation_id] <@ (select app_org_ids()));
--> statement-breakpoint
-- Adds changed places to the counts: `delta` 1 for a place that became complete, -1 for one that
-- stopped being. The session decides the country, the year (its last day), month, mode and topic.
CREATE FUNCTION count_completions(changes jsonb) RETURNS void LANGUAGE sql AS $$
  WITH c AS (
    SELECT s.country_code, extract(year FROM s.last_day)::int AS year, x.organisation_id,
      x.employee_id, x.delta,
      ARRAY[
        ARRAY['mode', CASE WHEN s.restricted_to_id IS NOT NULL THEN 'on_request' ELSE s.mode END],
        ARRAY['month', extract(month FROM s.last_day)::int::text],
        ARRAY['topic', p.topic_area],
        ARRAY['gender', x.gender]] AS cells
    FROM jsonb_to_recordset(changes)
      AS x(session_id uuid, organisation_id uuid, employee_id uuid, gender text, delta int)
    JOIN training_sessions s ON s.id = x.session_id
    JOIN programmes p ON p.id = s.programme_id
  ), per_cell AS (
    INSERT INTO training_counts AS t (country_code, year, organisation_id, dimension, key, count)
    SELECT c.country_code, c.year, c.organisation_id, c.cells[i][1], c.cells[i][2], sum(c.delta)
    FROM c, generate_subscripts(c.cells, 1) AS i
    GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT (country_code, year, organisation_id, dimension, key)
      DO UPDATE SET count = t.count + excluded.count
  )
  INSERT INTO trained_people AS t (country_code, year, organisation_id, employee_id, completions)
  SELECT country_code, year, organisation_id, employee_id, sum(delta) FROM c GROUP BY 1, 2, 3, 4
  ON CONFLICT (country_code, year, organisation_id, employee_id)
    DO UPDATE SET completions = t.completions + excluded.completions
$$;
--> statement-breakpoint
CREATE FUNCTION enrolments_count_completions() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public SET app."all" = 'on' AS $$
BEGIN
  -- A transition table exists only for its own event: each branch reads the one it has.
  IF TG_OP <> 'INSERT' THEN
    PERFORM count_completions((SELECT jsonb_agg(jsonb_build_object('session_id', session_id,
      'organisation_id', organisation_id, 'employee_id', employee_id,
      'gender', coalesce(gender, 'unknown'), 'delta', -1)) FROM old_rows WHERE status = 'completed'));
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM count_completions((SELECT jsonb_agg(jsonb_build_object('session_id', session_id,
      'organisation_id', organisation_id, 'employee_id', employee_id,
      'gender', coalesce(gender, 'unknown'), 'delta', 1)) FROM new_rows WHERE status = 'completed'));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER enrolments_completions_insert AFTER INSERT ON enrolments
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION enrolments_count_completions();
--> statement-breakpoint
CREATE TRIGGER enrolments_completions_update AFTER UPDATE ON enrolments
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enrolments_count_completions();
--> statement-breakpoint
CREATE TRIGGER enrolments_completions_delete AFTER DELETE ON enrolments
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION enrolments_count_completions();
--> statement-breakpoint
-- People: someone counts once per municipality and year however many trainings they completed,
-- so `people` moves only when a person's completions go from none to some or back.
CREATE FUNCTION trained_people_count() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public SET app."all" = 'on' AS $$
DECLARE
  delta int := (NEW.completions > 0)::int - coalesce((OLD.completions > 0)::int, 0);
BEGIN
  IF delta <> 0 THEN
    INSERT INTO training_counts AS t (country_code, year, organisation_id, dimension, key, count)
    VALUES (NEW.country_code, NEW.year, NEW.organisation_id, 'people', '', delta)
    ON CONFLICT (country_code, year, organisation_id, dimension, key)
      DO UPDATE SET count = t.count + excluded.count;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER trained_people_counted AFTER INSERT OR UPDATE ON trained_people
  FOR EACH ROW EXECUTE FUNCTION trained_people_count();
--> statement-breakpoint
-- Participants' ratings of the trainers, counted per rating (1-5) so that a mean can be taken.
CREATE FUNCTION count_trainer_ratings(changes jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO training_counts AS t (country_code, year, organisation_id, dimension, key, count)
  SELECT s.country_code, extract(year FROM s.last_day)::int, x.organisation_id, 'trainer_rating',
    x.rating, sum(x.delta)
  FROM jsonb_to_recordset(changes) AS x(session_id uuid, organisation_id uuid, rating text, delta int)
  JOIN training_sessions s ON s.id = x.session_id
  GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (country_code, year, organisation_id, dimension, key)
    DO UPDATE SET count = t.count + excluded.count
$$;
--> statement-breakpoint
CREATE FUNCTION evaluations_count_trainer_ratings() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public SET app."all" = 'on' AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM count_trainer_ratings((SELECT jsonb_agg(jsonb_build_object('session_id', session_id,
      'organisation_id', organisation_id, 'rating', ratings->>'trainer', 'delta', -1))
      FROM old_rows WHERE source = 'participant' AND ratings ? 'trainer' AND organisation_id IS NOT NULL));
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM count_trainer_ratings((SELECT jsonb_agg(jsonb_build_object('session_id', session_id,
      'organisation_id', organisation_id, 'rating', ratings->>'trainer', 'delta', 1))
      FROM new_rows WHERE source = 'participant' AND ratings ? 'trainer' AND organisation_id IS NOT NULL));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER evaluations_ratings_insert AFTER INSERT ON evaluations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION evaluations_count_trainer_ratings();
--> statement-breakpoint
CREATE TRIGGER evaluations_ratings_update AFTER UPDATE ON evaluations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION evaluations_count_trainer_ratings();
--> statement-breakpoint
CREATE TRIGGER evaluations_ratings_delete AFTER DELETE ON evaluations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION evaluations_count_trainer_ratings();
--> statement-breakpoint
-- A session's hours: its days added up again whenever one of them changes.
CREATE FUNCTION count_session_hours(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE training_sessions s SET hours = coalesce((
    SELECT round(sum(extract(epoch FROM (d.ends_at::time - d.starts_at::time)) / 3600)::numeric, 1)
    FROM session_days d WHERE d.session_id = s.id), 0)
  WHERE s.id = ANY (ids)
$$;
--> statement-breakpoint
CREATE FUNCTION session_days_count_hours() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public SET app."all" = 'on' AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM count_session_hours((SELECT array_agg(DISTINCT session_id) FROM old_rows));
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM count_session_hours((SELECT array_agg(DISTINCT session_id) FROM new_rows));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER session_days_hours_insert AFTER INSERT ON session_days
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION session_days_count_hours();
--> statement-breakpoint
CREATE TRIGGER session_days_hours_update AFTER UPDATE ON session_days
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION session_days_count_hours();
--> statement-breakpoint
CREATE TRIGGER session_days_hours_delete AFTER DELETE ON session_days
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION session_days_count_hours();
--> statement-breakpoint
-- Nobody calls the counting functions but the triggers.
REVOKE EXECUTE ON FUNCTION count_completions(jsonb), count_trainer_ratings(jsonb),
  count_session_hours(uuid[]), enrolments_count_completions(), evaluations_count_trainer_ratings(),
  session_days_count_hours(), trained_people_count() FROM PUBLIC;
--> statement-breakpoint
-- What was recorded before the counts existed, read past row-level security.
SELECT set_config('app.all', 'on', true);
--> statement-breakpoint
UPDATE training_sessions s SET hours = d.hours
FROM (SELECT session_id, round(sum(extract(epoch FROM (ends_at::time - starts_at::time)) / 3600)::numeric, 1) AS hours
  FROM session_days GROUP BY session_id) d
WHERE d.session_id = s.id;
--> statement-breakpoint
INSERT INTO training_counts (country_code, year, organisation_id, dimension, key, count)
SELECT s.country_code, extract(year FROM s.last_day)::int, e.organisation_id, cell.dimension, cell.key, count(*)
FROM enrolments e
JOIN training_sessions s ON s.id = e.session_id
JOIN programmes p ON p.id = s.programme_id
CROSS JOIN LATERAL (VALUES
  ('mode', CASE WHEN s.restricted_to_id IS NOT NULL THEN 'on_request' ELSE s.mode END),
  ('month', extract(month FROM s.last_day)::int::text),
  ('topic', p.topic_area),
  ('gender', coalesce(e.gender, 'unknown'))) AS cell(dimension, key)
WHERE e.status = 'completed'
GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
INSERT INTO trained_people (country_code, year, organisation_id, employee_id, completions)
SELECT s.country_code, extract(year FROM s.last_day)::int, e.organisation_id, e.employee_id, count(*)
FROM enrolments e JOIN training_sessions s ON s.id = e.session_id
WHERE e.status = 'completed' GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
INSERT INTO training_counts (country_code, year, organisation_id, dimension, key, count)
SELECT s.country_code, extract(year FROM s.last_day)::int, v.organisation_id, 'trainer_rating',
  v.ratings->>'trainer', count(*)
FROM evaluations v JOIN training_sessions s ON s.id = v.session_id
WHERE v.source = 'participant' AND v.ratings ? 'trainer' AND v.organisation_id IS NOT NULL
GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
SELECT set_config('app.all', '', true);
