-- Forward-only. Never edit a migration that has been released; add the next one.
-- Booking windows: slots released in rounds, requests gathered while a window is open and served
-- in a drawn order when it closes; the draw's seed and order are kept for audit.
CREATE TABLE "Cases_BookingWindows" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_BookingWindows" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "OfficeId" TEXT NOT NULL,
    "Service" TEXT NOT NULL,
    "OpensAt" TEXT NOT NULL,
    "ClosesAt" TEXT NOT NULL,
    "SlotsFrom" TEXT NOT NULL,
    "SlotsTo" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ClosedAt" TEXT NULL,
    "Seed" TEXT NULL,
    "DrawOrder" TEXT NULL,
    "Requests" INTEGER NOT NULL,
    "Allocated" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Cases_BookingWindows_Cases_Offices_OfficeId" FOREIGN KEY ("OfficeId") REFERENCES "Cases_Offices" ("Id") ON DELETE CASCADE
);

-- The day's scheduled window is opened once, however many nodes try at the same moment.
CREATE UNIQUE INDEX "IX_Cases_BookingWindows_OfficeId_Service_OpensAt" ON "Cases_BookingWindows" ("OfficeId", "Service", "OpensAt");
CREATE INDEX "IX_Cases_BookingWindows_TenantId_Status_ClosesAt" ON "Cases_BookingWindows" ("TenantId", "Status", "ClosesAt");

CREATE TABLE "Cases_WindowRequests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_WindowRequests" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "WindowId" TEXT NOT NULL,
    "CaseNumber" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "Preferences" TEXT NOT NULL,
    "Days" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Position" INTEGER NULL,
    "BookingId" TEXT NULL,
    "Reason" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ServedAt" TEXT NULL,
    CONSTRAINT "FK_Cases_WindowRequests_Cases_BookingWindows_WindowId" FOREIGN KEY ("WindowId") REFERENCES "Cases_BookingWindows" ("Id") ON DELETE CASCADE
);

-- One request per case in a window, and one waiting per case at all: more requests buy no more chances.
CREATE UNIQUE INDEX "IX_Cases_WindowRequests_WindowId_CaseNumber" ON "Cases_WindowRequests" ("WindowId", "CaseNumber");
CREATE UNIQUE INDEX "IX_Cases_WindowRequests_PendingPerCase" ON "Cases_WindowRequests" ("TenantId", "CaseNumber") WHERE "Status" = 'Pending';
