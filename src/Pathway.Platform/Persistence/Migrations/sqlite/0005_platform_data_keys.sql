-- Forward-only. The version of each tenant's data key that seals special-category fields: rotating
-- the key raises it, and a re-sealing pass moves what was sealed under older versions.
ALTER TABLE "Tenants" ADD COLUMN "DataKeyVersion" INTEGER NOT NULL DEFAULT 1;
