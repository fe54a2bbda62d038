-- Forward-only. Never edit a migration that has been released; add the next one.
-- Appointments: offices, their counters and slots (times in UTC), and the cases' bookings.
CREATE TABLE "Cases_Offices" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_Offices" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Address" TEXT NOT NULL,
    "TimeZone" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_Cases_Offices_TenantId_Code" ON "Cases_Offices" ("TenantId", "Code");

CREATE TABLE "Cases_Counters" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_Counters" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OfficeId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Services" INTEGER NOT NULL,
    CONSTRAINT "FK_Cases_Counters_Cases_Offices_OfficeId" FOREIGN KEY ("OfficeId") REFERENCES "Cases_Offices" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Cases_Counters_OfficeId" ON "Cases_Counters" ("OfficeId");

CREATE TABLE "Cases_Slots" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_Slots" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OfficeId" TEXT NOT NULL,
    "CounterId" TEXT NOT NULL,
    "Service" TEXT NOT NULL,
    "StartsAt" TEXT NOT NULL,
    "Minutes" INTEGER NOT NULL,
    CONSTRAINT "FK_Cases_Slots_Cases_Offices_OfficeId" FOREIGN KEY ("OfficeId") REFERENCES "Cases_Offices" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Cases_Slots_Cases_Counters_CounterId" FOREIGN KEY ("CounterId") REFERENCES "Cases_Counters" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_Cases_Slots_CounterId_StartsAt" ON "Cases_Slots" ("CounterId", "StartsAt");
CREATE INDEX "IX_Cases_Slots_OfficeId" ON "Cases_Slots" ("OfficeId");
CREATE INDEX "IX_Cases_Slots_TenantId_OfficeId_Service_StartsAt" ON "Cases_Slots" ("TenantId", "OfficeId", "Service", "StartsAt");

-- A case is referred to by its number only: the case records are kept apart from this table.
CREATE TABLE "Cases_Bookings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_Bookings" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "SlotId" TEXT NOT NULL,
    "CaseNumber" TEXT NOT NULL,
    "Uid" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "Language" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ChangedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Cases_Bookings_Cases_Slots_SlotId" FOREIGN KEY ("SlotId") REFERENCES "Cases_Slots" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_Cases_Bookings_Uid" ON "Cases_Bookings" ("Uid");
CREATE INDEX "IX_Cases_Bookings_SlotId" ON "Cases_Bookings" ("SlotId");
-- One active booking per case, and one booking holding a slot, even when two officers click at once.
CREATE UNIQUE INDEX "IX_Cases_Bookings_ActivePerCase" ON "Cases_Bookings" ("TenantId", "CaseNumber") WHERE "Status" = 'Active';
CREATE UNIQUE INDEX "IX_Cases_Bookings_HeldSlot" ON "Cases_Bookings" ("SlotId") WHERE "Status" <> 'Cancelled';
