-- Forward-only. Never edit a migration that has been released; add the next one.
-- The migrant's document wallet: scans of their documents (personal data of their owner alone),
-- and their requests that an organisation confirm one, with its answer.
CREATE TABLE "Portal_WalletDocuments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Portal_WalletDocuments" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OwnerId" TEXT NOT NULL,
    "OwnerName" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "DocumentSlug" TEXT NULL,
    "ExpiresOn" TEXT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    "RemindedAtDays" INTEGER NULL
);

CREATE INDEX "IX_Portal_WalletDocuments_TenantId_OwnerId" ON "Portal_WalletDocuments" ("TenantId", "OwnerId");
CREATE INDEX "IX_Portal_WalletDocuments_ExpiresOn" ON "Portal_WalletDocuments" ("ExpiresOn");

CREATE TABLE "Portal_WalletConfirmations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Portal_WalletConfirmations" PRIMARY KEY,
    "DocumentId" TEXT NOT NULL,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "OrganisationName" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "RequestedAt" TEXT NOT NULL,
    "DecidedAt" TEXT NULL,
    "DecidedBy" TEXT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_Portal_WalletConfirmations_Portal_WalletDocuments_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "Portal_WalletDocuments" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Portal_WalletConfirmations_DocumentId" ON "Portal_WalletConfirmations" ("DocumentId");
CREATE INDEX "IX_Portal_WalletConfirmations_TenantId_OrganisationId_Status" ON "Portal_WalletConfirmations" ("TenantId", "OrganisationId", "Status");
