-- Forward-only. Never edit a migration that has been released; add the next one.
-- Care and integration plans of support cases: versions with their goals, tasks and steps, and the
-- one-time codes that link a person's portal account to their case.
CREATE TABLE "Support_Plans" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_Plans" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "BeneficiaryId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ChangedAt" TEXT NOT NULL,
    "ApprovedAt" TEXT NULL,
    "ApprovedBy" TEXT NULL,
    CONSTRAINT "FK_Support_Plans_Support_Beneficiaries_BeneficiaryId" FOREIGN KEY ("BeneficiaryId") REFERENCES "Support_Beneficiaries" ("Id") ON DELETE CASCADE
);

-- Two changes of one case at once cannot both make its next version.
CREATE UNIQUE INDEX "IX_Support_Plans_BeneficiaryId_Version" ON "Support_Plans" ("BeneficiaryId", "Version");
-- The supervisors' queue: the submitted plans.
CREATE INDEX "IX_Support_Plans_TenantId_Status" ON "Support_Plans" ("TenantId", "Status");

CREATE TABLE "Support_PlanGoals" (
    "PlanId" TEXT NOT NULL,
    "Id" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Area" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "PK_Support_PlanGoals" PRIMARY KEY ("PlanId", "Id"),
    CONSTRAINT "FK_Support_PlanGoals_Support_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Support_Plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Support_PlanTasks" (
    "PlanId" TEXT NOT NULL,
    "Id" TEXT NOT NULL,
    "GoalId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Assignee" TEXT NOT NULL,
    "MemberId" TEXT NULL,
    "MemberName" TEXT NULL,
    "DueOn" TEXT NULL,
    "DoneAt" TEXT NULL,
    "DoneBy" TEXT NULL,
    "DoneByMigrant" INTEGER NOT NULL,
    CONSTRAINT "PK_Support_PlanTasks" PRIMARY KEY ("PlanId", "Id"),
    CONSTRAINT "FK_Support_PlanTasks_Support_PlanGoals_PlanId_GoalId" FOREIGN KEY ("PlanId", "GoalId") REFERENCES "Support_PlanGoals" ("PlanId", "Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_PlanTasks_PlanId_GoalId" ON "Support_PlanTasks" ("PlanId", "GoalId");

CREATE TABLE "Support_PlanSteps" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_PlanSteps" PRIMARY KEY,
    "PlanId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "By" TEXT NOT NULL,
    "ByUserId" TEXT NOT NULL,
    "Reason" TEXT NULL,
    CONSTRAINT "FK_Support_PlanSteps_Support_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Support_Plans" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_PlanSteps_PlanId" ON "Support_PlanSteps" ("PlanId");

CREATE TABLE "Support_PortalLinks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_PortalLinks" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "BeneficiaryId" TEXT NOT NULL,
    "CodeHash" TEXT NOT NULL,
    "IssuedAt" TEXT NOT NULL,
    "IssuedBy" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "LinkedAt" TEXT NULL,
    CONSTRAINT "FK_Support_PortalLinks_Support_Beneficiaries_BeneficiaryId" FOREIGN KEY ("BeneficiaryId") REFERENCES "Support_Beneficiaries" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_PortalLinks_BeneficiaryId" ON "Support_PortalLinks" ("BeneficiaryId");
-- A code is found by its hash when the person enters it.
CREATE UNIQUE INDEX "IX_Support_PortalLinks_CodeHash" ON "Support_PortalLinks" ("CodeHash");
-- The person's linked cases.
CREATE INDEX "IX_Support_PortalLinks_TenantId_UserId" ON "Support_PortalLinks" ("TenantId", "UserId");
