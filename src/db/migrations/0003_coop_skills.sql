CREATE TABLE "coop_skills" (
	"coop_id" uuid NOT NULL,
	"term_id" uuid NOT NULL,
	"best" "seniority" NOT NULL,
	"juniors" integer DEFAULT 0 NOT NULL,
	"semi_seniors" integer DEFAULT 0 NOT NULL,
	"seniors" integer DEFAULT 0 NOT NULL,
	"experts" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "coop_skills_coop_id_term_id_pk" PRIMARY KEY("coop_id","term_id")
);
--> statement-breakpoint
ALTER TABLE "coop_skills" ADD CONSTRAINT "coop_skills_coop_id_coops_id_fk" FOREIGN KEY ("coop_id") REFERENCES "public"."coops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop_skills" ADD CONSTRAINT "coop_skills_term_id_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coop_skills_term_idx" ON "coop_skills" USING btree ("term_id","best");