-- A merge settles the other entries between the two records and moves entries naming the merged
-- record to the survivor; these columns remember it so that undoing the merge undoes that too.
ALTER TABLE "People_DuplicateSuspicions" ADD "MergeId" uuid;

ALTER TABLE "People_DuplicateSuspicions" ADD "MovedFromId" uuid;

CREATE INDEX "IX_People_DuplicateSuspicions_MergeId" ON "People_DuplicateSuspicions" ("MergeId") WHERE "MergeId" IS NOT NULL;

-- Entries left open by merges made before this: they name a merged record, so no decision on them
-- is possible any more. They close as settled by that merge; the next scan finds the survivor's
-- pairs again.
UPDATE "People_DuplicateSuspicions" SET "Status" = 3, "DecidedAt" = CURRENT_TIMESTAMP,
    "DecisionNote" = 'settled: a record of this entry was merged before merges settled the queue'
WHERE "Status" = 0 AND (
    "PersonId" IN (SELECT "Id" FROM "People_Persons" WHERE "MergedIntoId" IS NOT NULL)
    OR "OtherPersonId" IN (SELECT "Id" FROM "People_Persons" WHERE "MergedIntoId" IS NOT NULL));
