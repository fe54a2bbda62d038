-- Forward-only. Never edit a migration that has been released; add the next one.
-- An officer's queue in its default order (due date, undated last, then submission) read straight
-- from the index: the page is the first rows of one index range instead of a sort of every case
-- the officer has. EF Core cannot describe an expression index, so it lives only here.
CREATE INDEX "IX_Cases_Cases_TenantId_AssignedOfficerId_Due" ON "Cases_Cases"
    ("TenantId", "AssignedOfficerId", ("DecisionDueOn" IS NULL), "DecisionDueOn", "SubmittedOn", "Id");
