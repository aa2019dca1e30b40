CREATE TABLE "allocation_policies" (
	"version" integer PRIMARY KEY NOT NULL,
	"method" text NOT NULL,
	"weights" jsonb NOT NULL,
	"fit_threshold" double precision NOT NULL,
	"new_coop_boost" double precision NOT NULL,
	"entitlement" text NOT NULL,
	"fairness_window_days" integer NOT NULL,
	"fairness_measure" text NOT NULL,
	"mandatory_profiles" boolean NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"actor" text NOT NULL,
	"key" text NOT NULL,
	"route" text NOT NULL,
	"status" integer DEFAULT 0 NOT NULL,
	"response" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_actor_key_pk" PRIMARY KEY("actor","key")
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"coop_id" uuid NOT NULL,
	"lead_id" uuid NOT NULL,
	"team_id" uuid,
	"outcome_id" uuid,
	"kind" text NOT NULL,
	"share" numeric(7, 6) NOT NULL,
	"person_days" numeric(14, 2) NOT NULL,
	"value" numeric(14, 2),
	"currency" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" text
);
--> statement-breakpoint
CREATE TABLE "recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lead_id" uuid NOT NULL,
	"policy_version" integer NOT NULL,
	"seed" text NOT NULL,
	"inputs" jsonb NOT NULL,
	"output" jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "current_votes" (
	"decision_id" uuid NOT NULL,
	"voter_key" text NOT NULL,
	"vote_id" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "current_votes_decision_id_voter_key_pk" PRIMARY KEY("decision_id","voter_key")
);
--> statement-breakpoint
CREATE TABLE "decision_reminders" (
	"decision_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decision_reminders_decision_id_user_id_pk" PRIMARY KEY("decision_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lead_id" uuid,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"options" jsonb NOT NULL,
	"voters" text NOT NULL,
	"quorum_kind" text NOT NULL,
	"quorum_value" double precision NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"anonymous_until_close" boolean DEFAULT false NOT NULL,
	"allow_change" boolean DEFAULT true NOT NULL,
	"recommendation_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" text
);
--> statement-breakpoint
CREATE TABLE "outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid,
	"lead_id" uuid,
	"kind" text NOT NULL,
	"chosen_options" text[] DEFAULT '{}'::text[] NOT NULL,
	"chosen_coop_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"shares" jsonb,
	"rationale" text NOT NULL,
	"review_date" date NOT NULL,
	"tally" jsonb,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcomes_has_subject" CHECK ("outcomes"."decision_id" is not null or "outcomes"."lead_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "votes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"decision_id" uuid NOT NULL,
	"voter_key" text NOT NULL,
	"coop_id" uuid,
	"cast_by" text NOT NULL,
	"ballot" jsonb NOT NULL,
	"cast_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_coop_id_coops_id_fk" FOREIGN KEY ("coop_id") REFERENCES "public"."coops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_policy_version_allocation_policies_version_fk" FOREIGN KEY ("policy_version") REFERENCES "public"."allocation_policies"("version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "current_votes" ADD CONSTRAINT "current_votes_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "current_votes" ADD CONSTRAINT "current_votes_vote_id_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."votes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_reminders" ADD CONSTRAINT "decision_reminders_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "ledger_entries_coop_at_idx" ON "ledger_entries" USING btree ("coop_id","at");--> statement-breakpoint
CREATE INDEX "ledger_entries_lead_idx" ON "ledger_entries" USING btree ("lead_id","id");--> statement-breakpoint
CREATE INDEX "ledger_entries_at_idx" ON "ledger_entries" USING btree ("at");--> statement-breakpoint
CREATE INDEX "recommendations_lead_idx" ON "recommendations" USING btree ("lead_id","created_at");--> statement-breakpoint
CREATE INDEX "decisions_status_idx" ON "decisions" USING btree ("status","closes_at");--> statement-breakpoint
CREATE INDEX "decisions_lead_idx" ON "decisions" USING btree ("lead_id");--> statement-breakpoint
CREATE UNIQUE INDEX "outcomes_decision_idx" ON "outcomes" USING btree ("decision_id") WHERE "outcomes"."decision_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "outcomes_lead_idx" ON "outcomes" USING btree ("lead_id") WHERE "outcomes"."lead_id" is not null;--> statement-breakpoint
CREATE INDEX "outcomes_review_idx" ON "outcomes" USING btree ("review_date");--> statement-breakpoint
CREATE INDEX "votes_decision_idx" ON "votes" USING btree ("decision_id","id");