#!/usr/bin/env bash
# The release command (README: "Release"). Writes artifacts/release/:
#   pulumi-resource-certautoenroll-v<ver>-<os>-<arch>.tar.gz  for linux/darwin amd64+arm64 and windows amd64:
#       the self-contained plugin binary at the archive root (.exe on Windows), README.md, LICENSE;
#       linux-amd64 is NativeAOT (built on a linux-x64 machine; NativeAOT does not cross-compile across
#       operating systems), the others single-file ReadyToRun (crossgen2 of the build machine targets them all);
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
binary=pulumi-resource-certautoenroll
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
for p in $platforms; do rid_of "$p" >/dev/null; done

feed_args=()
if [ -n "${PULUMI_LOCAL_FEED:-}" ]; then
  feed_args=("-p:RestoreAdditionalProjectSources=$(cd "$PULUMI_LOCAL_FEED" && pwd)")
fi
url_args=()
[ -n "$url" ] && url_args=("-p:PluginDownloadUrl=$url")
# The analyzers (code style and the trim/AOT analyzers of IsAotCompatible included) run in every ordinary build of
# these sources, the test command's among them; the release compiles the provider once per platform, and running
# them in each of those compiles again would double the release's compile time.
no_analyzers=(-p:RunAnalyzers=false)

rm -rf "$out" "$stage"
mkdir -p "$out" "$stage"
echo "release v$version${url:+ (pluginDownloadURL $url)}: $platforms"

native_aot=0
[ "$(uname -s)-$(uname -m)" = Linux-x86_64 ] && [[ " $platforms " == *" linux-amd64 "* ]] && native_aot=1
single_file_rids=""
for p in $platforms; do
  [ "$p" = linux-amd64 ] && [ "$native_aot" = 1 ] && continue
  single_file_rids="$single_file_rids $(rid_of "$p")"
done

# linux-amd64: NativeAOT (its own restore: the ILCompiler packs are in its assets only).
if [ "$native_aot" = 1 ]; then
  dotnet publish "$project" -c Release -r linux-x64 -p:PublishAot=true -p:DebugType=none -p:StripSymbols=true \
    "${no_analyzers[@]}" "${url_args[@]}" -o "$stage/linux-x64" -nologo -v:q -clp:ErrorsOnly >"$stage/publish-linux-x64.log" 2>&1 \
    || { cat "$stage/publish-linux-x64.log"; echo "error: NativeAOT publish for linux-amd64 (linux-x64) failed"; exit 1; }
  echo "  linux-amd64: NativeAOT"
fi

# Every other platform: self-contained single-file ReadyToRun, restored once and published in one invocation.
if [ -n "$single_file_rids" ]; then
  extra="${url:+PluginDownloadUrl=$url}"
  dotnet msbuild build/SingleFile.proj -restore -t:Publish -m -nologo -v:q -clp:ErrorsOnly "${no_analyzers[@]}" \
    "-p:Rids=${single_file_rids# }" "-p:StageDir=$PWD/$stage" ${extra:+"-p:ExtraProperties=$extra"} \
    >"$stage/publish-single-file.log" 2>&1 \
    || { cat "$stage/publish-single-file.log"; echo "error: single-file publish for${single_file_rids} failed"; exit 1; }
  echo "  ${single_file_rids# }: self-contained single-file ReadyToRun"
fi

# The archives: gzip is single-threaded and the ReadyToRun binaries are over 100 MB, so each platform's archive is
# written in a job of its own (the test command's other lane may have left the second core free by now).
archive_of() { echo "$out/$binary-v$version-$1.tar.gz"; }
declare -A archive_job
for p in $platforms; do
  rid=$(rid_of "$p")
  file=$binary
  [ "${p%%-*}" = windows ] && file="$binary.exe"
  [ -f "$stage/$rid/$file" ] || { echo "error: $stage/$rid/$file was not produced"; exit 1; }
  mkdir -p "$stage/$p-archive"
  cp "$stage/$rid/$file" README.md LICENSE "$stage/$p-archive/"
  [ "${p%%-*}" = windows ] || chmod 0755 "$stage/$p-archive/$file"
  tar -C "$stage/$p-archive" --owner=0 --group=0 --numeric-owner -czf "$(archive_of "$p")" \
    "$file" README.md LICENSE 2>"$stage/tar-$p.log" &
  archive_job[$p]=$!
done
for p in $platforms; do
  wait "${archive_job[$p]}" || { cat "$stage/tar-$p.log"; echo "error: writing the $p archive failed"; exit 1; }
  echo "  $(archive_of "$p")"
done

# The SDK package: only where the Pulumi package can be restored.
if dotnet restore "$sdk_project" "${feed_args[@]}" -nologo -v:q >"$stage/sdk-restore.log" 2>&1; then
  dotnet pack "$sdk_project" -c Release --no-restore "${no_analyzers[@]}" "${url_args[@]}" -p:RepositoryCommit="$(git rev-parse HEAD 2>/dev/null || echo unknown)" \
    ${CERTAUTOENROLL_REPOSITORY_URL:+-p:RepositoryUrl="$CERTAUTOENROLL_REPOSITORY_URL"} \
    -o "$out" -nologo -v:q -clp:ErrorsOnly >"$stage/pack.log" 2>&1 \
    || { cat "$stage/pack.log"; echo "error: packing the SDK failed"; exit 1; }
  echo "  $out/Pulumi.CertAutoenroll.$version.nupkg"
elif grep -Eq "NU110[123].*Pulumi" "$stage/sdk-restore.log"; then
  echo "SKIPPED: Pulumi.CertAutoenroll.$version.nupkg — NuGet package 'Pulumi' is not available from the configured package sources (set PULUMI_LOCAL_FEED)."
else
  cat "$stage/sdk-restore.log"; echo "error: restoring the SDK failed"; exit 1
fi
