-- Forward-only. An office's branding and features, edited without redeploying: a short name for the
-- header, a logo, and the features it switched off (features are on unless named, so the old list of
-- features switched on, never read, goes).
ALTER TABLE "Tenants" ADD COLUMN "DisplayName" TEXT NULL;
ALTER TABLE "Tenants" ADD COLUMN "LogoHash" TEXT NULL;
ALTER TABLE "Tenants" ADD COLUMN "SwitchedOffFeatures" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Tenants" ADD COLUMN "Version" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Tenants" ADD COLUMN "UpdatedAt" TEXT NULL;
ALTER TABLE "Tenants" ADD COLUMN "UpdatedBy" TEXT NULL;
ALTER TABLE "Tenants" DROP COLUMN "EnabledFeatures";
