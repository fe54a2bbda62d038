-- One document number of a kind and issuing state belongs to one person. Numbers already on two
-- records stay as they are, marked as exceptions (all but the first), so that the index can hold.
ALTER TABLE "People_Documents" ADD "SharedNumberReason" TEXT NULL;

UPDATE "People_Documents" SET "SharedNumberReason" = 'held by more than one record before document numbers were unique'
WHERE EXISTS (
    SELECT 1 FROM "People_Documents" AS earlier
    WHERE earlier."TenantId" = "People_Documents"."TenantId" AND earlier."Kind" = "People_Documents"."Kind"
      AND earlier."IssuingState" = "People_Documents"."IssuingState" AND earlier."Number" = "People_Documents"."Number"
      AND earlier."Id" < "People_Documents"."Id");

CREATE UNIQUE INDEX "IX_People_Documents_TenantId_Kind_IssuingState_Number" ON "People_Documents" ("TenantId", "Kind", "IssuingState", "Number") WHERE "SharedNumberReason" IS NULL;
