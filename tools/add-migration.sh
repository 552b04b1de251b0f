#!/usr/bin/env bash
# Adds a migration with the same name to both providers' migration sets.
# usage: tools/add-migration.sh <Name>
set -euo pipefail
name=${1:?usage: tools/add-migration.sh <Name>}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$name" --project CallCentre.Domain --startup-project CallCentre.Domain \
    --context "${provider}CallCentreDbContext" --output-dir "Persistence/Migrations/$provider" \
    --namespace "CallCentre.Domain.Persistence.Migrations.$provider"
  # dotnet ef places the snapshot by namespace when --namespace is given; put it beside the migrations.
  if [ -d "CallCentre.Domain/CallCentre/Domain/Persistence/Migrations/$provider" ]; then
    mv CallCentre.Domain/CallCentre/Domain/Persistence/Migrations/$provider/*.cs "CallCentre.Domain/Persistence/Migrations/$provider/"
  fi
done
rm -rf CallCentre.Domain/CallCentre CallCentre.Domain/design-time.db*
