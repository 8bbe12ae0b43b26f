"""Parses every CI recipe in examples/ci and runs the exact zephyr-fields commands in it against
the embedded simulator, in the order a team meets them: plan (pull request), drift before the
merge (must fail: the server lags git), apply (merge), drift again (must pass).

Steps that use third-party actions (checkout, cache, comments, artifacts) are not run: they need
the hosted CI service. The install steps download a release; they run only when `--releases DIR`
names a folder laid out like a release page (DIR/v<version>/ holding the files of
scripts/release.sh's dist/): then each install step downloads from file://DIR, must verify the
SHA-256 and install, a second run must be served by its cache, a tampered tarball must be
refused, and the recipe's later steps use the binary the install step put on PATH. Everything
else runs as written, with `bash -eo pipefail` like the CI services do."""
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

import yaml

root = pathlib.Path(__file__).resolve().parent.parent
args = sys.argv[1:]
releases = None
if "--releases" in args:
    at = args.index("--releases")
    releases = pathlib.Path(args[at + 1]).resolve()
    del args[at:at + 2]
binary = pathlib.Path(args[0] if args else root / ".build/debug/zephyr-fields").resolve()
recipes = root / "examples/ci"
failures = []
workspaces = []
release_version = None
if releases:
    tarballs = sorted(releases.glob("v*/zephyr-fields-*-linux-*.tar.gz"))
    assert len(tarballs) == 1, f"expected one release tarball under {releases}/v*/, found {tarballs}"
    release_version = tarballs[0].parent.name[1:]


def run(label, script, cwd, env, expect):
    result = subprocess.run(["bash", "-eo", "pipefail", "-c", script], cwd=cwd, env=env,
                            capture_output=True, text=True, timeout=300)
    ok = result.returncode in expect
    print(f"{'ok  ' if ok else 'FAIL'} {label}: exit {result.returncode} (expected {' or '.join(map(str, expect))})")
    if not ok:
        failures.append(label)
        print(result.stdout[-3000:], result.stderr[-3000:], sep="\n")
    return result


def workspace():
    directory = pathlib.Path(tempfile.mkdtemp(prefix="zf-recipes-"))
    workspaces.append(directory)
    shutil.copytree(root / "examples/multi-project", directory / "zephyr")
    (directory / "bin").mkdir()
    os.symlink(binary, directory / "bin/zephyr-fields")
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZEPHYR_")}
    env.update(PATH=f"{directory / 'bin'}:{env['PATH']}", ZEPHYR_URL=f"simulator:{directory / 'state.json'}",
               ZEPHYR_USER="admin", ZEPHYR_PASSWORD="admin", GITHUB_OUTPUT=str(directory / "github-output"),
               GITHUB_PATH=str(directory / "github-path"))
    return directory, env


def release_env(env, home, releases_dir):
    """The environment an install step sees: the release under test, served from a folder."""
    env = dict(env, HOME=str(home), ZEPHYR_FIELDS_VERSION=release_version,
               ZEPHYR_FIELDS_RELEASES=f"file://{releases_dir}")
    home.mkdir(parents=True, exist_ok=True)
    return env


def check_install(label, script, directory, env, installed_path):
    """Runs an install step three ways: fresh (downloads, verifies), again (cache hit, no
    download: the release folder is hidden), and fresh against a tampered tarball (refused)."""
    home = pathlib.Path(tempfile.mkdtemp(prefix="home-", dir=directory))   # GitHub caches in HOME
    shutil.rmtree(directory / ".zephyr-fields", ignore_errors=True)         # GitLab in the project
    run(f"{label} (download, verify)", script, directory, release_env(env, home, releases), {0})
    hidden = directory / "no-releases"
    run(f"{label} (cached)", script, directory, release_env(env, home, hidden), {0})
    scratch = pathlib.Path(tempfile.mkdtemp(prefix="tampered-", dir=directory))
    tampered = scratch / "releases"
    shutil.copytree(releases, tampered)
    tarball = next(tampered.glob("v*/*.tar.gz"))
    tarball.write_bytes(tarball.read_bytes() + b"\0")
    cache = directory / ".zephyr-fields"   # GitLab caches in the project folder; move it aside
    if cache.exists():
        cache.rename(directory / ".zephyr-fields-kept")
    refused = run(f"{label} (tampered tarball refused)", script, directory,
                  release_env(env, scratch / "home", tampered), {1})
    if "FAILED" not in refused.stdout + refused.stderr:
        print(f"FAIL {label}: the tampered tarball was refused, but not by sha256sum -c")
        failures.append(f"{label}: tampered")
    if (directory / ".zephyr-fields-kept").exists():
        shutil.rmtree(cache, ignore_errors=True)
        (directory / ".zephyr-fields-kept").rename(cache)
    found = shutil.which("zephyr-fields", path=installed_path())
    ok = found is not None and release_version in subprocess.run(
        [found, "--version"], capture_output=True, text=True).stdout
    print(f"{'ok  ' if ok else 'FAIL'} {label}: {found} --version names {release_version}")
    if not ok:
        failures.append(f"{label}: installed binary")
    return found


def github_steps(name, directory, env):
    workflow = yaml.safe_load((recipes / "github/.github/workflows" / name).read_text())
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            label = f"github/{name}: {step.get('name', step.get('uses'))}"
            if "uses" in step:
                continue
            if step.get("name", "").startswith("Install"):
                if releases:
                    path_file = pathlib.Path(env["GITHUB_PATH"])
                    installed = check_install(label, step["run"], directory, env,
                                              lambda: path_file.read_text().split()[-1])
                    # What Actions does with GITHUB_PATH: later steps find the installed binary first.
                    env["PATH"] = f"{pathlib.Path(installed).parent}:{env['PATH']}"
                continue
            yield label, step["run"]


def gitlab_job(name, directory, env):
    pipeline = yaml.safe_load((recipes / "gitlab/.gitlab-ci.yml").read_text())
    before = pipeline[pipeline[name]["extends"]]["before_script"]
    script = "\n".join(pipeline[name]["script"])
    if releases:
        installed = check_install(f"gitlab: {name} before_script", "\n".join(before + ["command -v zephyr-fields"]),
                                  directory, env, lambda: str(directory / ".zephyr-fields" / release_version))
        env = dict(env, PATH=f"{pathlib.Path(installed).parent}:{env['PATH']}")
    return f"gitlab: {name}", script, env


# GitHub Actions
directory, env = workspace()
sequence = [("zephyr-fields-plan.yml", {0}), ("zephyr-fields-drift.yml", {2}),
            ("zephyr-fields-apply.yml", {0}), ("zephyr-fields-drift.yml", {0})]
for name, expect in sequence:
    for label, script in github_steps(name, directory, env):
        run(label, script, directory, env, expect)
assert (directory / "zephyr-plan.md").read_text().startswith("### zephyr-fields plan")
assert "exitcode=2" in (directory / "github-output").read_text()

# GitLab CI
directory, env = workspace()
for name, expect in [("zephyr-plan", {0}), ("zephyr-drift", {2}), ("zephyr-apply", {0}), ("zephyr-drift", {0})]:
    label, script, job_env = gitlab_job(name, directory, env)
    run(label, script, directory, job_env, expect)

# cron
directory, env = workspace()
env["ZEPHYR_CONFIG"] = "zephyr"
cron = str(recipes / "cron/zephyr-fields-drift.sh")
run("cron: drift before apply", cron, directory, env, {2})
run("cron: apply", "zephyr-fields apply zephyr --auto-approve --no-color", directory, env, {0})
run("cron: drift after apply", cron, directory, env, {0})

if not failures:   # a failed run keeps its workspaces to look at
    for directory in workspaces:   # with --releases they hold copies of the release
        shutil.rmtree(directory)
sys.exit(1 if failures else 0)
