#!/usr/bin/env bash
# Builds README's ~/cpython-demo: a small CPython-like 3.9 branch with fixed names and dates, so its
# commits have the same names on every machine.
#
# Usage: Scripts/make-demo-repository.sh DIR
#   A pre-release tag v3.9.0b4; a backport that changes a public struct with both PEP 605 ABI markers;
#   a backport that deletes a test; a docs fix. Used by Scripts/snapshot-outputs.sh and by the CLI
#   tests that keep README's examples byte for byte (Tests/CadenceCLITests/ReadmeExampleTests.swift).
set -euo pipefail
dir="${1:?usage: $0 DIR}"
rm -rf "$dir"
mkdir -p "$dir"
cd "$dir"

# Nothing from the machine's or the user's git configuration.
export GIT_CONFIG_NOSYSTEM=1 HOME="$dir" GIT_CONFIG_GLOBAL=/dev/null
export GIT_AUTHOR_NAME="Release Manager" GIT_AUTHOR_EMAIL="rm@example.org"
export GIT_COMMITTER_NAME="Release Manager" GIT_COMMITTER_EMAIL="rm@example.org"

git init -q
git symbolic-ref HEAD refs/heads/3.9
git config commit.gpgsign false
git config core.autocrlf false

# commit DAY MESSAGE: stages everything and commits at noon UTC on DAY.
commit() {
  git add -A
  GIT_AUTHOR_DATE="$1T12:00:00Z" GIT_COMMITTER_DATE="$1T12:00:00Z" git commit -q -m "$2"
}

mkdir -p Include/cpython Lib/test
printf 'struct _ts {\n  int a;\n};\n' > Include/cpython/pystate.h
printf 'import unittest\nclass T(unittest.TestCase):\n    def test_a(self):\n        self.assertEqual(1, 1)\n\n    def test_b(self):\n        self.assertTrue(True)\n' > Lib/test/test_x.py
commit 2021-01-04 "Python 3.9.0b4"
git tag v3.9.0b4

printf 'struct _ts {\n  int a;\n  int b;\n};\n' > Include/cpython/pystate.h
mkdir -p "Misc/NEWS.d/next/Core and Builtins"
printf '(CPython ABI break) Add b.\n' > "Misc/NEWS.d/next/Core and Builtins/2021-03-01-10-00-00.bpo-42500.abc.rst"
commit 2021-03-01 "[3.9] (ABI break) bpo-42500: Add b to PyThreadState (GH-100)"

printf 'import unittest\nclass T(unittest.TestCase):\n    def test_a(self):\n        self.assertEqual(1, 1)\n' > Lib/test/test_x.py
printf 'x = 2\n' > Lib/x.py
commit 2021-03-02 "[3.9] bpo-1234: Fix crash in foo (GH-101)"

mkdir -p Doc/library
printf 'Docs.\n' > Doc/library/x.rst
commit 2021-03-03 "[3.9] bpo-999: Fix docs typo (GH-102)"
