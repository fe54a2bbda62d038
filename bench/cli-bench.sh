# Sourced by the benchmarks that time `pathway` commands: a temporary folder "$work" (removed at
# exit, with the throwaway PostgreSQL cluster in it), the step and timing lines, and the CLI built
# in Release as "$cli". The caller sets $bench_name first.
work=$(mktemp -d "/tmp/pathway-$bench_name.XXXXXX")
chmod 755 "$work"
. "$(dirname "${BASH_SOURCE[0]}")/throwaway-postgres.sh"
cleanup() {
  pg_stop
  rm -rf "$work"
}
trap cleanup EXIT
step() { echo "== $(date +%T) $*"; }
# Runs a command and prints its label and wall time, in seconds.
timed() { local label=$1; shift; local start=$(date +%s.%N); "$@"; echo "   $label: $(python3 -c "print(f'{$(date +%s.%N) - $start:.2f}')") s"; }

step "load: $(uptime)"
step "building Release"
dotnet build src/Pathway.Cli -c Release -v quiet -nologo >/dev/null
cli="$(pwd)/src/Pathway.Cli/bin/Release/net10.0/pathway.dll"

# Runs the function named $1 in "$work" on SQLite ("$work/$bench_name.db"), then on a throwaway
# PostgreSQL cluster when PostgreSQL is installed, with the connection settings each needs.
# BENCH_DATABASES=postgres (or sqlite) measures on the one named only.
on_each_database() {
  if [ "${BENCH_DATABASES:-sqlite,postgres}" != postgres ]; then
    step "SQLite"
    export ConnectionStrings__Pathway="Data Source=$work/$bench_name.db" NO_COLOR=1
    (cd "$work" && "$1")
  fi
  if [ "${BENCH_DATABASES:-sqlite,postgres}" = sqlite ]; then
    step "PostgreSQL not asked for"
  elif pg_installed; then
    step "PostgreSQL ($(pg_version))"
    pg_start
    export ConnectionStrings__Pathway="$pg_connection"
    export Database__Provider=Postgres Protection__MasterKey="$(openssl rand -base64 32)"
    (cd "$work" && "$1")
  else
    step "PostgreSQL is not installed: only SQLite measured"
  fi
}
