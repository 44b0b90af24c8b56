#!/usr/bin/env Rscript
# Load quasim's results in R and redraw a figure: a run, a comparison and a sweep. Base R only (read.csv, png);
# jsonlite is used for summary.json when it is installed, else the labels and units are read with a regular expression.
#
#   quasim run baseline --out runs/baseline
#   quasim compare baseline transactional -r 20 --out runs/compare
#   quasim sweep mix-sweep --out runs/sweep
#   Rscript examples/r/quasim_example.R runs/baseline runs/compare runs/sweep quasim-example-r.png
#
# Every file and column is described in docs/outputs.md; each folder's summary.json gives every metric's label and unit.

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 3) stop("usage: Rscript quasim_example.R RUN_DIR COMPARE_DIR SWEEP_DIR [FIGURE.png]")
run_dir <- args[1]
compare_dir <- args[2]
sweep_dir <- args[3]
out <- if (length(args) >= 4) args[4] else "quasim-example-r.png"
metric <- "tc_share_of_spend"

# Each metric's label and unit from a summary.json: list(label = c(metric = "..."), unit = c(metric = "...")).
metric_info <- function(folder) {
  path <- file.path(folder, "summary.json")
  if (requireNamespace("jsonlite", quietly = TRUE)) {
    metrics <- jsonlite::fromJSON(path)$metrics
    return(list(label = sapply(metrics, `[[`, "label"), unit = sapply(metrics, `[[`, "unit")))
  }
  text <- paste(readLines(path, warn = FALSE, encoding = "UTF-8"), collapse = "\n")
  found <- regmatches(text, gregexpr('"([a-z0-9_]+)": \\{\\s*"label": "([^"]*)",\\s*"unit": "([^"]*)"', text, perl = TRUE))[[1]]
  parts <- regmatches(found, regexec('"([a-z0-9_]+)": \\{\\s*"label": "([^"]*)",\\s*"unit": "([^"]*)"', found, perl = TRUE))
  names <- sapply(parts, `[`, 2)
  list(label = setNames(sapply(parts, `[`, 3), names), unit = setNames(sapply(parts, `[`, 4), names))
}

# A run: one row per month (tick 0 is the first month after the warm-up), one column per metric.
ticks <- read.csv(file.path(run_dir, "ticks.csv"))
run_info <- metric_info(run_dir)

# A comparison: one row per metric, B - A over the whole run with its paired 95% interval.
comparison <- read.csv(file.path(compare_dir, "comparison.csv"))
compare_info <- metric_info(compare_dir)

# A sweep: per point and metric, the mean over replications and its 95% interval; the swept parameters are the
# columns between "point" and "metric".
points <- read.csv(file.path(sweep_dir, "points.csv"), check.names = FALSE)
factors <- names(points)[2:(which(names(points) == "metric") - 1)]

percent <- function(info, m) if (info$unit[[m]] == "share") 100 else 1
axis_label <- function(info, m) paste0(info$label[[m]], " (", if (info$unit[[m]] == "share") "%" else info$unit[[m]], ")")

png(out, width = 1600, height = 500, res = 110)
par(mfrow = c(1, 3), mar = c(4.5, 11, 3, 1))

# 1. The run: the metric month by month.
k <- percent(run_info, metric)
par(mar = c(4.5, 4.5, 3, 1))
plot(ticks$tick, ticks[[metric]] * k, type = "l", col = "steelblue", xlab = "month after warm-up", ylab = axis_label(run_info, metric),
     main = "a run")

# 2. The comparison: headline metrics measured 0-1, in points (x 100) as the console reports them; grey where the
# interval includes zero.
par(mar = c(4.5, 11, 3, 1))
rows <- comparison[comparison$unit %in% c("share", "0-1"), ]
rows <- rows[rows$metric %in% c("tc_share_of_spend", "trust_mean", "quality_true_mean", "staff_vacancy_rate", "unmet_share", "innovation_adoption"), ]
y <- rev(seq_len(nrow(rows)))
colour <- ifelse(rows$ci_low <= 0 & rows$ci_high >= 0, "grey50", "firebrick")
plot(100 * rows$difference, y, xlim = range(0, 100 * rows$ci_low, 100 * rows$ci_high), pch = 19, col = colour, yaxt = "n", ylab = "",
     xlab = "B - A, points (95% interval)", main = "a comparison")
segments(100 * rows$ci_low, y, 100 * rows$ci_high, y, col = colour, lwd = 2)
abline(v = 0)
axis(2, at = y, labels = compare_info$label[rows$metric], las = 1)

# 3. The sweep: the metric's whole-run mean along the first parameter, one line per value of the second.
par(mar = c(4.5, 4.5, 3, 1))
at <- points[points$metric == metric, ]
k <- percent(run_info, metric)
groups <- if (length(factors) > 1) split(at, at[[factors[2]]]) else list(all = at)
colours <- c("steelblue", "darkorange", "forestgreen", "firebrick", "purple")
plot(NA, xlim = range(at[[factors[1]]]), ylim = range(at$ci_low * k, at$ci_high * k), xlab = factors[1],
     ylab = paste(axis_label(run_info, metric), "whole run"), main = "a sweep: mean and 95% interval")
for (i in seq_along(groups)) {
  g <- groups[[i]][order(groups[[i]][[factors[1]]]), ]
  colour <- colours[(i - 1) %% length(colours) + 1]
  polygon(c(g[[factors[1]]], rev(g[[factors[1]]])), c(g$ci_low * k, rev(g$ci_high * k)), col = adjustcolor(colour, 0.2), border = NA)
  lines(g[[factors[1]]], g$mean * k, type = "o", pch = 19, col = colour)
}
if (length(factors) > 1) legend("topright", legend = paste(sub(".*\\.", "", factors[2]), "=", names(groups)), col = colours[seq_along(groups)],
                                lwd = 2, bty = "n")
invisible(dev.off())
cat(out, ": ", nrow(ticks), " months, ", nrow(comparison), " metrics compared, ", length(unique(points$point)), " sweep points\n", sep = "")
