DROP INDEX "idx_plans_external_id";--> statement-breakpoint
CREATE UNIQUE INDEX "idx_plans_external_id" ON "electricity_plans" USING btree ("external_id") WHERE is_active;