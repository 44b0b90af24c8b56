// Live plots, drawn with the shipped uPlot (lib/uplot). One chart per concern; each grows a point per month.
// The side-by-side world is drawn dashed beside the first; replication bands (10th-90th percentile) in light lines.
"use strict";
const Plots = (() => {
  const charts = [
    { title: "Trust", metrics: ["trust_mean", "trust_provider_mean"] },
    { title: "Transaction-cost share of spend", metrics: ["tc_share_of_spend"] },
    { title: "Quality (true and believed)", metrics: ["quality_true_mean", "quality_believed_mean"] },
    { title: "Staff vacancy rate", metrics: ["staff_vacancy_rate"] },
    { title: "Unmet need (share)", metrics: ["unmet_share"] },
    { title: "Tenders and switches", metrics: ["tenders", "switches"] },
    { title: "Innovation adoption", metrics: ["innovation_adoption"] },
  ];
  const colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd"];
  let state = null;

  function plotted() { return charts.flatMap(c => c.metrics); }

  // Vertical marks for scheduled events, drawn on the canvas behind the lines.
  function eventMarks() {
    return {
      hooks: {
        draw: [u => {
          const ctx = u.ctx;
          ctx.save();
          for (const e of state.summary.events) {
            const x = u.valToPos(e.month, "x", true);
            if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) continue;
            ctx.strokeStyle = "#e08000";
            ctx.setLineDash([4, 3]);
            ctx.beginPath();
            ctx.moveTo(x, u.bbox.top);
            ctx.lineTo(x, u.bbox.top + u.bbox.height);
            ctx.stroke();
            ctx.fillStyle = "#e08000";
            ctx.font = `${10 * devicePixelRatio}px sans-serif`;
            ctx.fillText(e.type.replaceAll("_", " ") + (e.second ? " (2nd)" : ""), x + 3, u.bbox.top + 10 * devicePixelRatio);
          }
          ctx.restore();
        }],
      },
    };
  }

  function create(container, summary) {
    container.innerHTML = "";
    const labels = Object.fromEntries(summary.metrics.map((m, i) => [m.name, { ...m, index: i }]));
    state = { summary, labels, months: [], series: {}, twin: {}, bands: null, charts: [] };
    for (const m of plotted()) { state.series[m] = []; state.twin[m] = []; }
    for (const chart of charts) {
      const div = document.createElement("div");
      div.className = "plot";
      div.dataset.chart = chart.title;
      container.appendChild(div);
      const key = document.createElement("div");
      key.className = "key";
      key.innerHTML = chart.metrics.map((m, i) => `<span style="color:${colours[i]}">&#9644; ${(labels[m] || { label: m }).label}</span>`).join(" ")
        + (summary.twin ? " <span>(dashed: second world)</span>" : "");
      const width = Math.max(260, div.clientWidth - 6);
      const series = [{ label: "month" }];
      chart.metrics.forEach((m, i) => {
        const info = labels[m] || { label: m, unit: "" };
        series.push({ label: info.label, stroke: colours[i], width: 2 });
        if (summary.twin) series.push({ label: info.label + " (second world)", stroke: colours[i], width: 2, dash: [6, 4] });
      });
      chart.metrics.forEach((m, i) => {
        series.push({ label: "10th pct", stroke: colours[i] + "55", width: 1, show: false });
        series.push({ label: "90th pct", stroke: colours[i] + "55", width: 1, show: false });
      });
      const plot = new uPlot({
        title: chart.title, width, height: 150, series,
        scales: { x: { time: false, range: [0, summary.horizon] } },
        axes: [{ label: "month" }, {}],
        legend: { show: false },
        plugins: [eventMarks()],
      }, data(chart), div);
      div.appendChild(key);
      state.charts.push({ chart, plot });
    }
  }

  function data(chart) {
    const d = [state.months];
    for (const m of chart.metrics) {
      d.push(state.series[m]);
      if (state.summary.twin) d.push(state.twin[m]);
    }
    for (const m of chart.metrics) {
      const b = state.bands && state.bands.metrics.indexOf(m);
      const ok = state.bands && b >= 0;
      d.push(state.months.map(t => ok ? state.bands.low[b][t] : null));
      d.push(state.months.map(t => ok ? state.bands.high[b][t] : null));
    }
    return d;
  }

  function num(v) { return typeof v === "number" ? v : Number(v); }

  function add(rows) {
    if (!state) return;
    for (const row of rows) {
      state.months.push(row.month);
      for (const m of plotted()) {
        const i = state.labels[m] ? state.labels[m].index : -1;
        state.series[m].push(i >= 0 ? num(row.values[i]) : null);
        state.twin[m].push(i >= 0 && row.twin ? num(row.twin[i]) : null);
      }
    }
    redraw();
  }

  function redraw() { for (const { chart, plot } of state.charts) plot.setData(data(chart)); }

  function showBands(bands) {
    if (!state) return;
    state.bands = bands;
    for (const { chart, plot } of state.charts) {
      const first = 1 + chart.metrics.length * (state.summary.twin ? 2 : 1);
      for (let s = first; s < plot.series.length; s++) plot.setSeries(s, { show: true });
    }
    redraw();
  }

  // A lever moved mid-run is a scheduled event from then on: mark it like the scenario's own.
  function setEvents(summary) {
    if (!state) return;
    state.summary = { ...state.summary, events: summary.events };
    redraw();
  }

  return { create, add, showBands, setEvents, plotted, charts };
})();
