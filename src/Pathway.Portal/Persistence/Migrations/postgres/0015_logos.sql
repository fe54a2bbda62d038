-- Forward-only. Never edit a migration that has been released; add the next one.
-- An office's logo for the portal's header, made anew from the upload as WebP; one per office.
CREATE TABLE "Portal_Logos" (
    "TenantId" uuid NOT NULL,
    "Image" bytea NOT NULL,
    "Hash" character varying(16) NOT NULL,
    "Width" integer NOT NULL,
    "Height" integer NOT NULL,
    CONSTRAINT "PK_Portal_Logos" PRIMARY KEY ("TenantId")
);
