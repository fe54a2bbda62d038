-- Forward-only. Never edit a migration that has been released; add the next one.
-- The warehouse's facts of appointments, fed from the cases module's bookings, and of the portal's use,
-- fed from what the portal records without who made it. No case number, person, comment, question or
-- answer: offices, days, hours, kinds and languages.
CREATE TABLE "Analytics_FactAppointments" (
    "BookingId" TEXT NOT NULL CONSTRAINT "PK_Analytics_FactAppointments" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "OfficeId" TEXT NOT NULL,
    "Service" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "BookedOn" TEXT NOT NULL,
    "SlotOn" TEXT NOT NULL,
    "SlotHour" INTEGER NOT NULL,
    "Moves" INTEGER NOT NULL,
    "LeadDays" INTEGER NOT NULL
);
CREATE INDEX "IX_Analytics_FactAppointments_TenantId_SlotOn" ON "Analytics_FactAppointments" ("TenantId", "SlotOn");

CREATE TABLE "Analytics_FactPortalUse" (
    "UseId" TEXT NOT NULL CONSTRAINT "PK_Analytics_FactPortalUse" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "ItemId" TEXT NULL,
    "Language" TEXT NOT NULL,
    "On" TEXT NOT NULL,
    "Hour" INTEGER NOT NULL,
    "Helpful" INTEGER NULL,
    "Stars" INTEGER NULL,
    "Answered" INTEGER NULL
);
CREATE INDEX "IX_Analytics_FactPortalUse_TenantId_On" ON "Analytics_FactPortalUse" ("TenantId", "On");
