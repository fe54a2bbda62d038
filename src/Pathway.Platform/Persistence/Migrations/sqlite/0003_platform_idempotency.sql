-- Forward-only. Idempotency keys and form tokens: the first request's response, kept 24 hours.
CREATE TABLE "IdempotencyRecords" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_IdempotencyRecords" PRIMARY KEY,
    "TenantId" TEXT NULL,
    "CallerId" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "Fingerprint" TEXT NOT NULL,
    "StatusCode" INTEGER NULL,
    "ContentType" TEXT NULL,
    "Location" TEXT NULL,
    "Body" BLOB NULL,
    "CreatedAt" TEXT NOT NULL,
    "CompletedAt" TEXT NULL
);

CREATE UNIQUE INDEX "IX_IdempotencyRecords_CallerId_Key" ON "IdempotencyRecords" ("CallerId", "Key");
CREATE INDEX "IX_IdempotencyRecords_CreatedAt" ON "IdempotencyRecords" ("CreatedAt");
