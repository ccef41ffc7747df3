CREATE TABLE "hr_plan_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"org_unit_id" uuid,
	"category" text NOT NULL,
	"title_code" text NOT NULL,
	"positions" integer DEFAULT 0 NOT NULL,
	"current_permanent" integer DEFAULT 0 NOT NULL,
	"current_fixed_term" integer DEFAULT 0 NOT NULL,
	"planned_permanent" integer DEFAULT 0 NOT NULL,
	"planned_fixed_term" integer DEFAULT 0 NOT NULL,
	"planned_trainees" integer DEFAULT 0 NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "hr_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"systematisation_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"act_number" text,
	"notes" text,
	"adopted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "correction_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"requested_by" uuid,
	"field" text NOT NULL,
	"proposed" text NOT NULL,
	"message" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hr_plan_lines" ADD CONSTRAINT "hr_plan_lines_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_plan_lines" ADD CONSTRAINT "hr_plan_lines_plan_id_hr_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."hr_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_plan_lines" ADD CONSTRAINT "hr_plan_lines_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_plans" ADD CONSTRAINT "hr_plans_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_plans" ADD CONSTRAINT "hr_plans_systematisation_id_systematisations_id_fk" FOREIGN KEY ("systematisation_id") REFERENCES "public"."systematisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correction_requests" ADD CONSTRAINT "correction_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correction_requests" ADD CONSTRAINT "correction_requests_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correction_requests" ADD CONSTRAINT "correction_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correction_requests" ADD CONSTRAINT "correction_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hr_plan_lines_plan_idx" ON "hr_plan_lines" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "hr_plans_org_year_idx" ON "hr_plans" USING btree ("organisation_id","year");--> statement-breakpoint
CREATE INDEX "correction_requests_org_idx" ON "correction_requests" USING btree ("organisation_id","status","created_at");--> statement-breakpoint
CREATE INDEX "correction_requests_employee_idx" ON "correction_requests" USING btree ("employee_id");