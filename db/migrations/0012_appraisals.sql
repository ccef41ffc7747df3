CREATE TABLE "appraisal_competencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"appraisal_id" uuid NOT NULL,
	"competency_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"name_latin" text NOT NULL,
	"name_en" text NOT NULL,
	"required_level" integer,
	"rating" integer,
	"comment" text
);
--> statement-breakpoint
CREATE TABLE "appraisal_cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"goals_due" date NOT NULL,
	"interim_due" date NOT NULL,
	"final_due" date NOT NULL,
	"rules" jsonb NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "appraisal_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"appraisal_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"description" text NOT NULL,
	"measure" text NOT NULL,
	"weight" integer NOT NULL,
	"due_on" date,
	"interim_note" text,
	"rating" integer,
	"comment" text
);
--> statement-breakpoint
CREATE TABLE "appraisals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text DEFAULT 'regular' NOT NULL,
	"extraordinary_of" uuid,
	"org_unit_id" uuid,
	"position_id" uuid,
	"category" text,
	"title_code" text,
	"group" text NOT NULL,
	"rater_user_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"due_on" date,
	"goals_proposed_at" timestamp with time zone,
	"goals_acknowledged_at" timestamp with time zone,
	"interim_at" timestamp with time zone,
	"interim_comment" text,
	"official_interim_comment" text,
	"rater_comment" text,
	"official_comment" text,
	"training_needs" text,
	"score" numeric(4, 2),
	"rated_grade" integer,
	"grade" integer,
	"rated_at" timestamp with time zone,
	"acknowledged_at" timestamp with time zone,
	"finalised_at" timestamp with time zone,
	"register_number" text,
	"register_sequence" integer,
	"decision_date" date,
	"appeal_deadline" date,
	"appeal_reason" text,
	"appealed_at" timestamp with time zone,
	"appeal_outcome" text,
	"appeal_grade" integer,
	"appeal_note" text,
	"appeal_decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"appraisal_id" uuid,
	"year" integer NOT NULL,
	"source" text NOT NULL,
	"competency_id" uuid,
	"required_level" integer,
	"rated_level" integer,
	"text" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_code" text NOT NULL,
	"organisation_id" uuid,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"name_latin" text NOT NULL,
	"name_en" text NOT NULL,
	"groups" jsonb NOT NULL,
	"indicators" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"levels" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"field" text,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appraisal_competencies" ADD CONSTRAINT "appraisal_competencies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal_competencies" ADD CONSTRAINT "appraisal_competencies_appraisal_id_appraisals_id_fk" FOREIGN KEY ("appraisal_id") REFERENCES "public"."appraisals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal_competencies" ADD CONSTRAINT "appraisal_competencies_competency_id_competencies_id_fk" FOREIGN KEY ("competency_id") REFERENCES "public"."competencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal_cycles" ADD CONSTRAINT "appraisal_cycles_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal_goals" ADD CONSTRAINT "appraisal_goals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal_goals" ADD CONSTRAINT "appraisal_goals_appraisal_id_appraisals_id_fk" FOREIGN KEY ("appraisal_id") REFERENCES "public"."appraisals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisals" ADD CONSTRAINT "appraisals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisals" ADD CONSTRAINT "appraisals_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisals" ADD CONSTRAINT "appraisals_cycle_id_appraisal_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."appraisal_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisals" ADD CONSTRAINT "appraisals_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisals" ADD CONSTRAINT "appraisals_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisals" ADD CONSTRAINT "appraisals_rater_user_id_users_id_fk" FOREIGN KEY ("rater_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_needs" ADD CONSTRAINT "training_needs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_needs" ADD CONSTRAINT "training_needs_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_needs" ADD CONSTRAINT "training_needs_appraisal_id_appraisals_id_fk" FOREIGN KEY ("appraisal_id") REFERENCES "public"."appraisals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_needs" ADD CONSTRAINT "training_needs_competency_id_competencies_id_fk" FOREIGN KEY ("competency_id") REFERENCES "public"."competencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competencies" ADD CONSTRAINT "competencies_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competencies" ADD CONSTRAINT "competencies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appraisal_competencies_appraisal_idx" ON "appraisal_competencies" USING btree ("appraisal_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "appraisal_cycles_org_year_idx" ON "appraisal_cycles" USING btree ("organisation_id","year");--> statement-breakpoint
CREATE INDEX "appraisal_goals_appraisal_idx" ON "appraisal_goals" USING btree ("appraisal_id","position");--> statement-breakpoint
CREATE INDEX "appraisals_cycle_idx" ON "appraisals" USING btree ("cycle_id","status");--> statement-breakpoint
CREATE INDEX "appraisals_employee_idx" ON "appraisals" USING btree ("employee_id","year");--> statement-breakpoint
CREATE INDEX "appraisals_rater_idx" ON "appraisals" USING btree ("rater_user_id");--> statement-breakpoint
CREATE INDEX "appraisals_org_year_idx" ON "appraisals" USING btree ("organisation_id","year","grade");--> statement-breakpoint
CREATE UNIQUE INDEX "appraisals_regular_idx" ON "appraisals" USING btree ("cycle_id","employee_id") WHERE kind = 'regular';--> statement-breakpoint
CREATE UNIQUE INDEX "appraisals_register_idx" ON "appraisals" USING btree ("organisation_id","register_number");--> statement-breakpoint
CREATE INDEX "training_needs_org_year_idx" ON "training_needs" USING btree ("organisation_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "competencies_code_idx" ON "competencies" USING btree ("country_code",coalesce("organisation_id", '00000000-0000-0000-0000-000000000000'::uuid),"code");--> statement-breakpoint
CREATE INDEX "competencies_org_idx" ON "competencies" USING btree ("organisation_id");