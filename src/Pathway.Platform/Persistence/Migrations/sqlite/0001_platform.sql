-- Forward-only. Never edit a migration that has been released; add the next one.
CREATE TABLE "ApiKeys" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ApiKeys" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Prefix" TEXT NOT NULL,
    "SecretHash" TEXT NOT NULL,
    "Scopes" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "RevokedAt" TEXT NULL,
    "LastUsedAt" TEXT NULL
);

CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    "DisplayName" TEXT NOT NULL,
    "PreferredCulture" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);

CREATE TABLE "AuditEntries" (
    "Sequence" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY,
    "At" TEXT NOT NULL,
    "TenantId" TEXT NULL,
    "ActorId" TEXT NULL,
    "ActorName" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "Reason" TEXT NULL,
    "Details" TEXT NULL,
    "ClientAddress" TEXT NULL,
    "PreviousHash" TEXT NOT NULL,
    "Hash" TEXT NOT NULL
);

CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);

CREATE TABLE "Organisations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Organisations" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL
);

CREATE TABLE "OutboxMessages" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OutboxMessages" PRIMARY KEY,
    "TenantId" TEXT NULL,
    "Type" TEXT NOT NULL,
    "Payload" TEXT NOT NULL,
    "OccurredAt" TEXT NOT NULL,
    "ProcessedAt" TEXT NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL,
    "LockedUntil" TEXT NULL,
    "LockedBy" TEXT NULL
);

CREATE TABLE "OutboxReceipts" (
    "MessageId" TEXT NOT NULL,
    "Consumer" TEXT NOT NULL,
    "HandledAt" TEXT NOT NULL,
    CONSTRAINT "PK_OutboxReceipts" PRIMARY KEY ("MessageId", "Consumer")
);

CREATE TABLE "Tenants" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Tenants" PRIMARY KEY,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "DefaultCulture" TEXT NOT NULL,
    "TimeZone" TEXT NOT NULL,
    "BrandColour" TEXT NOT NULL,
    "EnabledFeatures" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_ApiKeys_Prefix" ON "ApiKeys" ("Prefix");

CREATE INDEX "IX_ApiKeys_TenantId" ON "ApiKeys" ("TenantId");

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE INDEX "IX_AspNetUsers_TenantId" ON "AspNetUsers" ("TenantId");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

CREATE INDEX "IX_AuditEntries_ActorId" ON "AuditEntries" ("ActorId");

CREATE INDEX "IX_AuditEntries_EntityType_EntityId" ON "AuditEntries" ("EntityType", "EntityId");

CREATE INDEX "IX_Organisations_TenantId" ON "Organisations" ("TenantId");

CREATE INDEX "IX_OutboxMessages_ProcessedAt_OccurredAt" ON "OutboxMessages" ("ProcessedAt", "OccurredAt");

CREATE UNIQUE INDEX "IX_Tenants_Slug" ON "Tenants" ("Slug");

-- The audit trail is append-only: the database itself refuses changes and deletions.
CREATE TRIGGER "AuditEntries_no_update" BEFORE UPDATE ON "AuditEntries"
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE TRIGGER "AuditEntries_no_delete" BEFORE DELETE ON "AuditEntries"
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
