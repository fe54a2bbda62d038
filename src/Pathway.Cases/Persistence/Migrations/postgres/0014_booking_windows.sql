-- Forward-only. Never edit a migration that has been released; add the next one.
-- Booking windows: slots released in rounds, requests gathered while a window is open and served
-- in a drawn order when it closes; the draw's seed and order are kept for audit.
CREATE TABLE "Cases_BookingWindows" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "OfficeId" uuid NOT NULL,
    "Service" character varying(32) NOT NULL,
    "OpensAt" timestamp with time zone NOT NULL,
    "ClosesAt" timestamp with time zone NOT NULL,
    "SlotsFrom" timestamp with time zone NOT NULL,
    "SlotsTo" timestamp with time zone NOT NULL,
    "Status" character varying(16) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "ClosedAt" timestamp with time zone NULL,
    "Seed" character varying(64) NULL,
    "DrawOrder" text NULL,
    "Requests" integer NOT NULL,
    "Allocated" integer NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_Cases_BookingWindows" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Cases_BookingWindows_Cases_Offices_OfficeId" FOREIGN KEY ("OfficeId") REFERENCES "Cases_Offices" ("Id") ON DELETE CASCADE
);

-- The day's scheduled window is opened once, however many nodes try at the same moment.
CREATE UNIQUE INDEX "IX_Cases_BookingWindows_OfficeId_Service_OpensAt" ON "Cases_BookingWindows" ("OfficeId", "Service", "OpensAt");
CREATE INDEX "IX_Cases_BookingWindows_TenantId_Status_ClosesAt" ON "Cases_BookingWindows" ("TenantId", "Status", "ClosesAt");

CREATE TABLE "Cases_WindowRequests" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "WindowId" uuid NOT NULL,
    "CaseNumber" character varying(40) NOT NULL,
    "UserId" uuid NOT NULL,
    "Language" character varying(16) NOT NULL,
    "Preferences" character varying(2000) NOT NULL,
    "Days" character varying(200) NOT NULL,
    "Status" character varying(16) NOT NULL,
    "Position" integer NULL,
    "BookingId" uuid NULL,
    "Reason" character varying(40) NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "ServedAt" timestamp with time zone NULL,
    CONSTRAINT "PK_Cases_WindowRequests" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Cases_WindowRequests_Cases_BookingWindows_WindowId" FOREIGN KEY ("WindowId") REFERENCES "Cases_BookingWindows" ("Id") ON DELETE CASCADE
);

-- One request per case in a window, and one waiting per case at all: more requests buy no more chances.
CREATE UNIQUE INDEX "IX_Cases_WindowRequests_WindowId_CaseNumber" ON "Cases_WindowRequests" ("WindowId", "CaseNumber");
CREATE UNIQUE INDEX "IX_Cases_WindowRequests_PendingPerCase" ON "Cases_WindowRequests" ("TenantId", "CaseNumber") WHERE "Status" = 'Pending';
