-- Forward-only. Never edit a migration that has been released; add the next one.
-- Guided procedures: the facts of each step of a content item of kind Procedure (its words are the
-- body's "## " sections), with the documents it needs and produces and the steps it comes after.
CREATE TABLE "Portal_ProcedureSteps" (
    "ItemId" uuid NOT NULL,
    "Position" integer NOT NULL,
    "TenantId" uuid NOT NULL,
    "Key" character varying(40) NOT NULL,
    "CostAmount" numeric(12,2),
    "CostCurrency" character varying(3),
    "PlaceName" character varying(200) NOT NULL,
    "Address" character varying(300) NOT NULL,
    "Latitude" double precision,
    "Longitude" double precision,
    "OpeningHours" character varying(200) NOT NULL,
    "OnlineUrl" character varying(500),
    "Needs" character varying(502) NOT NULL,
    "Produces" character varying(502) NOT NULL,
    "After" character varying(502) NOT NULL,
    CONSTRAINT "PK_Portal_ProcedureSteps" PRIMARY KEY ("ItemId", "Position"),
    CONSTRAINT "FK_Portal_ProcedureSteps_Portal_ContentItems_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_ContentItems" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Portal_ProcedureSteps_TenantId" ON "Portal_ProcedureSteps" ("TenantId");
