-- Forward-only. Never edit a migration that has been released; add the next one.
-- The migrant's document wallet: scans of their documents (personal data of their owner alone),
-- and their requests that an organisation confirm one, with its answer.
CREATE TABLE "Portal_WalletDocuments" (
    "Id" uuid NOT NULL CONSTRAINT "PK_Portal_WalletDocuments" PRIMARY KEY,
    "TenantId" uuid NOT NULL,
    "OwnerId" uuid NOT NULL,
    "OwnerName" character varying(200) NOT NULL,
    "Title" character varying(120) NOT NULL,
    "DocumentSlug" character varying(80),
    "ExpiresOn" date,
    "FileName" character varying(200) NOT NULL,
    "ContentType" character varying(40) NOT NULL,
    "Content" bytea NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "Size" bigint NOT NULL,
    "UploadedAt" timestamp with time zone NOT NULL,
    "RemindedAtDays" integer
);

CREATE INDEX "IX_Portal_WalletDocuments_TenantId_OwnerId" ON "Portal_WalletDocuments" ("TenantId", "OwnerId");
CREATE INDEX "IX_Portal_WalletDocuments_ExpiresOn" ON "Portal_WalletDocuments" ("ExpiresOn");

CREATE TABLE "Portal_WalletConfirmations" (
    "Id" uuid NOT NULL CONSTRAINT "PK_Portal_WalletConfirmations" PRIMARY KEY,
    "DocumentId" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "OrganisationName" character varying(200) NOT NULL,
    "Status" character varying(16) NOT NULL,
    "RequestedAt" timestamp with time zone NOT NULL,
    "DecidedAt" timestamp with time zone,
    "DecidedBy" character varying(200),
    "Note" character varying(500),
    CONSTRAINT "FK_Portal_WalletConfirmations_Portal_WalletDocuments_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "Portal_WalletDocuments" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Portal_WalletConfirmations_DocumentId" ON "Portal_WalletConfirmations" ("DocumentId");
CREATE INDEX "IX_Portal_WalletConfirmations_TenantId_OrganisationId_Status" ON "Portal_WalletConfirmations" ("TenantId", "OrganisationId", "Status");
