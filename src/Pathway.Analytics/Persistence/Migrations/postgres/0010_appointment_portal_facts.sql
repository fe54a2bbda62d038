-- Forward-only. Never edit a migration that has been released; add the next one.
-- The warehouse's facts of appointments, fed from the cases module's bookings, and of the portal's use,
-- fed from what the portal records without who made it. No case number, person, comment, question or
-- answer: offices, days, hours, kinds and languages.
CREATE TABLE "Analytics_FactAppointments" (
    "BookingId" uuid NOT NULL,
    CONSTRAINT "PK_Analytics_FactAppointments" PRIMARY KEY ("BookingId"),
    "TenantId" uuid NOT NULL,
    "Version" integer NOT NULL,
    "OfficeId" uuid NOT NULL,
    "Service" character varying(32) NOT NULL,
    "Channel" character varying(16) NOT NULL,
    "Status" character varying(16) NOT NULL,
    "BookedOn" date NOT NULL,
    "SlotOn" date NOT NULL,
    "SlotHour" integer NOT NULL,
    "Moves" integer NOT NULL,
    "LeadDays" integer NOT NULL
);
CREATE INDEX "IX_Analytics_FactAppointments_TenantId_SlotOn" ON "Analytics_FactAppointments" ("TenantId", "SlotOn");

CREATE TABLE "Analytics_FactPortalUse" (
    "UseId" uuid NOT NULL,
    CONSTRAINT "PK_Analytics_FactPortalUse" PRIMARY KEY ("UseId"),
    "TenantId" uuid NOT NULL,
    "Kind" character varying(32) NOT NULL,
    "ItemId" uuid,
    "Language" character varying(16) NOT NULL,
    "On" date NOT NULL,
    "Hour" integer NOT NULL,
    "Helpful" boolean,
    "Stars" integer,
    "Answered" boolean
);
CREATE INDEX "IX_Analytics_FactPortalUse_TenantId_On" ON "Analytics_FactPortalUse" ("TenantId", "On");
