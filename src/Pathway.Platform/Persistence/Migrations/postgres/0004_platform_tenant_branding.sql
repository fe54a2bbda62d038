-- Forward-only. An office's branding and features, edited without redeploying: a short name for the
-- header, a logo, and the features it switched off (features are on unless named, so the old list of
-- features switched on, never read, goes).
ALTER TABLE "Tenants" ADD COLUMN "DisplayName" character varying(60) NULL;
ALTER TABLE "Tenants" ADD COLUMN "LogoHash" character varying(64) NULL;
ALTER TABLE "Tenants" ADD COLUMN "SwitchedOffFeatures" character varying(1000) NOT NULL DEFAULT '';
ALTER TABLE "Tenants" ADD COLUMN "Version" integer NOT NULL DEFAULT 0;
ALTER TABLE "Tenants" ADD COLUMN "UpdatedAt" timestamp with time zone NULL;
ALTER TABLE "Tenants" ADD COLUMN "UpdatedBy" character varying(256) NULL;
ALTER TABLE "Tenants" DROP COLUMN "EnabledFeatures";
