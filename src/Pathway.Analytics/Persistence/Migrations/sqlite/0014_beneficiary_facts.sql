-- Forward-only. Never edit a migration that has been released; add the next one.
-- The warehouse's facts of support cases (beneficiaries), fed from the support module's events: when each
-- was registered and closed and why, the person's age band on registration, sex, citizenship and the
-- categories of their specific needs. Pseudonymised: the case itself is a keyed pseudonym (its id is not
-- kept) and the person the same pseudonym as in the services' facts; no name, birth date, number, language
-- or note. A case the retention rules anonymised stays as a row marked Removed, so that an older event
-- cannot bring it back.
CREATE TABLE "Analytics_FactBeneficiaries" (
    "BeneficiaryKey" TEXT NOT NULL CONSTRAINT "PK_Analytics_FactBeneficiaries" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Removed" INTEGER NOT NULL,
    "PersonKey" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "RegisteredOn" TEXT NOT NULL,
    "ClosedOn" TEXT NULL,
    "ClosureReason" TEXT NULL,
    "Citizenship" TEXT NOT NULL,
    "Sex" TEXT NOT NULL,
    "AgeBand" TEXT NOT NULL,
    "Vulnerable" INTEGER NOT NULL,
    "NeedCategories" TEXT NOT NULL
);
CREATE INDEX "IX_Analytics_FactBeneficiaries_TenantId_RegisteredOn" ON "Analytics_FactBeneficiaries" ("TenantId", "RegisteredOn");
