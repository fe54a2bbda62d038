-- Forward-only. Never edit a migration that has been released; add the next one.
-- The knowledge part of support: the library of manuals and good-practice documents (with their
-- files and the roles that may read them), the directory of partner organisations, and the
-- meetings held with them.
CREATE TABLE "Support_LibraryDocuments" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Kind" character varying(32) NOT NULL,
    "Area" character varying(32) NOT NULL,
    "Language" character varying(16) NOT NULL,
    "Description" character varying(1000),
    "Roles" character varying(200) NOT NULL,
    "FileName" character varying(200) NOT NULL,
    "ContentType" character varying(40) NOT NULL,
    "Content" bytea NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "Size" bigint NOT NULL,
    "UploadedAt" timestamp with time zone NOT NULL,
    "UploadedBy" character varying(256) NOT NULL,
    CONSTRAINT "PK_Support_LibraryDocuments" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_Support_LibraryDocuments_TenantId_UploadedAt" ON "Support_LibraryDocuments" ("TenantId", "UploadedAt");

CREATE TABLE "Support_Partners" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Kind" character varying(32) NOT NULL,
    "Services" character varying(200) NOT NULL,
    "Languages" character varying(60) NOT NULL,
    "Address" character varying(300),
    "Phone" character varying(40),
    "Email" character varying(254),
    "Website" character varying(300),
    "ContactPerson" character varying(200),
    "Notes" character varying(2000),
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(256) NOT NULL,
    CONSTRAINT "PK_Support_Partners" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_Support_Partners_TenantId_Name" ON "Support_Partners" ("TenantId", "Name");

CREATE TABLE "Support_PartnerMeetings" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "HeldOn" date NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Place" character varying(200),
    "Minutes" character varying(4000),
    "NextSteps" character varying(2000),
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(256) NOT NULL,
    CONSTRAINT "PK_Support_PartnerMeetings" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_Support_PartnerMeetings_TenantId_HeldOn" ON "Support_PartnerMeetings" ("TenantId", "HeldOn");

CREATE TABLE "Support_MeetingAttendees" (
    "MeetingId" uuid NOT NULL,
    "PartnerId" uuid NOT NULL,
    CONSTRAINT "PK_Support_MeetingAttendees" PRIMARY KEY ("MeetingId", "PartnerId"),
    CONSTRAINT "FK_Support_MeetingAttendees_Support_PartnerMeetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Support_PartnerMeetings" ("Id") ON DELETE CASCADE,
    -- A partner that attended a meeting is not removed from under it.
    CONSTRAINT "FK_Support_MeetingAttendees_Support_Partners_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "Support_Partners" ("Id") ON DELETE RESTRICT
);

-- A partner's meetings.
CREATE INDEX "IX_Support_MeetingAttendees_PartnerId" ON "Support_MeetingAttendees" ("PartnerId");
