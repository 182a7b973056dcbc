#!/usr/bin/env bash
# Cake bootstrapper: restores the pinned local tools, then runs build.cake with the given arguments.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null
exec dotnet cake build.cake "$@"
