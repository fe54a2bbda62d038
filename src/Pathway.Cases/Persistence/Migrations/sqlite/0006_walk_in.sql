-- Forward-only. Never edit a migration that has been released; add the next one.
-- Walk-in queue: numbered tickets per office, service and local day (times in UTC). No personal data.
CREATE TABLE "Cases_Tickets" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_Tickets" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OfficeId" TEXT NOT NULL,
    "Service" TEXT NOT NULL,
    "Day" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "CounterId" TEXT NULL,
    "IssuedAt" TEXT NOT NULL,
    "CalledAt" TEXT NULL,
    "AnnouncedAt" TEXT NULL,
    "ServiceStartedAt" TEXT NULL,
    "EndedAt" TEXT NULL,
    "Recalls" INTEGER NOT NULL,
    "TransferredFromId" TEXT NULL,
    CONSTRAINT "FK_Cases_Tickets_Cases_Offices_OfficeId" FOREIGN KEY ("OfficeId") REFERENCES "Cases_Offices" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Cases_Tickets_Cases_Counters_CounterId" FOREIGN KEY ("CounterId") REFERENCES "Cases_Counters" ("Id") ON DELETE RESTRICT
);

-- Two kiosks issuing at once cannot hand out the same number: the loser retries with the next.
CREATE UNIQUE INDEX "IX_Cases_Tickets_OfficeId_Service_Day_Number" ON "Cases_Tickets" ("OfficeId", "Service", "Day", "Number");
CREATE INDEX "IX_Cases_Tickets_OfficeId_Day_Status" ON "Cases_Tickets" ("OfficeId", "Day", "Status");
CREATE INDEX "IX_Cases_Tickets_CounterId" ON "Cases_Tickets" ("CounterId");
