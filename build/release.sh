#!/usr/bin/env bash
# The release command (README: "Release"). Writes artifacts/release/:
#   pulumi-resource-certautoenroll-v<ver>-<os>-<arch>.tar.gz  for linux/darwin amd64+arm64 and windows amd64:
#       the self-contained plugin binary at the archive root (.exe on Windows), README.md, LICENSE;
#   Pulumi.CertAutoenroll.<ver>.nupkg  the SDK, where NuGet (or PULUMI_LOCAL_FEED) serves Pulumi.
# Settings (environment):
#   CERTAUTOENROLL_PLUGIN_DOWNLOAD_URL  where the archives will be served; written into the schema
#                                       (pluginDownloadURL) and the SDK's pulumi-plugin.json (server)
#   RELEASE_PLATFORMS                   subset to build, e.g. "linux-amd64" (default: all five)
#   PULUMI_LOCAL_FEED                   folder with a Pulumi .nupkg, added as a package source
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

all_platforms="linux-amd64 linux-arm64 darwin-amd64 darwin-arm64 windows-amd64"
platforms="${RELEASE_PLATFORMS:-$all_platforms}"
project=provider/CertAutoenroll.Provider/CertAutoenroll.Provider.csproj
sdk_project=sdk/Pulumi.CertAutoenroll/Pulumi.CertAutoenroll.csproj
out=artifacts/release
stage=artifacts/release-stage
version=$(dotnet msbuild "$project" -getProperty:Version)
url="${CERTAUTOENROLL_PLUGIN_DOWNLOAD_URL:-}"

rid_of() {
  case "$1" in
    linux-amd64) echo linux-x64 ;; linux-arm64) echo linux-arm64 ;;
    darwin-amd64) echo osx-x64 ;; darwin-arm64) echo osx-arm64 ;;
    windows-amd64) echo win-x64 ;;
    *) echo "error: unknown platform '$1' (use: $all_platforms)" >&2; exit 2 ;;
  esac
}

feed_args=()
if [ -n "${PULUMI_LOCAL_FEED:-}" ]; then
  feed_args=("-p:RestoreAdditionalProjectSources=$(cd "$PULUMI_LOCAL_FEED" && pwd)")
fi
url_args=()
[ -n "$url" ] && url_args=("-p:PluginDownloadUrl=$url")

rm -rf "$out" "$stage"
mkdir -p "$out" "$stage"
echo "release v$version${url:+ (pluginDownloadURL $url)}: $platforms"

# Runtime packs for every platform restored once; then one self-contained ReadyToRun publish each.
rids=""
for p in $platforms; do rids="$rids;$(rid_of "$p")"; done
rids="${rids#;}"
dotnet restore "$project" -p:RuntimeIdentifiers="$rids" -p:PublishReadyToRun=true -nologo -v:q >"$stage/restore.log" 2>&1 \
  || { cat "$stage/restore.log"; echo "error: restore for $rids failed"; exit 1; }

for p in $platforms; do
  rid=$(rid_of "$p")
  dotnet publish "$project" -c Release -r "$rid" --self-contained --no-restore -p:RuntimeIdentifiers="$rids" \
    -p:PublishSingleFile=true -p:PublishReadyToRun=true -p:IncludeNativeLibrariesForSelfExtract=true \
    -p:DebugType=none -p:GenerateDocumentationFile=false "${url_args[@]}" \
    -o "$stage/$p" -nologo -v:q -clp:ErrorsOnly >"$stage/publish-$p.log" 2>&1 \
    || { cat "$stage/publish-$p.log"; echo "error: publish for $p ($rid) failed"; exit 1; }
  binary=pulumi-resource-certautoenroll
  [ "${p%%-*}" = windows ] && binary="$binary.exe"
  [ -f "$stage/$p/$binary" ] || { echo "error: $stage/$p/$binary was not produced"; exit 1; }
  mkdir -p "$stage/$p-archive"
  cp "$stage/$p/$binary" README.md LICENSE "$stage/$p-archive/"
  [ "${p%%-*}" = windows ] || chmod 0755 "$stage/$p-archive/$binary"
  archive="$out/pulumi-resource-certautoenroll-v$version-$p.tar.gz"
  tar -C "$stage/$p-archive" --owner=0 --group=0 --numeric-owner -czf "$archive" "$binary" README.md LICENSE
  echo "  $archive"
done

# The SDK package: only where the Pulumi package can be restored.
if dotnet restore "$sdk_project" "${feed_args[@]}" -nologo -v:q >"$stage/sdk-restore.log" 2>&1; then
  dotnet pack "$sdk_project" -c Release --no-restore "${url_args[@]}" -p:RepositoryCommit="$(git rev-parse HEAD 2>/dev/null || echo unknown)" \
    ${CERTAUTOENROLL_REPOSITORY_URL:+-p:RepositoryUrl="$CERTAUTOENROLL_REPOSITORY_URL"} \
    -o "$out" -nologo -v:q -clp:ErrorsOnly >"$stage/pack.log" 2>&1 \
    || { cat "$stage/pack.log"; echo "error: packing the SDK failed"; exit 1; }
  echo "  $out/Pulumi.CertAutoenroll.$version.nupkg"
elif grep -Eq "NU110[123].*Pulumi" "$stage/sdk-restore.log"; then
  echo "SKIPPED: Pulumi.CertAutoenroll.$version.nupkg — NuGet package 'Pulumi' is not available from the configured package sources (set PULUMI_LOCAL_FEED)."
else
  cat "$stage/sdk-restore.log"; echo "error: restoring the SDK failed"; exit 1
fi
