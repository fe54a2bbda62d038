-- A scan a supervisor starts runs on one node; its progress is kept on its row so that the
-- review page shows it on every node.
ALTER TABLE "People_ScanRuns" ADD "Done" bigint NOT NULL DEFAULT 0;

ALTER TABLE "People_ScanRuns" ADD "Total" bigint NOT NULL DEFAULT 0;
