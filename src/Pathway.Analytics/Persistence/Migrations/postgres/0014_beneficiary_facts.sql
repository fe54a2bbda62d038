-- Forward-only. Never edit a migration that has been released; add the next one.
-- The warehouse's facts of support cases (beneficiaries), fed from the support module's events: when each
-- was registered and closed and why, the person's age band on registration, sex, citizenship and the
-- categories of their specific needs. Pseudonymised: the case itself is a keyed pseudonym (its id is not
-- kept) and the person the same pseudonym as in the services' facts; no name, birth date, number, language
-- or note. A case the retention rules anonymised stays as a row marked Removed, so that an older event
-- cannot bring it back.
CREATE TABLE "Analytics_FactBeneficiaries" (
    "BeneficiaryKey" character varying(32) NOT NULL,
    CONSTRAINT "PK_Analytics_FactBeneficiaries" PRIMARY KEY ("BeneficiaryKey"),
    "TenantId" uuid NOT NULL,
    "Version" integer NOT NULL,
    "Removed" boolean NOT NULL,
    "PersonKey" character varying(32) NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "RegisteredOn" date NOT NULL,
    "ClosedOn" date,
    "ClosureReason" character varying(32),
    "Citizenship" character varying(3) NOT NULL,
    "Sex" character varying(1) NOT NULL,
    "AgeBand" character varying(10) NOT NULL,
    "Vulnerable" boolean NOT NULL,
    "NeedCategories" text NOT NULL
);
CREATE INDEX "IX_Analytics_FactBeneficiaries_TenantId_RegisteredOn" ON "Analytics_FactBeneficiaries" ("TenantId", "RegisteredOn");
