#!/usr/bin/env bash
# Regenerates Fixtures/ from the current schema rendering. Run it after changing a model or a
# dialect, review the diff, and commit it with the change: the fixture tests fail until then.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product tandem >/dev/null
for dialect in postgresql sqlite; do
    .build/debug/tandem schema --dialect "$dialect" > "Fixtures/schema.$dialect.sql"
    echo "wrote Fixtures/schema.$dialect.sql"
done
