CREATE TABLE "employees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"given_name_latin" text NOT NULL,
	"family_name_latin" text NOT NULL,
	"sort_name" text NOT NULL,
	"sort_name_latin" text NOT NULL,
	"national_id" text NOT NULL,
	"birth_date" date,
	"gender" text,
	"email" text,
	"phone" text,
	"address" text,
	"education" jsonb NOT NULL,
	"exams" jsonb NOT NULL,
	"languages" jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"left_on" date,
	"leave_reason" text,
	"org_unit_id" uuid,
	"position_id" uuid,
	"category" text,
	"title_code" text,
	"contract_type" text,
	"hired_on" date,
	"search" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"position_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"category" text NOT NULL,
	"title_code" text NOT NULL,
	"contract_type" text NOT NULL,
	"working_time" integer DEFAULT 100 NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"act_number" text,
	"act_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"systematisation_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"source_id" uuid,
	"code" text,
	"name" text NOT NULL,
	"name_latin" text NOT NULL,
	"category" text NOT NULL,
	"title_code" text NOT NULL,
	"executors" integer DEFAULT 1 NOT NULL,
	"description" text,
	"required_education" text,
	"required_competencies" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"search" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "systematisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"number" text NOT NULL,
	"act_date" date,
	"valid_from" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"notes" text,
	"adopted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_systematisation_id_systematisations_id_fk" FOREIGN KEY ("systematisation_id") REFERENCES "public"."systematisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "systematisations" ADD CONSTRAINT "systematisations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "employees_national_id_idx" ON "employees" USING btree ("organisation_id","national_id");--> statement-breakpoint
CREATE INDEX "employees_user_idx" ON "employees" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "employees_unit_idx" ON "employees" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "employees_search_idx" ON "employees" USING gin ("search" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "employments_employee_idx" ON "employments" USING btree ("employee_id","starts_on");--> statement-breakpoint
CREATE INDEX "employments_position_idx" ON "employments" USING btree ("position_id");--> statement-breakpoint
CREATE INDEX "positions_version_idx" ON "positions" USING btree ("systematisation_id","org_unit_id");--> statement-breakpoint
CREATE INDEX "positions_org_idx" ON "positions" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "systematisations_org_idx" ON "systematisations" USING btree ("organisation_id","status");