#!/usr/bin/env bash
# Nightly drift check for a crontab (install zephyr-fields first: the .deb or the tarball,
# see the README's Install section), e.g.:
#   17 3 * * *  cd /srv/zephyr-config && ZEPHYR_URL=https://jira.example.com ZEPHYR_TOKEN=... ./zephyr-fields-drift.sh
# Exit 0 in sync, 2 drift (the report is in drift/), 1 error. cron mails any output, so it
# stays quiet when nothing drifted.
set -euo pipefail
config="${ZEPHYR_CONFIG:-zephyr}"
reports="${ZEPHYR_REPORTS:-drift}"
mkdir -p "$reports"
stamp="$(date -u +%Y-%m-%dT%H%M%SZ)"

set +e
zephyr-fields drift "$config" --no-color --format json > "$reports/drift-$stamp.json"
code=$?
set -e
case "$code" in
  0) rm -f "$reports/drift-$stamp.json" ;;
  2) echo "zephyr-fields: drift found; report in $reports/drift-$stamp.json"
     zephyr-fields drift "$config" --no-color || true ;;
  *) echo "zephyr-fields: drift check failed (exit $code)" >&2 ;;
esac
exit "$code"
