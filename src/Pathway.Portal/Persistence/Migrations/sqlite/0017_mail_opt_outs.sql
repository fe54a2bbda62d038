-- Forward-only. Never edit a migration that has been released; add the next one.
-- The kinds of notification a person chose not to be sent by e-mail (the portal still shows them).
CREATE TABLE "Portal_MailOptOuts" (
    "TenantId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    CONSTRAINT "PK_Portal_MailOptOuts" PRIMARY KEY ("TenantId", "UserId", "Kind")
);
