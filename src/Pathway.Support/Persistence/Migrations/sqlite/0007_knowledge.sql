-- Forward-only. Never edit a migration that has been released; add the next one.
-- The knowledge part of support: the library of manuals and good-practice documents (with their
-- files and the roles that may read them), the directory of partner organisations, and the
-- meetings held with them.
CREATE TABLE "Support_LibraryDocuments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_LibraryDocuments" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Area" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "Description" TEXT NULL,
    "Roles" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    "UploadedBy" TEXT NOT NULL
);

CREATE INDEX "IX_Support_LibraryDocuments_TenantId_UploadedAt" ON "Support_LibraryDocuments" ("TenantId", "UploadedAt");

CREATE TABLE "Support_Partners" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_Partners" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Services" TEXT NOT NULL,
    "Languages" TEXT NOT NULL,
    "Address" TEXT NULL,
    "Phone" TEXT NULL,
    "Email" TEXT NULL,
    "Website" TEXT NULL,
    "ContactPerson" TEXT NULL,
    "Notes" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL
);

CREATE INDEX "IX_Support_Partners_TenantId_Name" ON "Support_Partners" ("TenantId", "Name");

CREATE TABLE "Support_PartnerMeetings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_PartnerMeetings" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "HeldOn" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Place" TEXT NULL,
    "Minutes" TEXT NULL,
    "NextSteps" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL
);

CREATE INDEX "IX_Support_PartnerMeetings_TenantId_HeldOn" ON "Support_PartnerMeetings" ("TenantId", "HeldOn");

CREATE TABLE "Support_MeetingAttendees" (
    "MeetingId" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    CONSTRAINT "PK_Support_MeetingAttendees" PRIMARY KEY ("MeetingId", "PartnerId"),
    CONSTRAINT "FK_Support_MeetingAttendees_Support_PartnerMeetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Support_PartnerMeetings" ("Id") ON DELETE CASCADE,
    -- A partner that attended a meeting is not removed from under it.
    CONSTRAINT "FK_Support_MeetingAttendees_Support_Partners_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "Support_Partners" ("Id") ON DELETE RESTRICT
);

-- A partner's meetings.
CREATE INDEX "IX_Support_MeetingAttendees_PartnerId" ON "Support_MeetingAttendees" ("PartnerId");
