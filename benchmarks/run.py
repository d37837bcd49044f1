# SPDX-License-Identifier: Apache-2.0
"""Runs every benchmark against its peer, in pairs of fresh processes, and prints one table.

Called by benchmarks/run.sh after the build, with the project's Python (the one the extension is built
for). The peers that need pydantic v2 and python-dateutil run under another interpreter: the one named by
MILJOPLAN_PEER_PYTHON, or else the first `python3` on PATH that imports both.

Each figure is the median over pairs: in one pair miljoplan and the peer do the same work, one after the
other, each in its own fresh process, and the pair's ratio is taken; so a machine that gets busier for a
while slows both sides of a pair alike.
"""

import argparse
import json
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
SOURCE = HERE.parent

# Timing phrases with a cadence, the ones schedule expansion exists for; rrule gets the same rules.
CADENCES = [
    "1 gång per månad, bortsett från juli månad",
    "1 gång per månad",
    "3 gånger per år",
    "2 gånger per år",
    "2-3 gånger per år",
    "4 gånger per år",
    "Varannan månad",
    "3 gånger per år inför styrgruppsmötena, samt en kortare avstämning en gång per månad, förutom i juli månad.",
]


def find_peer_python() -> str:
    """MILJOPLAN_PEER_PYTHON, or the first python3 on PATH with pydantic v2 and python-dateutil."""
    probe = "import pydantic, dateutil; assert int(pydantic.VERSION.split('.')[0]) >= 2"
    named = os.environ.get("MILJOPLAN_PEER_PYTHON")
    candidates = [named] if named else [
        str(pathlib.Path(d) / "python3") for d in os.environ.get("PATH", "").split(os.pathsep) if d]
    for candidate in candidates:
        if shutil.which(candidate) and subprocess.run([candidate, "-c", probe], capture_output=True).returncode == 0:
            return candidate
    sys.exit("run.py: no Python with pydantic v2 and python-dateutil; name one with MILJOPLAN_PEER_PYTHON"
             if not named else f"run.py: MILJOPLAN_PEER_PYTHON={named} cannot import pydantic v2 and dateutil")


def fresh(command: list, env: dict = None) -> dict:
    """Runs one measurement in a new process; adds its peak resident memory (bytes) to what it prints."""
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen([str(c) for c in command], stdout=out, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode()
    if process.returncode != 0:
        sys.exit(f"run.py: {' '.join(map(str, command))} failed ({process.returncode})")
    result = json.loads(text.strip().splitlines()[-1])
    result["peak_bytes"] = usage.ru_maxrss * 1024  # Linux reports kilobytes
    return result


def corpus(build: pathlib.Path, quick: bool) -> pathlib.Path:
    """Generates the corpus into the build tree, unless the one there was made with the same settings."""
    settings = ["--counties", "21", "--years", "2" if quick else "20", "--seed", "8",
                "--stress-mb", "10" if quick else "100"]
    where = build / ("corpus-quick" if quick else "corpus")
    stamp = where / "settings.json"
    if not (stamp.exists() and json.loads(stamp.read_text()) == settings):
        shutil.rmtree(where, ignore_errors=True)
        subprocess.run([sys.executable, HERE / "make_corpus.py", where] + settings, check=True)
        stamp.write_text(json.dumps(settings))
    return where


def median_ratio(pairs: list, numerator: str, denominator: str) -> float:
    return statistics.median(p[numerator] / p[denominator] for p in pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=pathlib.Path, required=True, help="the benchmark build tree")
    parser.add_argument("--quick", action="store_true", help="a small corpus and fewer pairs, for a smoke test")
    parser.add_argument("--pairs", type=int, default=0, help="pairs per measurement (default 5, quick 3)")
    parser.add_argument("--json", type=pathlib.Path, help="also write the figures to this file")
    args = parser.parse_args()
    pairs = args.pairs or (3 if args.quick else 5)

    peer = find_peer_python()
    ours = sys.executable
    env = dict(os.environ, PYTHONPATH=str(args.build / "python"))
    bench = args.build / "benchmarks" / "miljoplan_bench"
    simd = args.build / "benchmarks" / "simdjson_parse"
    where = corpus(args.build, args.quick)
    plans, stress = where / "plans", where / "stress.json"
    goals = SOURCE / "data" / "goals.json"
    size = json.loads((where / "corpus.json").read_text())
    peers = HERE / "peers.py"
    print(f"corpus: {len(size['plans'])} plans, {size['bytes'] / 1e6:.1f} MB; stress plan "
          f"{size['stress']['bytes'] / 1e6:.1f} MB, {size['stress']['activities']} activities")
    print(f"peer Python: {peer}; {pairs} pairs per measurement", flush=True)

    # Expansion rules: the phrases, and for rrule the months miljoplan's reading gives them, each on the
    # first weekday on or after the 15th (miljoplan also skips public holidays, which rrule cannot).
    first, years = 2025, 20
    work = pathlib.Path(tempfile.mkdtemp(prefix="miljoplan-bench-"))
    phrases = work / "phrases.txt"
    phrases.write_text("\n".join(CADENCES) + "\n", encoding="utf-8")
    rules = work / "rules.json"
    subprocess.run([ours, "-c", (
        "import json, sys, miljoplan\n"
        "out = []\n"
        "for p in open(sys.argv[1], encoding='utf-8').read().splitlines():\n"
        "    e = miljoplan.expand(miljoplan.parse_timing(p, year=int(sys.argv[2])), int(sys.argv[2]))\n"
        "    out.append({'phrase': p, 'months': sorted({o.date.month for o in e.occurrences}), 'day': 15})\n"
        "json.dump({'first': int(sys.argv[2]), 'years': int(sys.argv[3]), 'rules': out}, open(sys.argv[4], 'w'))\n"),
        str(phrases), str(first), str(years), str(rules)], env=env, check=True)

    load, expand, frames = [], [], []
    cpp_reps, py_reps, rrule_reps = (200, 20, 2) if args.quick else (1000, 50, 5)
    for i in range(pairs):
        print(f"pair {i + 1}/{pairs}", flush=True)
        load.append({
            "cpp": fresh([bench, "load", plans])["seconds"],
            "simdjson": fresh([simd, plans])["seconds"],
            "pydantic": fresh([peer, peers, "pydantic", plans, goals])["seconds"],
            "dataclasses": fresh([ours, peers, "dataclasses", plans, goals])["seconds"],
            "python": fresh([ours, peers, "miljoplan-load", plans], env)["seconds"],
        })
        e_cpp = fresh([bench, "expand", phrases, first, years, cpp_reps])
        e_rrule = fresh([peer, peers, "rrule", rules, rrule_reps])
        e_py = fresh([ours, peers, "miljoplan-expand", phrases, first, years, py_reps], env)
        expand.append({"cpp": e_cpp["seconds"] / cpp_reps, "rrule": e_rrule["seconds"] / rrule_reps,
                       "python": e_py["seconds"] / py_reps, "occurrences": e_cpp["occurrences"],
                       "rrule_occurrences": e_rrule["occurrences"]})
    memory = fresh([bench, "load", stress])
    memory_py = fresh([ours, peers, "miljoplan-load", stress], env)
    memory_pyd = fresh([peer, peers, "pydantic", stress, goals])
    stress_simd = fresh([simd, stress])
    frame = fresh([ours, peers, "frame", stress, pairs], env)
    frames = [{"ours": a, "theirs": b} for a, b in zip(frame["ours"], frame["theirs"])]
    shutil.rmtree(work)

    mb = size["bytes"] / 1e6
    med = lambda key, rows: statistics.median(r[key] for r in rows)  # noqa: E731
    rows = [
        ("load+validate C++ vs pydantic v2", f"{med('cpp', load):.3f} s", f"{med('pydantic', load):.3f} s",
         median_ratio(load, "pydantic", "cpp"), "≥ 5×", lambda r: r >= 5),
        ("load+validate C++ vs json+dataclasses", f"{med('cpp', load):.3f} s", f"{med('dataclasses', load):.3f} s",
         median_ratio(load, "dataclasses", "cpp"), "—", None),
        ("load+validate C++ vs simdjson parse-only", f"{mb / med('cpp', load):.0f} MB/s",
         f"{mb / med('simdjson', load):.0f} MB/s", median_ratio(load, "simdjson", "cpp"), "≥ 0.25",
         lambda r: r >= 0.25),
        ("load+validate Python vs pydantic v2", f"{med('python', load):.3f} s", f"{med('pydantic', load):.3f} s",
         median_ratio(load, "python", "pydantic"), "≤ 0.3×", lambda r: r <= 0.3),
        ("peak memory, C++ load of stress plan", f"{memory['peak_bytes'] / 1e6:.0f} MB",
         f"{size['stress']['bytes'] / 1e6:.0f} MB file", memory["peak_bytes"] / size["stress"]["bytes"], "≤ 2.5×",
         lambda r: r <= 2.5),
        ("peak memory, Python load of stress plan", f"{memory_py['peak_bytes'] / 1e6:.0f} MB",
         f"{memory_pyd['peak_bytes'] / 1e6:.0f} MB pydantic", memory_py["peak_bytes"] / size["stress"]["bytes"],
         "— (× file)", None),
        ("expansion 20 y, C++ vs rrule", f"{med('cpp', expand) * 1e3:.3f} ms", f"{med('rrule', expand) * 1e3:.1f} ms",
         median_ratio(expand, "rrule", "cpp"), "≥ 500×", lambda r: r >= 500),
        ("expansion 20 y, Python dates vs rrule", f"{med('python', expand) * 1e3:.2f} ms",
         f"{med('rrule', expand) * 1e3:.1f} ms", median_ratio(expand, "rrule", "python"), "≥ 30×",
         lambda r: r >= 30),
        ("activities_frame() vs DataFrame(dicts)", f"{med('ours', frames):.3f} s", f"{med('theirs', frames):.3f} s",
         median_ratio(frames, "theirs", "ours"), "≥ 1×", lambda r: r >= 1),
    ]
    print()
    print(f"national corpus: {len(size['plans'])} plans, {mb:.1f} MB, {size['stress']['activities']} activities "
          f"in the stress plan ({size['stress']['bytes'] / 1e6:.0f} MB); expansion: {len(CADENCES)} rules × "
          f"{years} years, {expand[0]['occurrences']} occurrences (rrule {expand[0]['rrule_occurrences']}); "
          f"frame: {frame['rows']} rows; simdjson on the stress plan "
          f"{size['stress']['bytes'] / 1e6 / stress_simd['seconds']:.0f} MB/s, C++ load "
          f"{size['stress']['bytes'] / 1e6 / memory['seconds']:.0f} MB/s")
    header = ("measurement", "miljoplan", "peer", "ratio", "target", "met")
    table = [header] + [(name, a, b, f"{ratio:.2f}", target, "—" if test is None else ("met" if test(ratio) else "not met"))
                        for name, a, b, ratio, target, test in rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    for n, row in enumerate(table):
        print("| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) + " |")
        if n == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    if args.json:
        args.json.write_text(json.dumps({"load": load, "expand": expand, "frame": frames, "memory": memory,
                                         "memory_python": memory_py, "memory_pydantic": memory_pyd,
                                         "corpus": {k: v for k, v in size.items() if k != "plans"}}, indent=1))


if __name__ == "__main__":
    main()
