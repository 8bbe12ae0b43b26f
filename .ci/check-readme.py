"""Runs the README's snippets as written, so the first thing a new user copies works.

- Every ```yaml block must validate, next to a file defining the field the snippet refers to
  without `type` ("a reference to a field defined in another file").
- The quick start and "more to try" ```sh blocks run exactly as written, in the repository,
  with the built tool (`swift run` only links what `swift build` already built); the HTTP
  simulator block runs in the background while the curl block that follows it asks it.
- Blocks that need what CI has not got are listed with the reason, never skipped silently.

Usage: python3 .ci/check-readme.py"""
import os
import pathlib
import re
import signal
import subprocess
import sys
import tempfile
import time

root = pathlib.Path(__file__).resolve().parent.parent
readme = (root / "README.md").read_text()
blocks = re.findall(r"^```(\w*)\n(.*?)^```", readme, flags=re.S | re.M)
failures = []
# What each skipped block needs, by a line it contains.
not_here = {
    "apt-get install ./zephyr-fields": "installs the released .deb: scripts/check-clean-machine.sh does it in a chroot",
    "sha256sum -c zephyr-fields-": "installs the released tarball: scripts/check-clean-machine.sh checks the same files",
    "export ZEPHYR_URL=https://jira.example.com": "needs a real Zephyr server (EndToEndTests export a simulator)",
    "zephyr-fields-bench": "takes minutes; docs/benchmarks.md records its runs",
}


def report(ok, label, detail=""):
    print(f"{'ok  ' if ok else 'FAIL'} {label}{': ' + detail if detail else ''}")
    if not ok:
        failures.append(label)


def run(script, label):
    result = subprocess.run(["bash", "-eo", "pipefail", "-c", script], cwd=root, capture_output=True, text=True, timeout=600)
    report(result.returncode == 0, label, f"exit {result.returncode}" + ("" if result.returncode == 0 else "\n" + result.stdout[-2000:] + result.stderr[-2000:]))
    return result


for index, (language, body) in enumerate(blocks):
    first = body.strip().splitlines()[0] if body.strip() else ""
    label = f"README block {index + 1} ({language or 'text'}): {first[:60]}"
    if language == "yaml":
        with tempfile.TemporaryDirectory() as directory:
            pathlib.Path(directory, "definitions.yaml").write_text(
                "fields:\n  - {name: Test environment, entity: EXECUTION, type: SINGLE_SELECT, options: [QA, Production]}\n")
            pathlib.Path(directory, "snippet.yaml").write_text(body)
            result = subprocess.run([str(root / ".build/debug/zephyr-fields"), "validate", directory], capture_output=True, text=True)
            report(result.returncode == 0, label, (result.stdout + result.stderr).strip())
        continue
    if language != "sh":
        continue
    reason = next((why for marker, why in not_here.items() if marker in body), None)
    if reason:
        print(f"skip {label}: {reason}")
        continue
    if "swift run zephyr-fields simulator" in body:
        continue  # run together with the curl block after it
    if body.lstrip().startswith("curl "):
        server = [b for _, b in blocks[:index] if "swift run zephyr-fields simulator" in b][-1].strip()
        process = subprocess.Popen(["bash", "-c", f"exec {server}"], cwd=root, stdout=subprocess.PIPE, text=True, start_new_session=True)
        try:
            deadline = time.time() + 120
            banner = ""
            while "listening" not in banner and time.time() < deadline and process.poll() is None:
                banner = process.stdout.readline()
            result = run(body, label)
            report("[" in result.stdout, label + " answers a JSON list", result.stdout[:200])
        finally:
            os.killpg(process.pid, signal.SIGINT)
            process.wait(timeout=60)
        continue
    # `swift test` is the README's test command: .ci/run runs it as its own step.
    script = "\n".join(line for line in body.splitlines() if line.strip() != "swift test")
    run(script, label)

demo = root / "demo.json"
for leftover in (demo, root / "demo.json.lock", root / "demo-enterprise.json", root / "demo-enterprise.json.lock"):
    leftover.unlink(missing_ok=True)
sys.exit(1 if failures else 0)
