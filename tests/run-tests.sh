#!/usr/bin/env bash
# The project's test command (README: "Test it"). Builds and tests everything that can be
# built here; the projects that need the Pulumi NuGet package are skipped, with one line
# saying so, wherever NuGet does not serve that package. PULUMI_LOCAL_FEED, when set, is a
# folder holding a Pulumi .nupkg that is added as an extra package source.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

configuration="${CONFIGURATION:-Debug}"
artifacts="artifacts"
mkdir -p "$artifacts"

feed_args=()
if [ -n "${PULUMI_LOCAL_FEED:-}" ]; then
  if ! compgen -G "$PULUMI_LOCAL_FEED/Pulumi.*.nupkg" >/dev/null; then
    echo "error: PULUMI_LOCAL_FEED=$PULUMI_LOCAL_FEED holds no Pulumi.*.nupkg; unset it or point it at a folder with the Pulumi package"
    exit 1
  fi
  feed_args=("-p:RestoreAdditionalProjectSources=$(cd "$PULUMI_LOCAL_FEED" && pwd)")
fi

dotnet tool restore >/dev/null || { echo "error: 'dotnet tool restore' failed (PowerShell tool from .config/dotnet-tools.json)"; exit 1; }

# Projects that reference the Pulumi package.
pulumi_projects=(
  sdk/Pulumi.CertAutoenroll/Pulumi.CertAutoenroll.csproj
  examples/UserAutoenrollment/UserAutoenrollment.csproj
  examples/LabDomain/LabDomain.csproj
  tests/Pulumi.CertAutoenroll.Tests/Pulumi.CertAutoenroll.Tests.csproj
)

include_pulumi=1
if ! dotnet restore sdk/Pulumi.CertAutoenroll/Pulumi.CertAutoenroll.csproj "${feed_args[@]}" >"$artifacts/pulumi-restore.log" 2>&1; then
  if grep -Eq "NU110[123].*Pulumi" "$artifacts/pulumi-restore.log"; then
    include_pulumi=0
    echo "SKIPPED: sdk/Pulumi.CertAutoenroll, examples/UserAutoenrollment, examples/LabDomain, tests/Pulumi.CertAutoenroll.Tests — NuGet package 'Pulumi' is not available from the configured package sources (set PULUMI_LOCAL_FEED to a folder with a Pulumi .nupkg)."
  else
    cat "$artifacts/pulumi-restore.log"
    echo "error: restoring sdk/Pulumi.CertAutoenroll failed for a reason other than a missing 'Pulumi' package"
    exit 1
  fi
fi

# A solution filter over PulumiCertAutoenroll.sln with every project that can build here.
mapfile -t all_projects < <(dotnet sln PulumiCertAutoenroll.sln list | grep -E '\.csproj$' | tr '\\' '/')
selected=()
for project in "${all_projects[@]}"; do
  skip=0
  if [ "$include_pulumi" = 0 ]; then
    for p in "${pulumi_projects[@]}"; do [ "$project" = "$p" ] && skip=1; done
  fi
  [ "$skip" = 0 ] && selected+=("$project")
done
{
  printf '{\n  "solution": {\n    "path": "../PulumiCertAutoenroll.sln",\n    "projects": [\n'
  for i in "${!selected[@]}"; do
    sep=","; [ "$i" = $((${#selected[@]} - 1)) ] && sep=""
    printf '      "%s"%s\n' "${selected[$i]//\//\\\\}" "$sep"
  done
  printf '    ]\n  }\n}\n'
} > "$artifacts/tests.slnf"

build_start=$SECONDS
dotnet build "$artifacts/tests.slnf" -c "$configuration" "${feed_args[@]}" -nologo -clp:ErrorsOnly || { echo "error: build failed"; exit 1; }
echo "build: $((SECONDS - build_start)) s"

# Two lanes on two cores: the provider's tests (the longest: the packaging test runs the release command)
# in one, every other test project after another and then the two smokes in the other (they fill the time
# the provider lane still needs); the provider lane's output follows the rest.
test_start=$SECONDS
log="$artifacts/test-output.log"
provider_log="$artifacts/test-output-provider.log"
: >"$log"
provider_tests=tests/CertAutoenroll.Provider.Tests/CertAutoenroll.Provider.Tests.csproj
other_tests=()
provider_pid=""
for project in "${selected[@]}"; do
  [[ "$project" == tests/*/*.Tests.csproj ]] || continue
  if [ "$project" = "$provider_tests" ]; then
    dotnet test "$project" -c "$configuration" --no-build -nologo >"$provider_log" 2>&1 &
    provider_pid=$!
  else
    other_tests+=("$project")
  fi
done
status=0
for project in "${other_tests[@]}"; do
  dotnet test "$project" -c "$configuration" --no-build -nologo 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" = 0 ] || status=1
done

# The smokes, on the build just made: the benchmark at N = 4 (functional checks only, no timing verdict) and the
# reliability suite at N = 4 with one fault in 5 requests of every kind but the slow delayReply.
smoke_start=$SECONDS
smoke() {
  echo "smoke: $*"
  dotnet run -c "$configuration" --no-build --project "$@" 2>&1 | tee -a "$artifacts/smokes.log"
  [ "${PIPESTATUS[0]}" = 0 ] || { echo "error: smoke failed: $*"; status=1; }
}
: >"$artifacts/smokes.log"
smoke tests/Benchmarks -- --resources 4 --latency-ms 10 --powershell-start-ms 400 --smoke
smoke tests/Reliability -- --resources 4 --fault-every 5 --smoke \
  --fault-kinds dropBefore,http500,dropAfterSend,dropAfterReceive,shellGone,killPowerShell,quotaOperations,quotaShells,unauthorized
echo "smokes: $((SECONDS - smoke_start)) s"
if [ -n "$provider_pid" ]; then
  wait "$provider_pid" || status=1
  tee -a "$log" <"$provider_log"
fi
echo "tests: $((SECONDS - test_start)) s"

# One closing line over all test assemblies, summed from the per-assembly summaries.
awk '
  /(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+, +Skipped: +[0-9]+/ {
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:")  { f += $(i+1) + 0 }
      if ($i == "Passed:")  { p += $(i+1) + 0 }
      if ($i == "Skipped:") { s += $(i+1) + 0 }
    }
  }
  END { printf "Total: %d passed, %d failed, %d skipped\n", p, f, s }
' "$log"
exit "$status"
