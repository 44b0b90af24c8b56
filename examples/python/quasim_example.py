#!/usr/bin/env python3
"""Load quasim's results in Python and redraw a figure: a run, a comparison and a sweep.

    quasim run baseline --out runs/baseline
    quasim compare baseline transactional -r 20 --out runs/compare
    quasim sweep mix-sweep --out runs/sweep
    python3 examples/python/quasim_example.py runs/baseline runs/compare runs/sweep --out quasim-example.png

Needs pandas and matplotlib (Debian: apt-get install python3-pandas python3-matplotlib). Every file and column is
described in docs/outputs.md; every metric's label and unit is in each folder's summary.json.
"""
import argparse
import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # draw to a file; no display needed
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402


def load_run(folder):
    """A single run: one row per month (ticks.csv) and the metrics' labels, units and aggregates (summary.json)."""
    folder = Path(folder)
    ticks = pd.read_csv(folder / "ticks.csv")
    summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
    return ticks, summary


def load_comparison(folder):
    """A comparison B - A: one row per metric (comparison.csv) with the difference and its 95% interval."""
    folder = Path(folder)
    table = pd.read_csv(folder / "comparison.csv")
    summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
    return table, summary


def load_sweep(folder):
    """A sweep: per point and metric the mean and 95% interval over replications (points.csv), and the swept factors."""
    folder = Path(folder)
    points = pd.read_csv(folder / "points.csv")
    summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
    return points, summary


def label(summary, metric):
    """'label (unit)' of a metric, as every quasim figure names it."""
    info = summary["metrics"][metric]
    return f"{info['label']} ({info['unit']})"


def scale(summary, metric):
    """Shares are shown as percentages, other values as they are."""
    return 100.0 if summary["metrics"][metric]["unit"] == "share" else 1.0


def draw(run_dir, compare_dir, sweep_dir, out, metric="tc_share_of_spend"):
    ticks, run_summary = load_run(run_dir)
    comparison, compare_summary = load_comparison(compare_dir)
    points, sweep_summary = load_sweep(sweep_dir)

    figure, (left, middle, right) = plt.subplots(1, 3, figsize=(16, 4.8), constrained_layout=True)

    # 1. The run: the metric month by month.
    k = scale(run_summary, metric)
    left.plot(ticks["tick"], ticks[metric] * k, color="tab:blue")
    left.set_xlabel("month after warm-up")
    left.set_ylabel(label(run_summary, metric).replace("(share)", "(%)"))
    left.set_title(f"{run_summary['scenario']}, seed {run_summary['seed']}")

    # 2. The comparison: B - A for the headline metrics measured 0-1 (shares and indices), in points (x 100) as the
    # console reports them, with paired 95% intervals; grey where the interval includes zero.
    headlines = [m for m in compare_summary["headlines"] if compare_summary["metrics"][m]["unit"] in ("share", "0-1")]
    rows = comparison.set_index("metric").loc[headlines]
    for y, (metric_name, row) in enumerate(rows.iterrows()):
        colour = "tab:grey" if row["ci_low"] <= 0 <= row["ci_high"] else "tab:red"
        middle.plot([100 * row["ci_low"], 100 * row["ci_high"]], [y, y], color=colour, linewidth=2)
        middle.plot(100 * row["difference"], y, "o", color=colour)
        middle.annotate(f"{100 * row['difference']:+.1f}", (100 * row["difference"], y), textcoords="offset points", xytext=(0, 6),
                        ha="center", fontsize=8)
    middle.axvline(0, color="black", linewidth=0.8)
    middle.set_yticks(range(len(rows)))
    middle.set_yticklabels([compare_summary["metrics"][m]["label"] for m in headlines])
    middle.invert_yaxis()
    middle.set_xlabel(f"{compare_summary['b']} - {compare_summary['a']}, points (95% interval)")
    middle.set_title(f"{compare_summary['replications']} paired replications")

    # 3. The sweep: the metric's whole-run mean along the first factor, one line per value of the second.
    factors = sweep_summary["factors"]
    at = points[points["metric"] == metric]
    k = scale(sweep_summary, metric)
    groups = at.groupby(factors[1]) if len(factors) > 1 else [(None, at)]
    for value, group in groups:
        group = group.sort_values(factors[0])
        name = f"{factors[1].split('.')[-1]} = {value:g}" if value is not None else None
        right.plot(group[factors[0]], group["mean"] * k, marker="o", label=name)
        right.fill_between(group[factors[0]], group["ci_low"] * k, group["ci_high"] * k, alpha=0.2)
    right.set_xlabel(factors[0])
    right.set_ylabel(label(sweep_summary, metric).replace("(share)", "(%)") + ", whole run")
    right.set_title(f"sweep of {sweep_summary['scenario']}: mean and 95% interval")
    if len(factors) > 1:
        right.legend(frameon=False, loc="best")

    figure.savefig(out, dpi=120)
    print(f"{out}: {run_summary['scenario']} run, {compare_summary['b']} - {compare_summary['a']}, "
          f"{len(points['point'].unique())} sweep points")
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", help="a `quasim run` folder (ticks.csv, summary.json)")
    parser.add_argument("compare", help="a `quasim compare` folder (comparison.csv, summary.json)")
    parser.add_argument("sweep", help="a `quasim sweep` folder (points.csv, summary.json)")
    parser.add_argument("--metric", default="tc_share_of_spend", help="metric drawn from the run and the sweep")
    parser.add_argument("--out", default="quasim-example.png", help="the figure to write")
    args = parser.parse_args()
    draw(args.run, args.compare, args.sweep, args.out, args.metric)


if __name__ == "__main__":
    main()
