CREATE TABLE "cache_entries" (
	"key" varchar(255) PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"cache_type" varchar(50) NOT NULL,
	"tags" text[],
	"hit_count" integer DEFAULT 0,
	"created_at" timestamp with time zone DEFAULT now(),
	"last_accessed" timestamp with time zone DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE "cities" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" varchar(255) NOT NULL,
	"slug" varchar(100) NOT NULL,
	"state" varchar(2) DEFAULT 'TX',
	"county" varchar(100),
	"latitude" numeric(10, 8),
	"longitude" numeric(11, 8),
	"timezone" varchar(50) DEFAULT 'America/Chicago',
	"population" integer,
	"median_income" integer,
	"median_home_value" integer,
	"tdsp_duns" varchar(20),
	"is_deregulated" boolean DEFAULT true,
	"zip_codes" text[],
	"active_plans_count" integer DEFAULT 0,
	"provider_count" integer DEFAULT 0,
	"avg_rate_1000_kwh" numeric(6, 4),
	"lowest_rate_1000_kwh" numeric(6, 4),
	"meta_title" varchar(255),
	"meta_description" text,
	"content_summary" text,
	"is_active" boolean DEFAULT true,
	"created_at" timestamp with time zone DEFAULT now(),
	"updated_at" timestamp with time zone DEFAULT now(),
	"last_plan_sync" timestamp with time zone,
	CONSTRAINT "cities_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "electricity_plans" (
	"id" varchar(24) PRIMARY KEY NOT NULL,
	"external_id" varchar(50) NOT NULL,
	"provider_id" integer NOT NULL,
	"tdsp_duns" varchar(20) NOT NULL,
	"name" varchar(255) NOT NULL,
	"family" varchar(100),
	"headline" text,
	"description" text,
	"term_months" integer NOT NULL,
	"rate_type" varchar(20) NOT NULL,
	"rate_500_kwh" numeric(6, 4),
	"rate_1000_kwh" numeric(6, 4) NOT NULL,
	"rate_2000_kwh" numeric(6, 4),
	"monthly_fee" numeric(8, 2) DEFAULT '0',
	"cancellation_fee" numeric(8, 2) DEFAULT '0',
	"percent_green" integer DEFAULT 0,
	"is_pre_pay" boolean DEFAULT false,
	"is_time_of_use" boolean DEFAULT false,
	"requires_auto_pay" boolean DEFAULT false,
	"requires_deposit" boolean DEFAULT false,
	"is_active" boolean DEFAULT true,
	"city_slugs" text[],
	"zip_codes" text[],
	"created_at" timestamp with time zone DEFAULT now(),
	"updated_at" timestamp with time zone DEFAULT now(),
	"last_synced_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "electricity_plans_rate_type_check" CHECK ("electricity_plans"."rate_type" IN ('fixed', 'variable', 'indexed'))
);
--> statement-breakpoint
CREATE TABLE "plan_features" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" varchar(24) NOT NULL,
	"feature_type" varchar(50) NOT NULL,
	"feature_name" varchar(100) NOT NULL,
	"feature_value" text,
	"display_name" varchar(255),
	"display_order" integer DEFAULT 0,
	"is_highlighted" boolean DEFAULT false,
	"created_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "plan_features_plan_type_name_unique" UNIQUE("plan_id","feature_type","feature_name")
);
--> statement-breakpoint
CREATE TABLE "plan_pricing_history" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" varchar(24) NOT NULL,
	"rate_500_kwh" numeric(6, 4),
	"rate_1000_kwh" numeric(6, 4),
	"rate_2000_kwh" numeric(6, 4),
	"monthly_fee" numeric(8, 2),
	"snapshot_date" date NOT NULL,
	"data_source" varchar(50),
	"changed_fields" text[],
	"previous_rate_1000_kwh" numeric(6, 4),
	"created_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "idx_pricing_history_plan_date" UNIQUE("plan_id","snapshot_date")
);
--> statement-breakpoint
CREATE TABLE "providers" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" varchar(255) NOT NULL,
	"legal_name" varchar(255),
	"display_name" varchar(255),
	"puct_number" varchar(20),
	"logo_filename" varchar(255),
	"logo_url" text,
	"website_url" text,
	"contact_phone" varchar(20),
	"contact_email" varchar(255),
	"support_phone" varchar(20),
	"support_email" varchar(255),
	"support_address" text,
	"rating" numeric(3, 2),
	"review_count" integer DEFAULT 0,
	"plans_count" integer DEFAULT 0,
	"active_plans_count" integer DEFAULT 0,
	"license_status" varchar(20) DEFAULT 'active',
	"service_territories" text[],
	"is_active" boolean DEFAULT true,
	"created_at" timestamp with time zone DEFAULT now(),
	"updated_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "providers_name_unique" UNIQUE("name"),
	CONSTRAINT "idx_providers_puct" UNIQUE("puct_number")
);
--> statement-breakpoint
CREATE TABLE "tdsp_territories" (
	"id" serial PRIMARY KEY NOT NULL,
	"duns" varchar(20) NOT NULL,
	"name" varchar(255) NOT NULL,
	"abbreviation" varchar(10),
	"service_region" varchar(100),
	"primary_cities" text[],
	"zip_code_patterns" text[],
	"delivery_charge_structure" jsonb,
	"base_connection_fee" numeric(8, 2),
	"website_url" text,
	"customer_service_phone" varchar(20),
	"emergency_outage_phone" varchar(20),
	"regulatory_contact" text,
	"cities_served_count" integer DEFAULT 0,
	"zip_codes_served_count" integer DEFAULT 0,
	"is_active" boolean DEFAULT true,
	"created_at" timestamp with time zone DEFAULT now(),
	"updated_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "tdsp_territories_duns_unique" UNIQUE("duns")
);
--> statement-breakpoint
CREATE TABLE "user_interactions" (
	"id" serial PRIMARY KEY NOT NULL,
	"session_id" varchar(255),
	"user_id" varchar(255),
	"event_type" varchar(100) NOT NULL,
	"event_data" jsonb,
	"page_url" text,
	"referrer_url" text,
	"user_agent" text,
	"ip_address" "inet",
	"zip_code" varchar(5),
	"city_slug" varchar(100),
	"created_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "user_interactions_ip_truncated_check" CHECK ("user_interactions"."ip_address" IS NULL OR (
        "user_interactions"."ip_address" = network("user_interactions"."ip_address")::inet
        AND masklen("user_interactions"."ip_address") <= CASE family("user_interactions"."ip_address") WHEN 4 THEN 24 ELSE 48 END
      ))
);
--> statement-breakpoint
CREATE TABLE "zip_code_mappings" (
	"zip_code" varchar(5) PRIMARY KEY NOT NULL,
	"city_id" integer NOT NULL,
	"tdsp_duns" varchar(20) NOT NULL,
	"is_deregulated" boolean DEFAULT true,
	"market_type" varchar(20) DEFAULT 'residential',
	"active_plans_count" integer DEFAULT 0,
	"last_plan_count_update" timestamp with time zone,
	"primary_city_name" varchar(255),
	"county" varchar(100),
	"state" varchar(2) DEFAULT 'TX',
	"usps_validated" boolean DEFAULT false,
	"ercot_validated" boolean DEFAULT false,
	"created_at" timestamp with time zone DEFAULT now(),
	"updated_at" timestamp with time zone DEFAULT now()
);
--> statement-breakpoint
ALTER TABLE "cities" ADD CONSTRAINT "cities_tdsp_duns_tdsp_territories_duns_fk" FOREIGN KEY ("tdsp_duns") REFERENCES "public"."tdsp_territories"("duns") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electricity_plans" ADD CONSTRAINT "electricity_plans_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electricity_plans" ADD CONSTRAINT "electricity_plans_tdsp_duns_tdsp_territories_duns_fk" FOREIGN KEY ("tdsp_duns") REFERENCES "public"."tdsp_territories"("duns") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_features" ADD CONSTRAINT "plan_features_plan_id_electricity_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."electricity_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_pricing_history" ADD CONSTRAINT "plan_pricing_history_plan_id_electricity_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."electricity_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zip_code_mappings" ADD CONSTRAINT "zip_code_mappings_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zip_code_mappings" ADD CONSTRAINT "zip_code_mappings_tdsp_duns_tdsp_territories_duns_fk" FOREIGN KEY ("tdsp_duns") REFERENCES "public"."tdsp_territories"("duns") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_cache_expires" ON "cache_entries" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "idx_cache_type" ON "cache_entries" USING btree ("cache_type");--> statement-breakpoint
CREATE INDEX "idx_cache_tags" ON "cache_entries" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "idx_cache_accessed" ON "cache_entries" USING btree ("last_accessed");--> statement-breakpoint
CREATE INDEX "idx_cities_state" ON "cities" USING btree ("state");--> statement-breakpoint
CREATE INDEX "idx_cities_tdsp" ON "cities" USING btree ("tdsp_duns");--> statement-breakpoint
CREATE INDEX "idx_cities_active" ON "cities" USING btree ("is_active") WHERE is_active;--> statement-breakpoint
CREATE INDEX "idx_cities_zip_codes" ON "cities" USING gin ("zip_codes");--> statement-breakpoint
CREATE INDEX "idx_cities_population" ON "cities" USING btree ("population") WHERE population IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "idx_plans_external_id" ON "electricity_plans" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "idx_plans_provider_city" ON "electricity_plans" USING gin ("provider_id","city_slugs");--> statement-breakpoint
CREATE INDEX "idx_plans_rate_type" ON "electricity_plans" USING btree ("rate_type");--> statement-breakpoint
CREATE INDEX "idx_plans_term" ON "electricity_plans" USING btree ("term_months");--> statement-breakpoint
CREATE INDEX "idx_plans_active" ON "electricity_plans" USING btree ("is_active") WHERE is_active;--> statement-breakpoint
CREATE INDEX "idx_plans_tdsp" ON "electricity_plans" USING btree ("tdsp_duns");--> statement-breakpoint
CREATE INDEX "idx_plans_green" ON "electricity_plans" USING btree ("percent_green") WHERE percent_green > 0;--> statement-breakpoint
CREATE INDEX "idx_plans_city_lookup" ON "electricity_plans" USING btree ("provider_id","is_active","rate_1000_kwh") WHERE is_active;--> statement-breakpoint
CREATE INDEX "idx_plans_active_filtered" ON "electricity_plans" USING btree ("rate_type","term_months","rate_1000_kwh") WHERE is_active;--> statement-breakpoint
CREATE INDEX "idx_plans_city_slugs_gin" ON "electricity_plans" USING gin ("city_slugs");--> statement-breakpoint
CREATE INDEX "idx_features_plan" ON "plan_features" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "idx_features_type" ON "plan_features" USING btree ("feature_type");--> statement-breakpoint
CREATE INDEX "idx_features_name" ON "plan_features" USING btree ("feature_name");--> statement-breakpoint
CREATE INDEX "idx_pricing_history_date" ON "plan_pricing_history" USING btree ("snapshot_date");--> statement-breakpoint
CREATE INDEX "idx_providers_active" ON "providers" USING btree ("is_active") WHERE is_active;--> statement-breakpoint
CREATE INDEX "idx_providers_rating" ON "providers" USING btree ("rating") WHERE rating IS NOT NULL;--> statement-breakpoint
CREATE INDEX "idx_tdsp_active" ON "tdsp_territories" USING btree ("is_active") WHERE is_active;--> statement-breakpoint
CREATE INDEX "idx_tdsp_zip_patterns" ON "tdsp_territories" USING gin ("zip_code_patterns");--> statement-breakpoint
CREATE INDEX "idx_interactions_session" ON "user_interactions" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "idx_interactions_event_type" ON "user_interactions" USING btree ("event_type");--> statement-breakpoint
CREATE INDEX "idx_interactions_zip" ON "user_interactions" USING btree ("zip_code");--> statement-breakpoint
CREATE INDEX "idx_interactions_date" ON "user_interactions" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "idx_interactions_event_data" ON "user_interactions" USING gin ("event_data");--> statement-breakpoint
CREATE INDEX "idx_zip_city" ON "zip_code_mappings" USING btree ("city_id");--> statement-breakpoint
CREATE INDEX "idx_zip_tdsp" ON "zip_code_mappings" USING btree ("tdsp_duns");--> statement-breakpoint
CREATE INDEX "idx_zip_deregulated" ON "zip_code_mappings" USING btree ("is_deregulated") WHERE is_deregulated;--> statement-breakpoint
CREATE INDEX "idx_zip_plans_count" ON "zip_code_mappings" USING btree ("active_plans_count") WHERE active_plans_count > 0;