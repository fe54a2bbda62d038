-- Forward-only. Never edit a migration that has been released; add the next one.
-- Appointments: offices, their counters and slots (times in UTC), and the cases' bookings.
CREATE TABLE "Cases_Offices" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "Code" character varying(40) NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Address" character varying(400) NOT NULL,
    "TimeZone" character varying(64) NOT NULL,
    CONSTRAINT "PK_Cases_Offices" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_Cases_Offices_TenantId_Code" ON "Cases_Offices" ("TenantId", "Code");

CREATE TABLE "Cases_Counters" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OfficeId" uuid NOT NULL,
    "Name" character varying(100) NOT NULL,
    "Services" integer NOT NULL,
    CONSTRAINT "PK_Cases_Counters" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Cases_Counters_Cases_Offices_OfficeId" FOREIGN KEY ("OfficeId") REFERENCES "Cases_Offices" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Cases_Counters_OfficeId" ON "Cases_Counters" ("OfficeId");

CREATE TABLE "Cases_Slots" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OfficeId" uuid NOT NULL,
    "CounterId" uuid NOT NULL,
    "Service" character varying(32) NOT NULL,
    "StartsAt" timestamp with time zone NOT NULL,
    "Minutes" integer NOT NULL,
    CONSTRAINT "PK_Cases_Slots" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Cases_Slots_Cases_Offices_OfficeId" FOREIGN KEY ("OfficeId") REFERENCES "Cases_Offices" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Cases_Slots_Cases_Counters_CounterId" FOREIGN KEY ("CounterId") REFERENCES "Cases_Counters" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_Cases_Slots_CounterId_StartsAt" ON "Cases_Slots" ("CounterId", "StartsAt");
CREATE INDEX "IX_Cases_Slots_OfficeId" ON "Cases_Slots" ("OfficeId");
CREATE INDEX "IX_Cases_Slots_TenantId_OfficeId_Service_StartsAt" ON "Cases_Slots" ("TenantId", "OfficeId", "Service", "StartsAt");

-- A case is referred to by its number only: the case records are kept apart from this table.
CREATE TABLE "Cases_Bookings" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "SlotId" uuid NOT NULL,
    "CaseNumber" character varying(40) NOT NULL,
    "Uid" character varying(100) NOT NULL,
    "Status" character varying(16) NOT NULL,
    "Channel" character varying(16) NOT NULL,
    "Sequence" integer NOT NULL,
    "Language" character varying(16) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "ChangedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_Cases_Bookings" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Cases_Bookings_Cases_Slots_SlotId" FOREIGN KEY ("SlotId") REFERENCES "Cases_Slots" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_Cases_Bookings_Uid" ON "Cases_Bookings" ("Uid");
CREATE INDEX "IX_Cases_Bookings_SlotId" ON "Cases_Bookings" ("SlotId");
-- One active booking per case, and one booking holding a slot, even when two officers click at once.
CREATE UNIQUE INDEX "IX_Cases_Bookings_ActivePerCase" ON "Cases_Bookings" ("TenantId", "CaseNumber") WHERE "Status" = 'Active';
CREATE UNIQUE INDEX "IX_Cases_Bookings_HeldSlot" ON "Cases_Bookings" ("SlotId") WHERE "Status" <> 'Cancelled';
