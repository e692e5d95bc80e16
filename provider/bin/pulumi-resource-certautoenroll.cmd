@echo off
rem The certautoenroll provider for local development on Windows (twin of the sh script beside it).
rem Builds the provider into provider\bin\.build when the dll is missing or a source is newer, then runs it.
rem Build output goes to provider\bin\.build.log, never to stdout: the engine reads the first stdout line as the port.
setlocal
set "BIN=%~dp0"
set "PROVIDER=%BIN%.."
set "OUT=%BIN%.build"
set "DLL=%OUT%\pulumi-resource-certautoenroll.dll"
set "LOG=%BIN%.build.log"
if not exist "%DLL%" goto build
powershell -NoProfile -NonInteractive -Command "$dll = (Get-Item -LiteralPath $env:DLL).LastWriteTimeUtc; $src = Get-ChildItem -LiteralPath $env:PROVIDER -Recurse -File -Include *.cs,*.csproj,*.proto,*.ps1,*.props,schema.json | Where-Object { $_.FullName -notmatch [\\/](bin|obj)[\\/] -and $_.LastWriteTimeUtc -gt $dll } | Select-Object -First 1; if ($src) { exit 1 } else { exit 0 }" >nul 2>&1
if errorlevel 1 goto build
goto run
:build
if not exist "%OUT%" mkdir "%OUT%"
echo pulumi-resource-certautoenroll: building the provider from source into %OUT% (the first time takes about a minute; log: %LOG%) 1>&2
dotnet build "%PROVIDER%\CertAutoenroll.Provider\CertAutoenroll.Provider.csproj" -c Release -o "%OUT%" -nologo -v quiet -clp:ErrorsOnly > "%LOG%" 2>&1
if errorlevel 1 (
  echo pulumi-resource-certautoenroll: building the provider failed; see %LOG% 1>&2
  type "%LOG%" 1>&2
  exit /b 1
)
copy /b "%DLL%" +,, "%DLL%" >nul
:run
dotnet "%DLL%" %*
exit /b %ERRORLEVEL%
