-- Forward-only. Never edit a migration that has been released; add the next one.
-- The register of trainings: each organisation's own, with the institutions whose staff took part, counted.
CREATE TABLE "Support_Trainings" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Area" character varying(32) NOT NULL,
    "StartsOn" date NOT NULL,
    "EndsOn" date NOT NULL,
    "Trainer" character varying(200) NOT NULL,
    "Place" character varying(200),
    "Project" character varying(64),
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(256) NOT NULL,
    CONSTRAINT "PK_Support_Trainings" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_Support_Trainings_TenantId_StartsOn" ON "Support_Trainings" ("TenantId", "StartsOn");

CREATE TABLE "Support_TrainingAttendance" (
    "Id" uuid NOT NULL,
    "TrainingId" uuid NOT NULL,
    "Institution" character varying(200) NOT NULL,
    "Kind" character varying(32) NOT NULL,
    "Participants" integer NOT NULL,
    CONSTRAINT "PK_Support_TrainingAttendance" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Support_TrainingAttendance_Support_Trainings_TrainingId" FOREIGN KEY ("TrainingId") REFERENCES "Support_Trainings" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_TrainingAttendance_TrainingId" ON "Support_TrainingAttendance" ("TrainingId");
