CREATE TYPE "public"."interest_role" AS ENUM('lead', 'partner', 'subcontractor');--> statement-breakpoint
CREATE TYPE "public"."lead_mode" AS ENUM('fixed_price', 'time_and_materials', 'staff_augmentation', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."lead_scope" AS ENUM('single_coop', 'team', 'consortium');--> statement-breakpoint
CREATE TYPE "public"."lead_status" AS ENUM('draft', 'in_triage', 'open', 'deciding', 'assigned', 'in_progress', 'delivered', 'lost', 'withdrawn', 'declined');--> statement-breakpoint
CREATE TABLE "lead_assigned_coops" (
	"lead_id" uuid NOT NULL,
	"coop_id" uuid NOT NULL,
	CONSTRAINT "lead_assigned_coops_lead_id_coop_id_pk" PRIMARY KEY("lead_id","coop_id")
);
--> statement-breakpoint
CREATE TABLE "lead_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lead_id" uuid NOT NULL,
	"author_id" text,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lead_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"lead_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"actor_id" text,
	"from_status" "lead_status",
	"to_status" "lead_status",
	"note" text DEFAULT '' NOT NULL,
	"fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lead_interests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lead_id" uuid NOT NULL,
	"coop_id" uuid NOT NULL,
	"available_from" date NOT NULL,
	"hours_per_week" integer NOT NULL,
	"capacity_person_days" integer NOT NULL,
	"need" "coop_need" NOT NULL,
	"need_note" text DEFAULT '' NOT NULL,
	"fit" text DEFAULT '' NOT NULL,
	"role" "interest_role" NOT NULL,
	"proposed_people" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "lead_mentions" (
	"comment_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"lead_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"notified_at" timestamp with time zone,
	CONSTRAINT "lead_mentions_comment_id_user_id_pk" PRIMARY KEY("comment_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "lead_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"topic" text NOT NULL,
	"lead_id" uuid NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"handled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "lead_profiles" (
	"lead_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"count" integer NOT NULL,
	"technology_id" uuid NOT NULL,
	"min_seniority" "seniority" NOT NULL,
	CONSTRAINT "lead_profiles_lead_id_position_pk" PRIMARY KEY("lead_id","position")
);
--> statement-breakpoint
CREATE TABLE "lead_services" (
	"lead_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	CONSTRAINT "lead_services_lead_id_service_id_pk" PRIMARY KEY("lead_id","service_id")
);
--> statement-breakpoint
CREATE TABLE "lead_visible_coops" (
	"lead_id" uuid NOT NULL,
	"coop_id" uuid NOT NULL,
	CONSTRAINT "lead_visible_coops_lead_id_coop_id_pk" PRIMARY KEY("lead_id","coop_id")
);
--> statement-breakpoint
CREATE TABLE "leads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" "lead_status" DEFAULT 'draft' NOT NULL,
	"source" text DEFAULT 'member' NOT NULL,
	"client_organisation" text,
	"client_contact_name" text,
	"client_email" text,
	"client_phone" text,
	"client_locale" text DEFAULT 'en' NOT NULL,
	"finder_coop_id" uuid,
	"created_by" text,
	"budget_min" numeric(14, 2),
	"budget_max" numeric(14, 2),
	"currency" text,
	"budget_visibility" text DEFAULT 'network' NOT NULL,
	"mode" "lead_mode" DEFAULT 'unknown' NOT NULL,
	"effort_person_days" integer,
	"start_date" date,
	"interest_deadline" timestamp with time zone,
	"duration_weeks" integer,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"place" text,
	"remote" boolean DEFAULT false NOT NULL,
	"scope" "lead_scope" DEFAULT 'single_coop' NOT NULL,
	"scope_chosen" boolean DEFAULT false NOT NULL,
	"finder_fee_percent" numeric(5, 2),
	"no_cut_on_others_work" boolean DEFAULT false NOT NULL,
	"contract_transparency" boolean DEFAULT false NOT NULL,
	"terms_note" text DEFAULT '' NOT NULL,
	"visibility" text DEFAULT 'network' NOT NULL,
	"share_with_partners" boolean DEFAULT false NOT NULL,
	"share_with_public" boolean DEFAULT false NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"merged_into_id" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_en" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(tags, '[]'::jsonb)), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'B')) STORED,
	"search_es" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('spanish'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('spanish'::regconfig, coalesce(tags, '[]'::jsonb)), 'A') || setweight(to_tsvector('spanish'::regconfig, coalesce(description, '')), 'B')) STORED
);
--> statement-breakpoint
CREATE TABLE "rate_limit_hits" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"bucket" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "saved_searches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"query" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_notified_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "lead_assigned_coops" ADD CONSTRAINT "lead_assigned_coops_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_assigned_coops" ADD CONSTRAINT "lead_assigned_coops_coop_id_coops_id_fk" FOREIGN KEY ("coop_id") REFERENCES "public"."coops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_comments" ADD CONSTRAINT "lead_comments_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_comments" ADD CONSTRAINT "lead_comments_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_events" ADD CONSTRAINT "lead_events_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_events" ADD CONSTRAINT "lead_events_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_interests" ADD CONSTRAINT "lead_interests_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_interests" ADD CONSTRAINT "lead_interests_coop_id_coops_id_fk" FOREIGN KEY ("coop_id") REFERENCES "public"."coops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_interests" ADD CONSTRAINT "lead_interests_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_mentions" ADD CONSTRAINT "lead_mentions_comment_id_lead_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."lead_comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_mentions" ADD CONSTRAINT "lead_mentions_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_mentions" ADD CONSTRAINT "lead_mentions_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_outbox" ADD CONSTRAINT "lead_outbox_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_profiles" ADD CONSTRAINT "lead_profiles_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_profiles" ADD CONSTRAINT "lead_profiles_technology_id_terms_id_fk" FOREIGN KEY ("technology_id") REFERENCES "public"."terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_services" ADD CONSTRAINT "lead_services_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_services" ADD CONSTRAINT "lead_services_service_id_terms_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_visible_coops" ADD CONSTRAINT "lead_visible_coops_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_visible_coops" ADD CONSTRAINT "lead_visible_coops_coop_id_coops_id_fk" FOREIGN KEY ("coop_id") REFERENCES "public"."coops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_finder_coop_id_coops_id_fk" FOREIGN KEY ("finder_coop_id") REFERENCES "public"."coops"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_merged_into_id_leads_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."leads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lead_assigned_coops_coop_idx" ON "lead_assigned_coops" USING btree ("coop_id");--> statement-breakpoint
CREATE INDEX "lead_comments_lead_idx" ON "lead_comments" USING btree ("lead_id","created_at");--> statement-breakpoint
CREATE INDEX "lead_events_lead_idx" ON "lead_events" USING btree ("lead_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "lead_interests_lead_coop_idx" ON "lead_interests" USING btree ("lead_id","coop_id");--> statement-breakpoint
CREATE INDEX "lead_interests_coop_idx" ON "lead_interests" USING btree ("coop_id");--> statement-breakpoint
CREATE INDEX "lead_mentions_user_idx" ON "lead_mentions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "lead_outbox_pending_idx" ON "lead_outbox" USING btree ("id") WHERE "lead_outbox"."handled_at" is null;--> statement-breakpoint
CREATE INDEX "lead_profiles_tech_idx" ON "lead_profiles" USING btree ("technology_id");--> statement-breakpoint
CREATE INDEX "lead_visible_coops_coop_idx" ON "lead_visible_coops" USING btree ("coop_id");--> statement-breakpoint
CREATE INDEX "leads_status_idx" ON "leads" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "leads_finder_idx" ON "leads" USING btree ("finder_coop_id");--> statement-breakpoint
CREATE INDEX "leads_deadline_idx" ON "leads" USING btree ("interest_deadline");--> statement-breakpoint
CREATE INDEX "leads_search_en_idx" ON "leads" USING gin ("search_en");--> statement-breakpoint
CREATE INDEX "leads_search_es_idx" ON "leads" USING gin ("search_es");--> statement-breakpoint
CREATE INDEX "rate_limit_hits_bucket_idx" ON "rate_limit_hits" USING btree ("bucket","at");--> statement-breakpoint
CREATE INDEX "saved_searches_user_idx" ON "saved_searches" USING btree ("user_id");