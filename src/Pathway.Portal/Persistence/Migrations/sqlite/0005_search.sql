-- Forward-only. Never edit a migration that has been released; add the next one.
-- Full-text search: each published text as its readers are shown it, in plain and folded words
-- (rows written by the application, see Search/SearchIndex.cs), indexed by FTS5 as external
-- content kept in step by triggers. Items are indexed on their next change or by the backfill at
-- start (IndexedVersion 0 is "never").
ALTER TABLE "Portal_ContentItems" ADD COLUMN "IndexedVersion" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "Portal_SearchTexts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Portal_SearchTexts" PRIMARY KEY AUTOINCREMENT,
    "TenantId" TEXT NOT NULL,
    "ItemId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "Readers" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "FoldedTitle" TEXT NOT NULL,
    "FoldedBody" TEXT NOT NULL,
    CONSTRAINT "FK_Portal_SearchTexts_Portal_ContentItems_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_ContentItems" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_Portal_SearchTexts_ItemId_Language" ON "Portal_SearchTexts" ("ItemId", "Language");

-- The words are folded already (lower case, Latin, no diacritics); unicode61 only splits them.
CREATE VIRTUAL TABLE "Portal_SearchIndex" USING fts5(
    "FoldedTitle", "FoldedBody", "Readers",
    content = 'Portal_SearchTexts', content_rowid = 'Id', tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER "Portal_SearchTexts_Inserted" AFTER INSERT ON "Portal_SearchTexts" BEGIN
    INSERT INTO "Portal_SearchIndex" (rowid, "FoldedTitle", "FoldedBody", "Readers")
    VALUES (new."Id", new."FoldedTitle", new."FoldedBody", new."Readers");
END;

CREATE TRIGGER "Portal_SearchTexts_Deleted" AFTER DELETE ON "Portal_SearchTexts" BEGIN
    INSERT INTO "Portal_SearchIndex" ("Portal_SearchIndex", rowid, "FoldedTitle", "FoldedBody", "Readers")
    VALUES ('delete', old."Id", old."FoldedTitle", old."FoldedBody", old."Readers");
END;

CREATE TRIGGER "Portal_SearchTexts_Updated" AFTER UPDATE ON "Portal_SearchTexts" BEGIN
    INSERT INTO "Portal_SearchIndex" ("Portal_SearchIndex", rowid, "FoldedTitle", "FoldedBody", "Readers")
    VALUES ('delete', old."Id", old."FoldedTitle", old."FoldedBody", old."Readers");
    INSERT INTO "Portal_SearchIndex" (rowid, "FoldedTitle", "FoldedBody", "Readers")
    VALUES (new."Id", new."FoldedTitle", new."FoldedBody", new."Readers");
END;
