"""Parses every CI recipe in examples/ci and runs the exact zephyr-fields commands in it against
the embedded simulator, in the order a team meets them: plan (pull request), drift before the
merge (must fail: the server lags git), apply (merge), drift again (must pass).

Steps that install the tool, use third-party actions or post comments are not run: they need
the hosted CI service. Everything else runs as written, with `bash -eo pipefail` like the CI
services do."""
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

import yaml

root = pathlib.Path(__file__).resolve().parent.parent
binary = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else root / ".build/debug/zephyr-fields").resolve()
recipes = root / "examples/ci"
failures = []


def run(label, script, cwd, env, expect):
    result = subprocess.run(["bash", "-eo", "pipefail", "-c", script], cwd=cwd, env=env,
                            capture_output=True, text=True, timeout=300)
    ok = result.returncode in expect
    print(f"{'ok  ' if ok else 'FAIL'} {label}: exit {result.returncode} (expected {' or '.join(map(str, expect))})")
    if not ok:
        failures.append(label)
        print(result.stdout[-3000:], result.stderr[-3000:], sep="\n")


def workspace():
    directory = pathlib.Path(tempfile.mkdtemp(prefix="zf-recipes-"))
    shutil.copytree(root / "examples/multi-project", directory / "zephyr")
    (directory / "bin").mkdir()
    os.symlink(binary, directory / "bin/zephyr-fields")
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZEPHYR_")}
    env.update(PATH=f"{directory / 'bin'}:{env['PATH']}", ZEPHYR_URL=f"simulator:{directory / 'state.json'}",
               ZEPHYR_USER="admin", ZEPHYR_PASSWORD="admin", GITHUB_OUTPUT=str(directory / "github-output"))
    return directory, env


def github_steps(name):
    workflow = yaml.safe_load((recipes / "github/.github/workflows" / name).read_text())
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            if "uses" in step or step.get("name", "").startswith("Install"):
                continue
            yield f"github/{name}: {step['name']}", step["run"]


def gitlab_job(name):
    pipeline = yaml.safe_load((recipes / "gitlab/.gitlab-ci.yml").read_text())
    return f"gitlab: {name}", "\n".join(pipeline[name]["script"])


# GitHub Actions
directory, env = workspace()
sequence = [("zephyr-fields-plan.yml", {0}), ("zephyr-fields-drift.yml", {2}),
            ("zephyr-fields-apply.yml", {0}), ("zephyr-fields-drift.yml", {0})]
for name, expect in sequence:
    for label, script in github_steps(name):
        run(label, script, directory, env, expect)
assert (directory / "zephyr-plan.md").read_text().startswith("### zephyr-fields plan")
assert "exitcode=2" in (directory / "github-output").read_text()

# GitLab CI
directory, env = workspace()
for name, expect in [("zephyr-plan", {0}), ("zephyr-drift", {2}), ("zephyr-apply", {0}), ("zephyr-drift", {0})]:
    label, script = gitlab_job(name)
    run(label, script, directory, env, expect)

# cron
directory, env = workspace()
env["ZEPHYR_CONFIG"] = "zephyr"
cron = str(recipes / "cron/zephyr-fields-drift.sh")
run("cron: drift before apply", cron, directory, env, {2})
run("cron: apply", "zephyr-fields apply zephyr --auto-approve --no-color", directory, env, {0})
run("cron: drift after apply", cron, directory, env, {0})

sys.exit(1 if failures else 0)
