"""Audit the held-out reports (tests/data/audit-reports: fictitious colleges, manifests of planted
errors and traps) and print, per report and overall, the planted errors found (recall), the findings
that are not planted errors (false findings, by severity and rule) and the error/warning/info counts.

Targets: recall ≥ 80 %, no false error. Run:
  PYTHONPATH=src .venv/bin/python benchmarks/bench_audit_reports.py [-v]   (-v prints each false finding)
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter
from pathlib import Path

from nianbao.audit import audit_report
from nianbao.errors import NianbaoError

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "audit-reports"


def load_scorer():
    spec = importlib.util.spec_from_file_location("heldout_score", DATA / "score.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print every false finding")
    args = parser.parse_args()
    scorer = load_scorer()
    planted = found = 0
    false, severities = Counter(), Counter()
    for manifest in scorer.manifests():
        try:
            result = audit_report(DATA / manifest["report"], manifest.get("template"))
        except NianbaoError as error:
            print(f"{manifest['report']}: 无法读取：{error}")
            planted += len(manifest["planted"])
            continue
        s = scorer.score(manifest, result)
        planted, found = planted + s.planted, found + len(s.found)
        false.update(s.false)
        severities.update(s.severities)
        by_rule = ", ".join(f"{sev} {rule} ×{n}" for (sev, rule), n in sorted(s.false.items())) or "none"
        print(f"{s.report}: found {len(s.found)}/{s.planted} (missed {', '.join(s.missed) or 'none'}); "
              f"false: {by_rule}; errors {s.severities['error']}, warnings {s.severities['warning']}, "
              f"infos {s.severities['info']}; true but not planted {s.also_true}")
        if args.verbose:
            for line in s.false_messages:
                print("    " + line)
    false_errors = sum(n for (sev, _), n in false.items() if sev == "error")
    false_warnings = sum(n for (sev, _), n in false.items() if sev == "warning")
    recall = found / planted if planted else 1.0
    print(f"overall: recall {found}/{planted} = {recall:.0%} (target ≥ 80%); false errors {false_errors} "
          f"(target 0); false warnings {false_warnings}; errors {severities['error']}, "
          f"warnings {severities['warning']}, infos {severities['info']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
