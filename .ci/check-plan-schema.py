"""Checks JSON output against its schemas: plans against schema/plan.schema.json (the golden
plans, and a live plan and drift report from the built binary against the embedded simulator),
and every line of `apply --format json` against schema/apply.schema.json."""
import json
import pathlib
import subprocess
import sys
import tempfile

import jsonschema

root = pathlib.Path(__file__).resolve().parent.parent
binary = sys.argv[1] if len(sys.argv) > 1 else str(root / ".build/debug/zephyr-fields")
def validator_for(name):
    schema = json.loads((root / "schema" / name).read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


validator = validator_for("plan.schema.json")
apply_validator = validator_for("apply.schema.json")

golden = root / "Tests/ReconcilerTests/Golden"
documents = {f"{golden.name}/{path.name}": json.loads(path.read_text()) for path in sorted(golden.glob("*.json"))}
apply_lines = {}
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
    run = subprocess.run(
        [binary, "apply", "--server", f"simulator:{state}", "--format", "json", "--auto-approve", str(root / "examples/multi-project")],
        capture_output=True, text=True, timeout=120,
    )
    if run.returncode != 0:
        sys.exit(f"apply exited {run.returncode}: {run.stderr}")
    apply_lines = {f"apply --format json, line {number}": json.loads(line) for number, line in enumerate(run.stdout.splitlines(), 1)}
    kinds = [line["type"] for line in apply_lines.values()]
    if kinds[0] != "plan" or kinds[-1] != "summary" or set(kinds[1:-1]) != {"change"}:
        sys.exit(f"apply --format json printed {kinds}; expected plan, changes, summary")

    # Zephyr Enterprise: creates carry projects / all_projects; after an edit the REST API cannot
    # make, the plan holds manual steps.
    import shutil
    ze_state = pathlib.Path(tmp) / "ze.json"
    ze_config = pathlib.Path(tmp) / "enterprise"
    shutil.copytree(root / "examples/enterprise", ze_config)
    def ze(command, *extra):
        run = subprocess.run([binary, command, "--server", f"simulator:{ze_state}", *extra, str(ze_config)], capture_output=True, text=True, timeout=120)
        if run.returncode not in (0, 2):
            sys.exit(f"enterprise {command} exited {run.returncode}: {run.stderr}")
        return run.stdout
    documents["zephyr-fields plan --format json (enterprise, creates)"] = json.loads(ze("plan", "--format", "json"))
    ze("apply", "--auto-approve")
    definitions = ze_config / "definitions.yaml"
    definitions.write_text(definitions.read_text().replace("The test case runs in CI", "The test case runs in CI, nightly"))
    document = json.loads(ze("drift", "--format", "json"))
    if not document.get("manual_steps") or document["summary"]["manual_steps"] != 1:
        sys.exit(f"enterprise drift after a description edit: expected one manual step, got {document}")
    documents["zephyr-fields drift --format json (enterprise, manual steps)"] = document

failed = 0
checks = [(name, document, validator) for name, document in documents.items()]
checks += [(name, line, apply_validator) for name, line in apply_lines.items()]
for name, document, schema in checks:
    errors = sorted(schema.iter_errors(document), key=lambda e: list(e.path))
    for error in errors:
        print(f"{name}: {'/'.join(map(str, error.path))}: {error.message}")
    failed += bool(errors)
    print(f"{'FAIL' if errors else 'ok  '} {name}")
sys.exit(1 if failed else 0)
