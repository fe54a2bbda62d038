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
