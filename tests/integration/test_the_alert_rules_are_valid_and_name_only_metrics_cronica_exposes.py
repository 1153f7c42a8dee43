"""The example alert rules (ops/monitoring/alerts.yml) are valid Prometheus rules, checked by
`promtool` where it is installed (Debian's `prometheus` package), else read by a YAML parser and
checked for what promtool requires of each rule; and every `cronica_*` series they use is one a
Cronica process exposes (scraped from a process's registry on PostgreSQL, where the pools are)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import yaml
from prometheus_client.parser import text_string_to_metric_families

from cronica.ops.container import Container
from cronica.ops.settings import Settings

RULES = Path(__file__).resolve().parents[2] / "ops" / "monitoring" / "alerts.yml"
SERIES_SUFFIXES = ("", "_total", "_bucket", "_count", "_sum")


def test_the_rules_are_valid() -> None:
    promtool = shutil.which("promtool")
    if promtool is not None:
        checked = subprocess.run(
            [promtool, "check", "rules", str(RULES)], capture_output=True, text=True
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr
    rules = [
        rule for group in yaml.safe_load(RULES.read_text())["groups"] for rule in group["rules"]
    ]
    assert len({rule["alert"] for rule in rules}) == len(rules) >= 10
    for rule in rules:
        assert rule["expr"].strip() and rule["labels"]["severity"] in ("warning", "critical"), rule
        assert rule["annotations"]["summary"], rule


def test_every_series_the_rules_use_is_exposed(postgres_settings: Settings) -> None:
    container = Container.build(postgres_settings)
    try:
        text = container.metrics.exposition().decode()
    finally:
        container.close()
    exposed = {
        family.name + suffix
        for family in text_string_to_metric_families(text)
        for suffix in SERIES_SUFFIXES
    }
    used = set(re.findall(r"\bcronica_[a-z_]+", RULES.read_text()))
    assert used and used <= exposed, used - exposed
