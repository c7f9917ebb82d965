"""The peer's side of Benchmarks/run.sh: packaging 26.2 doing what cadence-bench does.

Prints one line per operation: name, best seconds over the repetitions, items, checksum.
The workload mirrors Benchmarks/Sources/cadence-bench/main.swift exactly (same inputs,
same marker, same environments) so the checksums must agree.
"""

import sys
import time

import packaging
from packaging.markers import Marker
from packaging.specifiers import SpecifierSet
from packaging.version import Version

SPEC = ">=3.9,!=3.9.0a5,<4"
MARKER = (
    'python_version >= "3.9" and sys_platform == "linux" or '
    'platform_machine == "arm64" and python_full_version != "3.9.0a5"'
)
PLATFORMS = ["linux", "darwin", "win32"]
MACHINES = ["x86_64", "arm64", "aarch64", "i686"]


def best(repetitions, body):
    times = []
    result = None
    for _ in range(repetitions):
        start = time.perf_counter()
        result = body()
        times.append(time.perf_counter() - start)
    return min(times), result


def environments(versions):
    envs = []
    for index, version in enumerate(versions):
        envs.append(
            {
                "python_version": f"{version.major}.{version.minor}",
                "python_full_version": str(version),
                "sys_platform": PLATFORMS[index % 3],
                "platform_machine": MACHINES[index % 4],
            }
        )
    return envs


def main():
    path, repetitions = sys.argv[1], int(sys.argv[2])
    if packaging.__version__ != "26.2":
        sys.exit(f"expected packaging 26.2, found {packaging.__version__}")
    lines = [line.strip() for line in open(path, encoding="utf-8") if line.strip()]

    seconds, versions = best(repetitions, lambda: [Version(line) for line in lines])
    print(f"parse\t{seconds}\t{len(lines)}\t{len(versions)}")

    seconds, ordered = best(repetitions, lambda: sorted(versions))
    print(f"sort\t{seconds}\t{len(versions)}\t{str(ordered[0])}|{str(ordered[-1])}")

    spec = SpecifierSet(SPEC)
    seconds, hits = best(repetitions, lambda: sum(1 for v in versions if spec.contains(v)))
    print(f"contains\t{seconds}\t{len(versions)}\t{hits}")

    marker = Marker(MARKER)
    envs = environments(versions)
    seconds, hits = best(repetitions, lambda: sum(1 for env in envs if marker.evaluate(env)))
    print(f"marker\t{seconds}\t{len(envs)}\t{hits}")


if __name__ == "__main__":
    main()
