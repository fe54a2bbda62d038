-- Forward-only. Never edit a migration that has been released; add the next one.
-- Case search looks a two-word name up as one entry: each pair of an applicant's name words,
-- sorted in byte order and joined by a space, is an entry of the name index beside the words.
INSERT OR IGNORE INTO "Cases_ApplicantWords" ("CaseId", "Word")
SELECT a."CaseId", a."Word" || ' ' || b."Word"
FROM "Cases_ApplicantWords" AS a
JOIN "Cases_ApplicantWords" AS b ON b."CaseId" = a."CaseId" AND a."Word" < b."Word"
WHERE instr(a."Word", ' ') = 0 AND instr(b."Word", ' ') = 0
  AND length(a."Word") + length(b."Word") + 1 <= 100;
