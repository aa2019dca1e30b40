CREATE TYPE "public"."partnership_status" AS ENUM('requested', 'pending', 'active', 'paused', 'ended', 'refused');--> statement-breakpoint
CREATE TABLE "blocked_instances" (
	"host" text PRIMARY KEY NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "federated_leads" (
	"lead_id" uuid PRIMARY KEY NOT NULL,
	"shared_with_partners" boolean DEFAULT false NOT NULL,
	"shared_with_public" boolean DEFAULT false NOT NULL,
	"last_status" text,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "federation_activities" (
	"id" text PRIMARY KEY NOT NULL,
	"actor" text NOT NULL,
	"type" text NOT NULL,
	"audience" text NOT NULL,
	"recipients" text[] DEFAULT '{}'::text[] NOT NULL,
	"lead_id" uuid,
	"activity" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "federation_followers" (
	"followed" text NOT NULL,
	"actor_id" text NOT NULL,
	"inbox" text NOT NULL,
	"shared_inbox" text,
	"follow_activity_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "federation_followers_followed_actor_id_pk" PRIMARY KEY("followed","actor_id")
);
--> statement-breakpoint
CREATE TABLE "federation_keys" (
	"actor" text NOT NULL,
	"algorithm" text NOT NULL,
	"public_jwk" jsonb NOT NULL,
	"private_jwk" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "federation_keys_actor_algorithm_pk" PRIMARY KEY("actor","algorithm")
);
--> statement-breakpoint
CREATE TABLE "federation_kv" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"expires_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "partner_lead_interests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"remote_lead_id" uuid NOT NULL,
	"coop_id" uuid NOT NULL,
	"activity_id" text NOT NULL,
	"created_by" text,
	"available_from" date NOT NULL,
	"hours_per_week" integer NOT NULL,
	"capacity_person_days" integer NOT NULL,
	"need" "coop_need" NOT NULL,
	"need_note" text DEFAULT '' NOT NULL,
	"fit" text DEFAULT '' NOT NULL,
	"role" "interest_role" NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_lead_interests_activity_id_unique" UNIQUE("activity_id")
);
--> statement-breakpoint
CREATE TABLE "partnerships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"remote_actor_id" text NOT NULL,
	"remote_handle" text,
	"remote_name" text DEFAULT '' NOT NULL,
	"remote_host" text NOT NULL,
	"inbox" text NOT NULL,
	"shared_inbox" text,
	"direction" text NOT NULL,
	"status" "partnership_status" NOT NULL,
	"follow_activity_id" text NOT NULL,
	"requested_by" text,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	CONSTRAINT "partnerships_remote_actor_id_unique" UNIQUE("remote_actor_id")
);
--> statement-breakpoint
CREATE TABLE "received_activities" (
	"activity_id" text PRIMARY KEY NOT NULL,
	"actor_id" text NOT NULL,
	"type" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "remote_interests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lead_id" uuid NOT NULL,
	"coop_actor_id" text NOT NULL,
	"coop_name" text DEFAULT '' NOT NULL,
	"network_actor_id" text NOT NULL,
	"activity_id" text NOT NULL,
	"inbox" text NOT NULL,
	"outcome_sent_at" timestamp with time zone,
	"available_from" date NOT NULL,
	"hours_per_week" integer NOT NULL,
	"capacity_person_days" integer NOT NULL,
	"need" "coop_need" NOT NULL,
	"need_note" text DEFAULT '' NOT NULL,
	"fit" text DEFAULT '' NOT NULL,
	"role" "interest_role" NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "remote_leads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"object_id" text NOT NULL,
	"origin_actor_id" text NOT NULL,
	"origin_name" text DEFAULT '' NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"url" text,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"assigned_to" text[] DEFAULT '{}'::text[] NOT NULL,
	"published_at" timestamp with time zone,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "remote_leads_object_id_unique" UNIQUE("object_id")
);
--> statement-breakpoint
ALTER TABLE "blocked_instances" ADD CONSTRAINT "blocked_instances_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "federated_leads" ADD CONSTRAINT "federated_leads_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "federation_activities" ADD CONSTRAINT "federation_activities_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_lead_interests" ADD CONSTRAINT "partner_lead_interests_remote_lead_id_remote_leads_id_fk" FOREIGN KEY ("remote_lead_id") REFERENCES "public"."remote_leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_lead_interests" ADD CONSTRAINT "partner_lead_interests_coop_id_coops_id_fk" FOREIGN KEY ("coop_id") REFERENCES "public"."coops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_lead_interests" ADD CONSTRAINT "partner_lead_interests_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_requested_by_user_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remote_interests" ADD CONSTRAINT "remote_interests_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "federation_activities_outbox_idx" ON "federation_activities" USING btree ("actor","audience","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "partner_lead_interests_lead_coop_idx" ON "partner_lead_interests" USING btree ("remote_lead_id","coop_id");--> statement-breakpoint
CREATE INDEX "partnerships_status_idx" ON "partnerships" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "remote_interests_lead_coop_idx" ON "remote_interests" USING btree ("lead_id","coop_actor_id");--> statement-breakpoint
CREATE INDEX "remote_leads_received_idx" ON "remote_leads" USING btree ("received_at");