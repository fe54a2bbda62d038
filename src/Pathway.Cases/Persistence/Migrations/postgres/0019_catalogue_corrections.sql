-- Forward-only. Never edit a migration that has been released; add the next one.
-- A catalogue row replaced by a correction with the same first day, or a suspension whose end an
-- act moved, is kept and marked with when it was superseded; it no longer counts.
ALTER TABLE "Cases_DecisionPeriods" ADD "SupersededAt" timestamp with time zone NULL;
ALTER TABLE "Cases_StampDuties" ADD "SupersededAt" timestamp with time zone NULL;
ALTER TABLE "Cases_RequiredDocuments" ADD "SupersededAt" timestamp with time zone NULL;
ALTER TABLE "Cases_StatutorySuspensions" ADD "SupersededAt" timestamp with time zone NULL;
