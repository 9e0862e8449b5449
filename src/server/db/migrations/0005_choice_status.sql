ALTER TABLE "cities" ADD COLUMN "choice_status" varchar(10);--> statement-breakpoint
ALTER TABLE "cities" ADD COLUMN "utilities" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "cities" ADD COLUMN "led_by_utility" varchar(255);--> statement-breakpoint
ALTER TABLE "cities" ADD COLUMN "inside_city_slug" varchar(100);--> statement-breakpoint
ALTER TABLE "zip_code_mappings" ADD COLUMN "choice_status" varchar(10);--> statement-breakpoint
ALTER TABLE "zip_code_mappings" ADD COLUMN "utilities" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "zip_code_mappings" ADD COLUMN "led_by_utility" varchar(255);--> statement-breakpoint
ALTER TABLE "zip_code_mappings" ADD COLUMN "inside_city_slug" varchar(100);--> statement-breakpoint
ALTER TABLE "cities" ADD CONSTRAINT "cities_choice_status_check" CHECK ("cities"."choice_status" IN ('choice', 'mixed', 'no-choice'));--> statement-breakpoint
ALTER TABLE "cities" ADD CONSTRAINT "cities_utilities_array_check" CHECK (jsonb_typeof("cities"."utilities") = 'array');--> statement-breakpoint
ALTER TABLE "zip_code_mappings" ADD CONSTRAINT "zip_code_mappings_choice_status_check" CHECK ("zip_code_mappings"."choice_status" IN ('choice', 'mixed', 'no-choice'));--> statement-breakpoint
ALTER TABLE "zip_code_mappings" ADD CONSTRAINT "zip_code_mappings_utilities_array_check" CHECK (jsonb_typeof("zip_code_mappings"."utilities") = 'array');