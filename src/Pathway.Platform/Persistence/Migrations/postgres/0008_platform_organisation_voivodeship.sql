-- Forward-only. The voivodeship an organisation serves, as the 2-digit TERYT code of the province
-- ("02" dolnośląskie … "32" zachodniopomorskie): statistics count by it. Unknown until an
-- administrator sets it.
ALTER TABLE "Organisations" ADD COLUMN "Voivodeship" character varying(2) NULL;
