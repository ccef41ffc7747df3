CREATE TABLE "trained_people" (
	"country_code" text NOT NULL,
	"year" integer NOT NULL,
	"organisation_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"completions" integer NOT NULL,
	CONSTRAINT "trained_people_country_code_year_organisation_id_employee_id_pk" PRIMARY KEY("country_code","year","organisation_id","employee_id")
);
--> statement-breakpoint
CREATE TABLE "training_counts" (
	"country_code" text NOT NULL,
	"year" integer NOT NULL,
	"organisation_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "training_counts_country_code_year_organisation_id_dimension_key_pk" PRIMARY KEY("country_code","year","organisation_id","dimension","key")
);
--> statement-breakpoint
ALTER TABLE "training_sessions" ADD COLUMN "hours" numeric(6, 1) DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "trained_people" ADD CONSTRAINT "trained_people_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trained_people" ADD CONSTRAINT "trained_people_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_counts" ADD CONSTRAINT "training_counts_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_counts" ADD CONSTRAINT "training_counts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;