-- Forward-only. Idempotency keys and form tokens: the first request's response, kept 24 hours.
CREATE TABLE "IdempotencyRecords" (
    "Id" uuid NOT NULL,
    "TenantId" uuid,
    "CallerId" uuid NOT NULL,
    "Key" character varying(255) NOT NULL,
    "Fingerprint" character varying(64) NOT NULL,
    "StatusCode" integer,
    "ContentType" character varying(256),
    "Location" character varying(2048),
    "Body" bytea,
    "CreatedAt" timestamp with time zone NOT NULL,
    "CompletedAt" timestamp with time zone,
    CONSTRAINT "PK_IdempotencyRecords" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_IdempotencyRecords_CallerId_Key" ON "IdempotencyRecords" ("CallerId", "Key");
CREATE INDEX "IX_IdempotencyRecords_CreatedAt" ON "IdempotencyRecords" ("CreatedAt");
