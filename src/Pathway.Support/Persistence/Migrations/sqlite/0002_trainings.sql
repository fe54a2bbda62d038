-- Forward-only. Never edit a migration that has been released; add the next one.
-- The register of trainings: each organisation's own, with the institutions whose staff took part, counted.
CREATE TABLE "Support_Trainings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_Trainings" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Area" TEXT NOT NULL,
    "StartsOn" TEXT NOT NULL,
    "EndsOn" TEXT NOT NULL,
    "Trainer" TEXT NOT NULL,
    "Place" TEXT NULL,
    "Project" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL
);

CREATE INDEX "IX_Support_Trainings_TenantId_StartsOn" ON "Support_Trainings" ("TenantId", "StartsOn");

CREATE TABLE "Support_TrainingAttendance" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_TrainingAttendance" PRIMARY KEY,
    "TrainingId" TEXT NOT NULL,
    "Institution" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Participants" INTEGER NOT NULL,
    CONSTRAINT "FK_Support_TrainingAttendance_Support_Trainings_TrainingId" FOREIGN KEY ("TrainingId") REFERENCES "Support_Trainings" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_TrainingAttendance_TrainingId" ON "Support_TrainingAttendance" ("TrainingId");
