-- Forward-only. Never edit a migration that has been released; add the next one.
-- What translation tools added to an imported XLIFF file (notes, other vocabularies), given back on export.
ALTER TABLE "Portal_ContentTexts" ADD COLUMN "ExchangeExtras" TEXT NULL;
