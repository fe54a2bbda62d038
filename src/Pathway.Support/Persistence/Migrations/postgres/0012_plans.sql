-- Forward-only. Never edit a migration that has been released; add the next one.
-- Care and integration plans of support cases: versions with their goals, tasks and steps, and the
-- one-time codes that link a person's portal account to their case.
CREATE TABLE "Support_Plans" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "BeneficiaryId" uuid NOT NULL,
    "Version" integer NOT NULL,
    "Kind" character varying(16) NOT NULL,
    "Status" character varying(16) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "ChangedAt" timestamp with time zone NOT NULL,
    "ApprovedAt" timestamp with time zone,
    "ApprovedBy" character varying(256),
    CONSTRAINT "PK_Support_Plans" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Support_Plans_Support_Beneficiaries_BeneficiaryId" FOREIGN KEY ("BeneficiaryId") REFERENCES "Support_Beneficiaries" ("Id") ON DELETE CASCADE
);

-- Two changes of one case at once cannot both make its next version.
CREATE UNIQUE INDEX "IX_Support_Plans_BeneficiaryId_Version" ON "Support_Plans" ("BeneficiaryId", "Version");
-- The supervisors' queue: the submitted plans.
CREATE INDEX "IX_Support_Plans_TenantId_Status" ON "Support_Plans" ("TenantId", "Status");

CREATE TABLE "Support_PlanGoals" (
    "PlanId" uuid NOT NULL,
    "Id" uuid NOT NULL,
    "Position" integer NOT NULL,
    "Area" character varying(32) NOT NULL,
    "Text" character varying(500) NOT NULL,
    CONSTRAINT "PK_Support_PlanGoals" PRIMARY KEY ("PlanId", "Id"),
    CONSTRAINT "FK_Support_PlanGoals_Support_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Support_Plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Support_PlanTasks" (
    "PlanId" uuid NOT NULL,
    "Id" uuid NOT NULL,
    "GoalId" uuid NOT NULL,
    "Position" integer NOT NULL,
    "Text" character varying(500) NOT NULL,
    "Assignee" character varying(16) NOT NULL,
    "MemberId" uuid,
    "MemberName" character varying(256),
    "DueOn" date,
    "DoneAt" timestamp with time zone,
    "DoneBy" character varying(256),
    "DoneByMigrant" boolean NOT NULL,
    CONSTRAINT "PK_Support_PlanTasks" PRIMARY KEY ("PlanId", "Id"),
    CONSTRAINT "FK_Support_PlanTasks_Support_PlanGoals_PlanId_GoalId" FOREIGN KEY ("PlanId", "GoalId") REFERENCES "Support_PlanGoals" ("PlanId", "Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_PlanTasks_PlanId_GoalId" ON "Support_PlanTasks" ("PlanId", "GoalId");

CREATE TABLE "Support_PlanSteps" (
    "Id" uuid NOT NULL,
    "PlanId" uuid NOT NULL,
    "Kind" character varying(16) NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "By" character varying(256) NOT NULL,
    "ByUserId" uuid NOT NULL,
    "Reason" character varying(1000),
    CONSTRAINT "PK_Support_PlanSteps" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Support_PlanSteps_Support_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Support_Plans" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_PlanSteps_PlanId" ON "Support_PlanSteps" ("PlanId");

CREATE TABLE "Support_PortalLinks" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "BeneficiaryId" uuid NOT NULL,
    "CodeHash" character varying(64) NOT NULL,
    "IssuedAt" timestamp with time zone NOT NULL,
    "IssuedBy" character varying(256) NOT NULL,
    "ExpiresAt" timestamp with time zone NOT NULL,
    "UserId" uuid,
    "LinkedAt" timestamp with time zone,
    CONSTRAINT "PK_Support_PortalLinks" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Support_PortalLinks_Support_Beneficiaries_BeneficiaryId" FOREIGN KEY ("BeneficiaryId") REFERENCES "Support_Beneficiaries" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_PortalLinks_BeneficiaryId" ON "Support_PortalLinks" ("BeneficiaryId");
-- A code is found by its hash when the person enters it.
CREATE UNIQUE INDEX "IX_Support_PortalLinks_CodeHash" ON "Support_PortalLinks" ("CodeHash");
-- The person's linked cases.
CREATE INDEX "IX_Support_PortalLinks_TenantId_UserId" ON "Support_PortalLinks" ("TenantId", "UserId");
