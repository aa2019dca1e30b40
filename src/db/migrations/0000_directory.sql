CREATE TYPE "public"."availability" AS ENUM('busy', 'free', 'could_be_free');--> statement-breakpoint
CREATE TYPE "public"."coop_role" AS ENUM('admin', 'member');--> statement-breakpoint
CREATE TYPE "public"."coop_need" AS ENUM('low', 'medium', 'high');--> statement-breakpoint
CREATE TYPE "public"."seniority" AS ENUM('junior', 'semi_senior', 'senior', 'expert');--> statement-breakpoint
CREATE TYPE "public"."coop_stage" AS ENUM('new', 'growing', 'stable');--> statement-breakpoint
CREATE TYPE "public"."term_kind" AS ENUM('technology', 'service');--> statement-breakpoint
CREATE TABLE "account" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"user_id" text NOT NULL,
	"access_token" text,
	"refresh_token" text,
	"id_token" text,
	"access_token_expires_at" timestamp with time zone,
	"refresh_token_expires_at" timestamp with time zone,
	"scope" text,
	"password" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limit" (
	"id" text PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"count" integer NOT NULL,
	"last_request" bigint NOT NULL,
	CONSTRAINT "rate_limit_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "session" (
	"id" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip_address" text,
	"user_agent" text,
	"user_id" text NOT NULL,
	CONSTRAINT "session_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "user" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"image" text,
	"role" text DEFAULT 'member' NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "verification" (
	"id" text PRIMARY KEY NOT NULL,
	"identifier" text NOT NULL,
	"value" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_studies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"client_name" text NOT NULL,
	"project_name" text NOT NULL,
	"services" text[] DEFAULT '{}'::text[] NOT NULL,
	"links" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "case_studies_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "case_study_coops" (
	"case_study_id" uuid NOT NULL,
	"coop_id" uuid NOT NULL,
	CONSTRAINT "case_study_coops_case_study_id_coop_id_pk" PRIMARY KEY("case_study_id","coop_id")
);
--> statement-breakpoint
CREATE TABLE "clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "clients_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "coop_clients" (
	"coop_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	CONSTRAINT "coop_clients_coop_id_client_id_pk" PRIMARY KEY("coop_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "coop_members" (
	"coop_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"role" "coop_role" DEFAULT 'member' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coop_members_coop_id_user_id_pk" PRIMARY KEY("coop_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "coop_terms" (
	"coop_id" uuid NOT NULL,
	"term_id" uuid NOT NULL,
	CONSTRAINT "coop_terms_coop_id_term_id_pk" PRIMARY KEY("coop_id","term_id")
);
--> statement-breakpoint
CREATE TABLE "coops" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"description_es" text DEFAULT '' NOT NULL,
	"website" text,
	"country" text,
	"city" text,
	"latitude" double precision,
	"longitude" double precision,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"year_founded" integer,
	"headcount" integer,
	"stage" "coop_stage" DEFAULT 'growing' NOT NULL,
	"need" "coop_need" DEFAULT 'medium' NOT NULL,
	"need_note" text DEFAULT '' NOT NULL,
	"email" text,
	"phone" text,
	"address" text,
	"people_total" integer DEFAULT 0 NOT NULL,
	"people_free" integer DEFAULT 0 NOT NULL,
	"people_could_be_free" integer DEFAULT 0 NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple', coalesce("coops"."name", '')), 'A') || setweight(to_tsvector('english', coalesce("coops"."description_en", '')), 'B') || setweight(to_tsvector('spanish', coalesce("coops"."description_es", '')), 'B')) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coops_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"email" text NOT NULL,
	"network_role" text DEFAULT 'member' NOT NULL,
	"coop_id" uuid,
	"coop_role" "coop_role" DEFAULT 'member' NOT NULL,
	"invited_by" text,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitations_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"coop_id" uuid NOT NULL,
	"user_id" text,
	"name" text NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"availability" "availability" DEFAULT 'busy' NOT NULL,
	"hours_per_week" integer DEFAULT 0 NOT NULL,
	"free_from" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_skills" (
	"person_id" uuid NOT NULL,
	"term_id" uuid NOT NULL,
	"seniority" "seniority" NOT NULL,
	"years" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "person_skills_person_id_term_id_pk" PRIMARY KEY("person_id","term_id")
);
--> statement-breakpoint
CREATE TABLE "term_aliases" (
	"kind" "term_kind" NOT NULL,
	"key" text NOT NULL,
	"term_id" uuid NOT NULL,
	CONSTRAINT "term_aliases_kind_key_pk" PRIMARY KEY("kind","key")
);
--> statement-breakpoint
CREATE TABLE "terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "term_kind" NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_study_coops" ADD CONSTRAINT "case_study_coops_case_study_id_case_studies_id_fk" FOREIGN KEY ("case_study_id") REFERENCES "public"."case_studies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_study_coops" ADD CONSTRAINT "case_study_coops_coop_id_coops_id_fk" FOREIGN KEY ("coop_id") REFERENCES "public"."coops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop_clients" ADD CONSTRAINT "coop_clients_coop_id_coops_id_fk" FOREIGN KEY ("coop_id") REFERENCES "public"."coops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop_clients" ADD CONSTRAINT "coop_clients_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop_members" ADD CONSTRAINT "coop_members_coop_id_coops_id_fk" FOREIGN KEY ("coop_id") REFERENCES "public"."coops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop_members" ADD CONSTRAINT "coop_members_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop_terms" ADD CONSTRAINT "coop_terms_coop_id_coops_id_fk" FOREIGN KEY ("coop_id") REFERENCES "public"."coops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop_terms" ADD CONSTRAINT "coop_terms_term_id_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_coop_id_coops_id_fk" FOREIGN KEY ("coop_id") REFERENCES "public"."coops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_user_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_coop_id_coops_id_fk" FOREIGN KEY ("coop_id") REFERENCES "public"."coops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_skills" ADD CONSTRAINT "person_skills_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_skills" ADD CONSTRAINT "person_skills_term_id_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "term_aliases" ADD CONSTRAINT "term_aliases_term_id_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_user_idx" ON "account" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "session_user_idx" ON "session" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "verification_identifier_idx" ON "verification" USING btree ("identifier");--> statement-breakpoint
CREATE INDEX "coop_members_user_idx" ON "coop_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "coop_terms_term_idx" ON "coop_terms" USING btree ("term_id");--> statement-breakpoint
CREATE INDEX "coops_search_idx" ON "coops" USING gin ("search");--> statement-breakpoint
CREATE INDEX "coops_country_idx" ON "coops" USING btree ("country");--> statement-breakpoint
CREATE INDEX "coops_stage_idx" ON "coops" USING btree ("stage");--> statement-breakpoint
CREATE INDEX "coops_languages_idx" ON "coops" USING gin ("languages");--> statement-breakpoint
CREATE INDEX "coops_name_idx" ON "coops" USING btree ("name");--> statement-breakpoint
CREATE INDEX "people_coop_idx" ON "people" USING btree ("coop_id");--> statement-breakpoint
CREATE UNIQUE INDEX "people_user_idx" ON "people" USING btree ("user_id") WHERE "people"."user_id" is not null;--> statement-breakpoint
CREATE INDEX "person_skills_term_idx" ON "person_skills" USING btree ("term_id","seniority");--> statement-breakpoint
CREATE INDEX "term_aliases_term_idx" ON "term_aliases" USING btree ("term_id");--> statement-breakpoint
CREATE UNIQUE INDEX "terms_kind_slug_idx" ON "terms" USING btree ("kind","slug");