-- Records, not drafts: policies, recommendations, ledger entries, votes and
-- outcomes are only ever added to. A change is a new row (a new policy
-- version, a compensating ledger entry, a new vote); nothing is rewritten.
CREATE FUNCTION "minga_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "allocation_policies_append_only" BEFORE UPDATE OR DELETE ON "allocation_policies"
  FOR EACH ROW EXECUTE FUNCTION "minga_append_only"();--> statement-breakpoint
CREATE TRIGGER "recommendations_append_only" BEFORE UPDATE OR DELETE ON "recommendations"
  FOR EACH ROW EXECUTE FUNCTION "minga_append_only"();--> statement-breakpoint
CREATE TRIGGER "ledger_entries_append_only" BEFORE UPDATE OR DELETE ON "ledger_entries"
  FOR EACH ROW EXECUTE FUNCTION "minga_append_only"();--> statement-breakpoint
CREATE TRIGGER "votes_append_only" BEFORE UPDATE OR DELETE ON "votes"
  FOR EACH ROW EXECUTE FUNCTION "minga_append_only"();--> statement-breakpoint
CREATE TRIGGER "outcomes_append_only" BEFORE UPDATE OR DELETE ON "outcomes"
  FOR EACH ROW EXECUTE FUNCTION "minga_append_only"();--> statement-breakpoint
-- Version 1 is Minga's default policy (DEFAULT_POLICY in src/engine/allocation/allocation.types.ts),
-- so every recommendation names a policy row that exists.
INSERT INTO "allocation_policies" ("version", "method", "weights", "fit_threshold", "new_coop_boost",
  "entitlement", "fairness_window_days", "fairness_measure", "mandatory_profiles", "note")
VALUES (1, 'weighted_score',
  '{"fit": 0.3, "availability": 0.15, "capacity": 0.15, "need": 0.2, "fairness": 0.2}'::jsonb,
  0.5, 0.25, 'equal', 365, 'person_days', true, 'Minga''s default policy');
