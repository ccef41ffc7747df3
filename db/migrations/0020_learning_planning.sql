CREATE TABLE "annual_programme_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"annual_programme_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"programme_id" uuid,
	"title" jsonb,
	"part" text NOT NULL,
	"mode" text NOT NULL,
	"target_group" text DEFAULT 'all' NOT NULL,
	"quarter" integer NOT NULL,
	"planned_sessions" integer NOT NULL,
	"planned_participants" integer NOT NULL,
	"budget" numeric(14, 2) DEFAULT 0 NOT NULL,
	"funding_source" text DEFAULT '' NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"need_key" text,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "annual_programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"country_code" text NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"sent_for_opinion_on" date,
	"opinion" text,
	"opinion_on" date,
	"adopted_on" date,
	"adoption_act" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "development_plan_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"competency_id" uuid,
	"programme_id" uuid,
	"quarter" integer,
	"status" text DEFAULT 'planned' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "development_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"agreed_by" uuid,
	"agreed_by_name" text,
	"agreed_at" timestamp with time zone,
	"employee_comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_targets" (
	"country_code" text NOT NULL,
	"year" integer NOT NULL,
	"mode" text NOT NULL,
	"trained" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learning_targets_country_code_year_mode_pk" PRIMARY KEY("country_code","year","mode")
);
--> statement-breakpoint
CREATE TABLE "needs_analyses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"survey_opens_on" date,
	"survey_closes_on" date,
	"survey_invited" integer DEFAULT 0 NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "needs_survey_answers" (
	"analysis_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"topic_areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"competency_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"priority" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"for_unit" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "needs_survey_answers_analysis_id_user_id_pk" PRIMARY KEY("analysis_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "needs_triggers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"analysis_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"topic_area" text,
	"competency_id" uuid,
	"people" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "annual_programme_items" ADD CONSTRAINT "annual_programme_items_annual_programme_id_annual_programmes_id_fk" FOREIGN KEY ("annual_programme_id") REFERENCES "public"."annual_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_programme_items" ADD CONSTRAINT "annual_programme_items_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_programme_items" ADD CONSTRAINT "annual_programme_items_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_programmes" ADD CONSTRAINT "annual_programmes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_programmes" ADD CONSTRAINT "annual_programmes_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plan_items" ADD CONSTRAINT "development_plan_items_plan_id_development_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."development_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plan_items" ADD CONSTRAINT "development_plan_items_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plan_items" ADD CONSTRAINT "development_plan_items_competency_id_competencies_id_fk" FOREIGN KEY ("competency_id") REFERENCES "public"."competencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plan_items" ADD CONSTRAINT "development_plan_items_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plans" ADD CONSTRAINT "development_plans_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plans" ADD CONSTRAINT "development_plans_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plans" ADD CONSTRAINT "development_plans_agreed_by_users_id_fk" FOREIGN KEY ("agreed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_targets" ADD CONSTRAINT "learning_targets_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_analyses" ADD CONSTRAINT "needs_analyses_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_survey_answers" ADD CONSTRAINT "needs_survey_answers_analysis_id_needs_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."needs_analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_survey_answers" ADD CONSTRAINT "needs_survey_answers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_survey_answers" ADD CONSTRAINT "needs_survey_answers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_triggers" ADD CONSTRAINT "needs_triggers_analysis_id_needs_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."needs_analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_triggers" ADD CONSTRAINT "needs_triggers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_triggers" ADD CONSTRAINT "needs_triggers_competency_id_competencies_id_fk" FOREIGN KEY ("competency_id") REFERENCES "public"."competencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "annual_programme_items_plan_idx" ON "annual_programme_items" USING btree ("annual_programme_id","sort_order");--> statement-breakpoint
CREATE UNIQUE INDEX "annual_programmes_org_year_idx" ON "annual_programmes" USING btree ("organisation_id","year","kind");--> statement-breakpoint
CREATE INDEX "development_plan_items_plan_idx" ON "development_plan_items" USING btree ("plan_id","sort_order");--> statement-breakpoint
CREATE UNIQUE INDEX "development_plans_employee_year_idx" ON "development_plans" USING btree ("employee_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "needs_analyses_org_year_idx" ON "needs_analyses" USING btree ("organisation_id","year");