#!/usr/bin/env bash
# Special-category fields at a large NGO's size: 100,000 needs-assessment notes (about 300
# characters each, Polish and Dari) written plain, as a release before sealing left them, then
# `pathway keys reseal` (seal them all), `pathway keys rotate` (open each under v1, seal it under
# v2) and `pathway keys reseal` once more (nothing behind: the cost every start pays); on SQLite,
# and on PostgreSQL when it is installed. No target is set by the issue; the figures go to
# docs/benchmarks.md.
# Usage: bench/sealing.sh [notes]
set -euo pipefail
cd "$(dirname "$0")/.."
notes=${1:-100000}
bench_name=sealing
. bench/cli-bench.sh

# The notes, as one INSERT … SELECT over a counter, so the database writes them without a client loop.
note="Przemoc domowa ze strony partnera, ciąża w szóstym miesiącu; zaburzenia snu i lęk po przejściu granicy. خشونت خانگی از سوی همسر، بارداری در ماه ششم؛ بی‌خوابی و اضطراب پس از عبور از مرز. Skierowana do psychologa i do lekarza; następna wizyta za dwa tygodnie."
insert_sql() {
  local series=$1 id=$2 day=$3 stamp=$4
  cat <<SQL
INSERT INTO "Support_NeedAssessments" ("Id", "TenantId", "BeneficiaryId", "AssessedOn", "AssessedBy", "Note", "NextReviewOn", "RecordedAt", "RecordedBy")
SELECT $id, b."TenantId", b."Id", $day, 'bench', '$note', $day, $stamp, 'bench'
FROM (SELECT "Id", "TenantId" FROM "Support_Beneficiaries" LIMIT 1) b CROSS JOIN $series;
SQL
}

# Each verb's last line, its summary (the progress lines before it are for a terminal).
keys() { dotnet "$cli" keys "$@" --tenant demo | tail -1; }
run_all() {
  timed "keys reseal: seal $notes plain notes" keys reseal
  timed "keys rotate: open and seal again under v2" keys rotate
  timed "keys reseal: nothing behind" keys reseal
}

step "SQLite"
export ConnectionStrings__Pathway="Data Source=$work/sealing.db" NO_COLOR=1
(cd "$work" && dotnet "$cli" seed --persons 1 >/dev/null)
python3 - "$work/sealing.db" "$notes" "$(insert_sql "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $notes) SELECT i FROM n)" "upper(printf('%08x-0000-7000-8000-%012x', i, i))" "'2026-01-15'" "'2026-01-15 10:00:00'")" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1]); db.execute(sys.argv[3]); db.commit()
print("   notes written plain:", db.execute('SELECT COUNT(*) FROM "Support_NeedAssessments" WHERE "Note" NOT LIKE \'pw1:%\'').fetchone()[0])
PY
(cd "$work" && run_all)

if pg_installed; then
  step "PostgreSQL ($(pg_version))"
  pg_start
  export ConnectionStrings__Pathway="$pg_connection"
  export Database__Provider=Postgres Protection__MasterKey="$(openssl rand -base64 32)"
  (cd "$work" && dotnet "$cli" seed --persons 1 >/dev/null)
  insert_sql "generate_series(1, $notes) AS g(i)" "('00000000-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid" "DATE '2026-01-15'" "TIMESTAMPTZ '2026-01-15 10:00:00Z'" \
    | "$(command -v psql || echo "$pg_bin/psql")" -q -h 127.0.0.1 -p "$pg_port" -U pathway -d postgres >/dev/null
  (cd "$work" && run_all)
else
  step "PostgreSQL is not installed: only SQLite measured"
fi
