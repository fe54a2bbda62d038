-- Forward-only. Never edit a migration that has been released; add the next one.
-- The kinds of notification a person chose not to be sent by e-mail (the portal still shows them).
CREATE TABLE "Portal_MailOptOuts" (
    "TenantId" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "Kind" character varying(32) NOT NULL,
    "At" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_Portal_MailOptOuts" PRIMARY KEY ("TenantId", "UserId", "Kind")
);
