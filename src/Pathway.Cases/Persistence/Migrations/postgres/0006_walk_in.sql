-- Forward-only. Never edit a migration that has been released; add the next one.
-- Walk-in queue: numbered tickets per office, service and local day (times in UTC). No personal data.
CREATE TABLE "Cases_Tickets" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OfficeId" uuid NOT NULL,
    "Service" character varying(32) NOT NULL,
    "Day" date NOT NULL,
    "Number" integer NOT NULL,
    "Status" character varying(16) NOT NULL,
    "CounterId" uuid,
    "IssuedAt" timestamp with time zone NOT NULL,
    "CalledAt" timestamp with time zone,
    "AnnouncedAt" timestamp with time zone,
    "ServiceStartedAt" timestamp with time zone,
    "EndedAt" timestamp with time zone,
    "Recalls" integer NOT NULL,
    "TransferredFromId" uuid,
    CONSTRAINT "PK_Cases_Tickets" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Cases_Tickets_Cases_Offices_OfficeId" FOREIGN KEY ("OfficeId") REFERENCES "Cases_Offices" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Cases_Tickets_Cases_Counters_CounterId" FOREIGN KEY ("CounterId") REFERENCES "Cases_Counters" ("Id") ON DELETE RESTRICT
);

-- Two kiosks issuing at once cannot hand out the same number: the loser retries with the next.
CREATE UNIQUE INDEX "IX_Cases_Tickets_OfficeId_Service_Day_Number" ON "Cases_Tickets" ("OfficeId", "Service", "Day", "Number");
CREATE INDEX "IX_Cases_Tickets_OfficeId_Day_Status" ON "Cases_Tickets" ("OfficeId", "Day", "Status");
CREATE INDEX "IX_Cases_Tickets_CounterId" ON "Cases_Tickets" ("CounterId");
