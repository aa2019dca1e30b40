CREATE TYPE "public"."call_status" AS ENUM('draft', 'open', 'submitted', 'won', 'lost', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."team_role" AS ENUM('coordinator', 'partner', 'subcontractor');--> statement-breakpoint
CREATE TYPE "public"."team_status" AS ENUM('forming', 'active', 'delivered', 'dissolved');--> statement-breakpoint
CREATE TABLE "call_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"coop_id" uuid NOT NULL,
	"org_type" text DEFAULT 'cooperative' NOT NULL,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"people_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"skill_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"knowledge" text DEFAULT '' NOT NULL,
	"contacts" text DEFAULT '' NOT NULL,
	"tools" text DEFAULT '' NOT NULL,
	"past_projects" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_coops" (
	"call_id" uuid NOT NULL,
	"coop_id" uuid NOT NULL,
	CONSTRAINT "call_coops_call_id_coop_id_pk" PRIMARY KEY("call_id","coop_id")
);
--> statement-breakpoint
CREATE TABLE "calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"posted_by_coop_id" uuid NOT NULL,
	"title" text NOT NULL,
	"programme" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"deadline" timestamp with time zone,
	"visibility" text DEFAULT 'network' NOT NULL,
	"min_partners" integer DEFAULT 1 NOT NULL,
	"max_partners" integer,
	"min_countries" integer DEFAULT 1 NOT NULL,
	"org_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"required_roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"competence_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"checklist" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" "call_status" DEFAULT 'open' NOT NULL,
	"result_note" text DEFAULT '' NOT NULL,
	"post_mortem" text DEFAULT '' NOT NULL,
	"decided_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"author_id" text,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_members" (
	"team_id" uuid NOT NULL,
	"coop_id" uuid NOT NULL,
	"role" "team_role" NOT NULL,
	"share_work" numeric(7, 6) NOT NULL,
	"share_money" numeric(7, 6) NOT NULL,
	CONSTRAINT "team_members_team_id_coop_id_pk" PRIMARY KEY("team_id","coop_id")
);
--> statement-breakpoint
CREATE TABLE "team_people" (
	"team_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"coop_id" uuid NOT NULL,
	"covers" text DEFAULT '' NOT NULL,
	CONSTRAINT "team_people_team_id_person_id_pk" PRIMARY KEY("team_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lead_id" uuid,
	"outcome_id" uuid,
	"name" text NOT NULL,
	"coordinator_coop_id" uuid NOT NULL,
	"status" "team_status" DEFAULT 'forming' NOT NULL,
	"transparency_to_client" boolean DEFAULT true NOT NULL,
	"no_cut_on_others_work" boolean DEFAULT true NOT NULL,
	"terms_text" text DEFAULT '' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tender_declarations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"coop_id" uuid NOT NULL,
	"tender_key" text NOT NULL,
	"tender_ref" text NOT NULL,
	"buyer" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"joint_bid" text DEFAULT 'pending' NOT NULL,
	"matched_at" timestamp with time zone,
	"joint_call_id" uuid,
	"declared_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "call_applications" ADD CONSTRAINT "call_applications_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_applications" ADD CONSTRAINT "call_applications_coop_id_coops_id_fk" FOREIGN KEY ("coop_id") REFERENCES "public"."coops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_applications" ADD CONSTRAINT "call_applications_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_coops" ADD CONSTRAINT "call_coops_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_coops" ADD CONSTRAINT "call_coops_coop_id_coops_id_fk" FOREIGN KEY ("coop_id") REFERENCES "public"."coops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_posted_by_coop_id_coops_id_fk" FOREIGN KEY ("posted_by_coop_id") REFERENCES "public"."coops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_comments" ADD CONSTRAINT "team_comments_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_comments" ADD CONSTRAINT "team_comments_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_coop_id_coops_id_fk" FOREIGN KEY ("coop_id") REFERENCES "public"."coops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_people" ADD CONSTRAINT "team_people_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_people" ADD CONSTRAINT "team_people_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_people" ADD CONSTRAINT "team_people_coop_id_coops_id_fk" FOREIGN KEY ("coop_id") REFERENCES "public"."coops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_coordinator_coop_id_coops_id_fk" FOREIGN KEY ("coordinator_coop_id") REFERENCES "public"."coops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tender_declarations" ADD CONSTRAINT "tender_declarations_coop_id_coops_id_fk" FOREIGN KEY ("coop_id") REFERENCES "public"."coops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tender_declarations" ADD CONSTRAINT "tender_declarations_joint_call_id_calls_id_fk" FOREIGN KEY ("joint_call_id") REFERENCES "public"."calls"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tender_declarations" ADD CONSTRAINT "tender_declarations_declared_by_user_id_fk" FOREIGN KEY ("declared_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "call_applications_call_coop_idx" ON "call_applications" USING btree ("call_id","coop_id");--> statement-breakpoint
CREATE INDEX "call_applications_coop_idx" ON "call_applications" USING btree ("coop_id");--> statement-breakpoint
CREATE INDEX "call_coops_coop_idx" ON "call_coops" USING btree ("coop_id");--> statement-breakpoint
CREATE INDEX "calls_status_idx" ON "calls" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "calls_poster_idx" ON "calls" USING btree ("posted_by_coop_id");--> statement-breakpoint
CREATE INDEX "team_comments_team_idx" ON "team_comments" USING btree ("team_id","created_at");--> statement-breakpoint
CREATE INDEX "team_members_coop_idx" ON "team_members" USING btree ("coop_id");--> statement-breakpoint
CREATE INDEX "team_people_person_idx" ON "team_people" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "teams_lead_idx" ON "teams" USING btree ("lead_id");--> statement-breakpoint
CREATE INDEX "teams_status_idx" ON "teams" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "teams_outcome_idx" ON "teams" USING btree ("outcome_id") WHERE "teams"."outcome_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "tender_declarations_coop_key_idx" ON "tender_declarations" USING btree ("coop_id","tender_key");--> statement-breakpoint
CREATE INDEX "tender_declarations_key_idx" ON "tender_declarations" USING btree ("tender_key");