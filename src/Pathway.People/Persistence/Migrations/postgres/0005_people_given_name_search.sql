-- The registry search finds a person by given name alone, as written in any romanisation.
CREATE INDEX "IX_People_Persons_GivenNamesSkeleton" ON "People_Persons" ("GivenNamesSkeleton");
