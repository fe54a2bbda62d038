-- A merge settles the other entries between the two records and moves entries naming the merged
-- record to the survivor; these columns remember it so that undoing the merge undoes that too.
ALTER TABLE "People_DuplicateSuspicions" ADD "MergeId" uuid;

ALTER TABLE "People_DuplicateSuspicions" ADD "MovedFromId" uuid;

CREATE INDEX "IX_People_DuplicateSuspicions_MergeId" ON "People_DuplicateSuspicions" ("MergeId") WHERE "MergeId" IS NOT NULL;
