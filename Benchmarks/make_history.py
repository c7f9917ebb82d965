#!/usr/bin/env python3
"""Writes a git fast-import stream of a CPython-like maintenance branch to standard output.

Usage: make_history.py COMMITS [SEED]

The history is synthetic but shaped like CPython's: backport subjects ("[3.12] gh-N: ... (GH-M) (#K)")
with cherry-pick trailers and co-authors, NEWS entries in Misc/NEWS.d/next/<Section>/, library and
test files that grow and sometimes lose a test function, occasional public-header changes, reverts
and release bookkeeping commits ("Python 3.12.N", "Post 3.12.N"). Deterministic for a given seed.
"""
import random
import sys

SECTIONS = ["Library", "Core and Builtins", "Core_and_Builtins", "Documentation", "Tests", "Build",
            "Windows", "macOS", "IDLE", "Tools-Demos", "C API", "Security"]
VERBS = ["Fix", "Improve", "Document", "Correct", "Handle", "Avoid a crash in", "Add tests for", "Clarify"]
NOUNS = ["asyncio.Task cancellation", "pathlib.Path.glob", "the tokenizer", "ssl.SSLContext", "json.dumps",
         "tarfile extraction", "the REPL", "zipfile.Path", "typing.get_type_hints", "the GC", "urllib.parse"]


def main():
    count = int(sys.argv[1])
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 12)
    out = sys.stdout.buffer
    files = {}
    modules = [f"mod{i}" for i in range(200)]
    for name in modules:
        files[f"Lib/{name}.py"] = [f"def f{j}():\n    return {j}\n" for j in range(20)]
        files[f"Lib/test/test_{name}.py"] = ["import unittest\n", "class Tests(unittest.TestCase):\n"] + [
            f"    def test_{j}(self):\n        self.assertEqual({j}, {j})\n\n" for j in range(15)]
    files["Include/cpython/pystate.h"] = ["struct _ts {\n", "    int a;\n", "};\n"]
    issue = 100000
    micro = 0
    mark = 0
    timestamp = 1_600_000_000

    def blob_lines(path):
        return "".join(files[path]).encode()

    def commit(message, changed):
        nonlocal mark, timestamp
        mark += 1
        timestamp += 600
        data = message.encode()
        out.write(b"commit refs/heads/3.12\n")
        out.write(f"mark :{mark}\n".encode())
        out.write(f"author A Developer <dev@example.org> {timestamp} +0000\n".encode())
        out.write(f"committer A Developer <dev@example.org> {timestamp} +0000\n".encode())
        out.write(f"data {len(data)}\n".encode() + data + b"\n")
        for path, content in changed:
            out.write(f"M 100644 inline {path}\n".encode())
            out.write(f"data {len(content)}\n".encode() + content + b"\n")

    commit("Initial tree\n", [(path, blob_lines(path)) for path in sorted(files)])
    for number in range(1, count):
        if number % 250 == 0:
            micro += 1
            commit(f"Python 3.12.{micro}\n", [("Include/patchlevel.h", f"#define PY_VERSION \"3.12.{micro}\"\n".encode())])
            continue
        if number % 250 == 1 and micro:
            commit(f"Post 3.12.{micro}\n", [("Include/patchlevel.h", f"#define PY_VERSION \"3.12.{micro}+\"\n".encode())])
            continue
        issue += rng.randint(1, 40)
        pr = issue + rng.randint(1, 30)
        name = rng.choice(modules)
        title = f"{rng.choice(VERBS)} {rng.choice(NOUNS)}"
        changed = []
        lib = f"Lib/{name}.py"
        files[lib].append(f"def g{number}():\n    return {number}\n")
        changed.append((lib, blob_lines(lib)))
        test = f"Lib/test/test_{name}.py"
        roll = rng.random()
        if roll < 0.05 and len(files[test]) > 4:
            del files[test][rng.randrange(2, len(files[test]))]  # a test function removed
        elif roll < 0.15 and len(files[test]) > 4:
            index = rng.randrange(2, len(files[test]))
            files[test][index] = files[test][index].replace("assertEqual", "assertAlmostEqual")  # adapted
        else:
            files[test].append(f"    def test_g{number}(self):\n        self.assertEqual({number}, {number})\n\n")
        changed.append((test, blob_lines(test)))
        section = rng.choice(SECTIONS)
        news = f"Misc/NEWS.d/next/{section}/2024-01-01-00-00-{number % 60:02d}.gh-issue-{issue}.n{number}.rst"
        changed.append((news, f"{title}. Patch by A Developer.\n".encode()))
        if rng.random() < 0.01:
            files["Include/cpython/pystate.h"].insert(2, f"    int field{number};\n")
            changed.append(("Include/cpython/pystate.h", blob_lines("Include/cpython/pystate.h")))
        body = f"\n({rng.getrandbits(160):040x} is not a trailer)\n" if rng.random() < 0.02 else ""
        message = (f"[3.12] gh-{issue}: {title} (GH-{pr}) (#{pr + 7})\n\n{title}.{body}\n"
                   f"(cherry picked from commit {rng.getrandbits(160):040x})\n\n"
                   f"Co-authored-by: Someone Else <else@example.org>\n")
        if rng.random() < 0.01:
            message = f"Revert \"[3.12] gh-{issue - 5}: {title} (GH-{pr - 5})\"\n\nThis reverts commit {rng.getrandbits(160):040x}.\n"
        commit(message, changed)
    out.write(b"done\n")


if __name__ == "__main__":
    main()
