CREATE TABLE "data_sync_runs" (
	"id" serial PRIMARY KEY NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"status" varchar(20) DEFAULT 'running' NOT NULL,
	"source" text NOT NULL,
	"snapshot_date" date NOT NULL,
	"summary" jsonb,
	"error" text,
	CONSTRAINT "data_sync_runs_status_check" CHECK ("data_sync_runs"."status" IN ('running', 'succeeded', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "zip_code_mappings" ALTER COLUMN "tdsp_duns" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "cities" ADD COLUMN "other_tdsp_duns" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "cities" ADD COLUMN "utility_name" varchar(255);--> statement-breakpoint
ALTER TABLE "cities" ADD COLUMN "geonames_id" integer;--> statement-breakpoint
ALTER TABLE "electricity_plans" ADD COLUMN "cancellation_fee_per_month" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "electricity_plans" ADD COLUMN "cancellation_fee_text" text;--> statement-breakpoint
ALTER TABLE "electricity_plans" ADD COLUMN "fees_credits" text;--> statement-breakpoint
ALTER TABLE "electricity_plans" ADD COLUMN "special_terms" text;--> statement-breakpoint
ALTER TABLE "electricity_plans" ADD COLUMN "has_min_usage_fee" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "electricity_plans" ADD COLUMN "has_promotion" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "electricity_plans" ADD COLUMN "is_new_customer_only" boolean;--> statement-breakpoint
ALTER TABLE "electricity_plans" ADD COLUMN "language" varchar(10);--> statement-breakpoint
ALTER TABLE "electricity_plans" ADD COLUMN "efl_url" text;--> statement-breakpoint
ALTER TABLE "electricity_plans" ADD COLUMN "terms_url" text;--> statement-breakpoint
ALTER TABLE "electricity_plans" ADD COLUMN "yrac_url" text;--> statement-breakpoint
ALTER TABLE "electricity_plans" ADD COLUMN "enroll_url" text;--> statement-breakpoint
ALTER TABLE "electricity_plans" ADD COLUMN "enroll_phone" varchar(40);--> statement-breakpoint
ALTER TABLE "electricity_plans" ADD COLUMN "website_url" text;--> statement-breakpoint
ALTER TABLE "electricity_plans" ADD COLUMN "prepaid_url" text;--> statement-breakpoint
ALTER TABLE "electricity_plans" ADD COLUMN "alternate_external_ids" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "electricity_plans" ADD COLUMN "alternate_documents" jsonb;--> statement-breakpoint
ALTER TABLE "electricity_plans" ADD COLUMN "snapshot_date" date;--> statement-breakpoint
ALTER TABLE "providers" ADD COLUMN "slug" varchar(120);--> statement-breakpoint
ALTER TABLE "tdsp_territories" ADD COLUMN "code" varchar(20);--> statement-breakpoint
ALTER TABLE "zip_code_mappings" ADD COLUMN "other_tdsp_duns" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "zip_code_mappings" ADD COLUMN "utility_name" varchar(255);--> statement-breakpoint
ALTER TABLE "zip_code_mappings" ADD COLUMN "utility_type" varchar(20) DEFAULT 'unknown' NOT NULL;--> statement-breakpoint
CREATE INDEX "idx_sync_runs_finished" ON "data_sync_runs" USING btree ("finished_at") WHERE status = 'succeeded';--> statement-breakpoint
ALTER TABLE "providers" ADD CONSTRAINT "providers_slug_unique" UNIQUE("slug");--> statement-breakpoint
ALTER TABLE "tdsp_territories" ADD CONSTRAINT "tdsp_territories_code_unique" UNIQUE("code");--> statement-breakpoint
ALTER TABLE "zip_code_mappings" ADD CONSTRAINT "zip_code_mappings_utility_type_check" CHECK ("zip_code_mappings"."utility_type" IN ('tdsp', 'municipal', 'cooperative', 'unknown'));