"""Checks JSON plans against schema/plan.schema.json: the golden plan, and a live plan and
drift report from the built binary against the embedded simulator."""
import json
import pathlib
import subprocess
import sys
import tempfile

import jsonschema

root = pathlib.Path(__file__).resolve().parent.parent
binary = sys.argv[1] if len(sys.argv) > 1 else str(root / ".build/debug/zephyr-fields")
schema = json.loads((root / "schema/plan.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

documents = {"Tests/ReconcilerTests/Golden/plan.json": json.loads((root / "Tests/ReconcilerTests/Golden/plan.json").read_text())}
with tempfile.TemporaryDirectory() as tmp:
    state = pathlib.Path(tmp) / "state.json"
    for command in ("plan", "drift"):
        run = subprocess.run(
            [binary, command, "--server", f"simulator:{state}", "--format", "json", str(root / "examples/multi-project")],
            capture_output=True, text=True, timeout=120,
        )
        if run.returncode not in (0, 2):
            sys.exit(f"{command} exited {run.returncode}: {run.stderr}")
        documents[f"zephyr-fields {command} --format json"] = json.loads(run.stdout)

failed = 0
for name, document in documents.items():
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    for error in errors:
        print(f"{name}: {'/'.join(map(str, error.path))}: {error.message}")
    failed += bool(errors)
    print(f"{'FAIL' if errors else 'ok  '} {name}")
sys.exit(1 if failed else 0)
