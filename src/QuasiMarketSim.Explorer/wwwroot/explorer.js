// The explorer page: chooses a scenario, builds controls from the parameter declarations the server sends, and
// drives a world on the server (Setup / Step / Go / Pause). The model runs only on the server; this file draws.
"use strict";
const $ = id => document.getElementById(id);
const ui = {
  world: null, summary: null, controls: [], base: new Map(), twin: new Map(), stream: null, lastRow: null,
  networkAt: 0, scenarioSeed: null,
};
const midRun = ["commissioning.relational_mix", "commissioning.stance"];
const monitorMetrics = ["trust_mean", "quality_true_mean", "tc_share_of_spend", "staff_vacancy_rate", "unmet_share", "active_providers"];
const tour = [
  { title: "Transactional repertoire", scenario: "baseline", twin: { "commissioning.relational_mix": 0.2, "commissioning.stance": "agency" },
    text: "Second world (dashed): relational mix 0.2 and an agency stance, same seed. Watch trust fall and the transaction-cost share rise "
      + "in the dashed lines; does quality improve enough to pay for it?" },
  { title: "Where the quasi-market conditions hold", scenario: "quasi-market-conditions",
    twin: { "commissioning.relational_mix": 0.2, "commissioning.stance": "agency" },
    text: "Elective care with many providers and good information. Compare the transactional arm (dashed) here with the baseline's: "
      + "the Bartlett-Le Grand panel shows why the answer differs." },
  { title: "Closeness without challenge", scenario: "closeness-without-challenge", twin: { "providers.complacency": 0 },
    text: "Fully relational, almost no scrutiny. Watch the gap between true and believed quality; the dashed world removes complacency." },
  { title: "Staff shortage in year 3", scenario: "staff-shortage", twin: null,
    text: "A fifth of specialist staff lost at month 24 (marked on the plots). Watch vacancies and unmet need after the mark, and which providers struggle." },
];

async function api(method, url, body) {
  const response = await fetch(url, { method, headers: body ? { "Content-Type": "application/json" } : {}, body: body ? JSON.stringify(body) : undefined });
  const json = response.status === 204 ? null : await response.json();
  if (!response.ok) throw new Error(json && json.error ? json.error : `HTTP ${response.status}`);
  return json;
}

// Problems are shown in red, news (a lever recorded, bands drawn) in the normal colour.
function say(text, news) {
  $("message").textContent = text || "";
  $("message").classList.toggle("news", !!news);
}

function overrides(map) { return [...map.entries()].map(([k, v]) => `${k}=${v}`); }

function request() {
  const seed = $("seed").value === "" ? null : Number($("seed").value);
  return { scenario: $("scenario").value, seed, set: overrides(ui.base), twin: $("side-by-side").checked ? overrides(ui.twin) : null };
}

async function init() {
  const list = await api("GET", "/api/scenarios");
  for (const s of list.scenarios) {
    const option = document.createElement("option");
    option.value = s.name;
    option.textContent = s.name;
    option.title = s.description;
    $("scenario").appendChild(option);
  }
  $("scenario").value = list.initial;
  for (const t of tour) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = t.title;
    b.addEventListener("click", () => takeTour(t));
    $("tour-buttons").appendChild(b);
  }
  $("scenario").addEventListener("change", () => openScenario());
  $("setup").addEventListener("click", setup);
  $("step").addEventListener("click", step);
  $("go").addEventListener("click", () => (ui.stream ? pause() : go()));
  $("speed").addEventListener("change", () => { if (ui.stream) { pause(); go(); } });
  $("new-seed").addEventListener("click", () => { $("seed").value = Math.floor(Math.random() * 1e9); setup(); });
  $("side-by-side").addEventListener("change", setup);
  $("save").addEventListener("click", () => { if (ui.world) window.location.href = `/api/worlds/${ui.world}/scenario`; });
  $("save-second").addEventListener("click", () => { if (ui.world) window.location.href = `/api/worlds/${ui.world}/scenario?world=second`; });
  $("replicate").addEventListener("click", replicate);
  $("network-world").addEventListener("change", () => { Network.reset(); refreshNetwork(true); });
  await openScenario();
}

async function openScenario(levers) {
  pause();
  const name = $("scenario").value;
  const info = [...$("scenario").options].find(o => o.value === name);
  $("description").textContent = info ? info.title : "";
  const params = await api("GET", `/api/scenarios/${encodeURIComponent(name)}/parameters`);
  ui.controls = params.controls;
  ui.base = new Map();
  ui.twin = new Map();
  $("seed").value = params.seed;
  renderControls();
  if (levers) for (const [path, value] of Object.entries(levers)) setLever(path, value);
  await setup();
}

function controlId(path) { return "lever-" + path.replace(/[^a-z0-9_]/gi, "-"); }

function renderControls() {
  const headline = $("headline-controls"), other = $("other-controls");
  headline.innerHTML = "";
  other.innerHTML = "";
  const sections = {};
  for (const c of ui.controls) {
    let parent = headline;
    if (!c.headline) {
      if (!sections[c.section]) {
        const details = document.createElement("details");
        const summary = document.createElement("summary");
        summary.textContent = c.section;
        details.appendChild(summary);
        other.appendChild(details);
        sections[c.section] = details;
      }
      parent = sections[c.section];
    }
    parent.appendChild(controlFor(c));
  }
}

function controlFor(c) {
  const div = document.createElement("div");
  div.className = "control";
  div.dataset.path = c.path;
  const id = controlId(c.path);
  const label = document.createElement("label");
  label.htmlFor = id;
  label.textContent = c.name.replaceAll("_", " ");
  const hint = `${c.meaning}\nUnit: ${c.unit}` + (c.kind === "number" || c.kind === "integer" ? `; range ${c.min} to ${c.max}` : "");
  div.title = hint;
  div.appendChild(label);
  let input;
  const value = c.value;
  if (c.kind === "boolean") {
    input = document.createElement("input");
    input.type = "checkbox";
    input.checked = value === true;
    input.setAttribute("role", "switch");
  } else if (c.kind === "choice") {
    input = document.createElement("select");
    for (const choice of c.choices) {
      const o = document.createElement("option");
      o.value = o.textContent = choice;
      input.appendChild(o);
    }
    if (value !== null && value !== undefined) input.value = value;
  } else {
    input = document.createElement("input");
    input.type = "range";
    const span = Math.min(c.max, c.max > 1e6 ? (Math.abs(value || 1) * 10 || 100) : c.max) - c.min;
    input.min = c.min;
    input.max = c.min + span;
    input.step = c.kind === "integer" ? 1 : span / 100;
    input.value = value === null || value === undefined ? c.min : value;
  }
  input.id = id;
  input.setAttribute("aria-label", c.path);
  const shown = document.createElement("span");
  shown.className = "value";
  shown.textContent = value === null || value === undefined ? "(derived from the relational mix)" : String(value);
  const error = document.createElement("div");
  error.className = "error";
  input.addEventListener("change", () => {
    const v = c.kind === "boolean" ? input.checked : input.value;
    shown.textContent = String(v);
    lever(c.path, v);
  });
  input.addEventListener("input", () => { if (c.kind !== "boolean") shown.textContent = String(input.value); });
  div.appendChild(input);
  div.appendChild(shown);
  div.appendChild(error);
  return div;
}

function setLever(path, value) {
  const input = $(controlId(path));
  if (!input) return;
  if (input.type === "checkbox") input.checked = value === true; else input.value = value;
  const div = input.closest(".control");
  div.querySelector(".value").textContent = String(value);
  (($("side-by-side").checked) ? ui.twin : ui.base).set(path, value);
  div.classList.add("moved");
}

// A moved lever is validated by the server with the CLI's --set rules. Before the first month it rebuilds the world;
// mid-run, the relational mix and the stance change from this month on (a repertoire_change event, marked on the plots;
// on the second world when side by side is on); other levers apply at the next Setup.
async function lever(path, value) {
  const target = $("side-by-side").checked ? ui.twin : ui.base;
  const before = target.get(path);
  target.set(path, value);
  const div = document.querySelector(`.control[data-path="${CSS.escape(path)}"]`);
  div.classList.add("moved");
  try {
    await api("POST", "/api/validate", request());
    div.querySelector(".error").textContent = "";
    say("");
    if (!ui.summary || ui.summary.month === 0) { await setup(); return; }
    if (!midRun.includes(path)) { say(`${path}=${value}: applies at the next Setup (only the relational mix and the stance change mid-run).`, true); return; }
    const running = !!ui.stream;
    pause();
    const summary = await api("POST", `/api/worlds/${ui.world}/lever`, { set: [`${path}=${value}`] });
    ui.summary = { ...ui.summary, events: summary.events };
    Plots.setEvents(summary);
    say(`${path}=${value} from month ${summary.month}` + (summary.twin ? " in the second world (dashed)" : "") + ": recorded as a repertoire_change event.", true);
    if (running) go();
  } catch (e) {
    div.querySelector(".error").textContent = e.message;
    say(e.message);
    if (before === undefined) target.delete(path); else target.set(path, before);
  }
}

async function setup() {
  pause();
  say("");
  if (ui.world) api("DELETE", `/api/worlds/${ui.world}`).catch(() => {});
  ui.world = null;
  try {
    const summary = await api("POST", "/api/worlds", request());
    ui.world = summary.id;
    ui.summary = summary;
    ui.lastRow = null;
    $("seed").value = summary.seed;
    Plots.create($("plots"), summary);
    Network.reset();
    renderMonitors();
    renderConditions();
    $("cap-note").textContent = `Interactive worlds are capped at ${summary.maxPatients.toLocaleString("en")} patients; `
      + `for bigger worlds use \`quasim run ${summary.scenario}\`. Worlds left idle are freed after a while.`;
    $("go").textContent = "Go";
    $("save-second").hidden = !summary.twin;
    $("network-world-label").hidden = !summary.twin;
    if (!summary.twin) $("network-world").value = "first";
    await refreshNetwork(true);
  } catch (e) {
    say(e.message);
  }
}

async function step() {
  if (!ui.world) return;
  try {
    const result = await api("POST", `/api/worlds/${ui.world}/step?months=1`);
    onRows(result.rows);
    await refreshNetwork(true);
  } catch (e) { say(e.message); }
}

function go() {
  if (!ui.world || ui.stream) return;
  const source = new EventSource(`/api/worlds/${ui.world}/stream?speed=${$("speed").value}`);
  ui.stream = source;
  $("go").textContent = "Pause";
  source.addEventListener("month", e => onRows([JSON.parse(e.data)]));
  source.addEventListener("end", () => { pause(); refreshNetwork(true); });
  source.onerror = () => { if (ui.stream === source) { pause(); } };
}

function pause() {
  if (ui.stream) { ui.stream.close(); ui.stream = null; refreshNetwork(true); }
  $("go").textContent = "Go";
}

function onRows(rows) {
  if (!rows.length) return;
  Plots.add(rows);
  ui.lastRow = rows[rows.length - 1];
  ui.summary.month = ui.lastRow.month + 1;
  renderMonitors();
  renderConditions();
  refreshNetwork(false);
}

function value(row, name, twin) {
  const i = ui.summary.metrics.findIndex(m => m.name === name);
  const values = twin ? row.twin : row.values;
  return i < 0 || !values ? null : Number(values[i]);
}

function fmt(v) { return v === null || Number.isNaN(v) ? "-" : Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(3); }

function renderMonitors() {
  const box = $("monitors");
  box.innerHTML = "";
  const add = (name, v, title) => {
    const d = document.createElement("div");
    d.className = "monitor";
    d.title = title || "";
    d.innerHTML = `<div class="name"></div><div class="v"></div>`;
    d.querySelector(".name").textContent = name;
    d.querySelector(".v").textContent = v;
    box.appendChild(d);
    return d;
  };
  add("month", `${ui.summary.month} / ${ui.summary.horizon}`).id = "month";
  for (const m of monitorMetrics) {
    const info = ui.summary.metrics.find(x => x.name === m);
    if (!info) continue;
    const a = ui.lastRow ? fmt(value(ui.lastRow, m, false)) : "-";
    const b = ui.lastRow && ui.summary.twin ? " | " + fmt(value(ui.lastRow, m, true)) : "";
    add(info.label, a + b, `${info.meaning} (${info.unit})`);
  }
}

function renderConditions() {
  const table = $("blg");
  const conditions = ui.summary.conditions;
  table.innerHTML = "";
  const head = table.insertRow();
  head.innerHTML = "<th>service line</th>" + conditions.map(c => `<th>${c.replace("blg_", "").replaceAll("_", " ")}</th>`).join("");
  for (const line of ui.summary.lines) {
    const tr = table.insertRow();
    const th = document.createElement("th");
    th.textContent = line;
    tr.appendChild(th);
    for (const c of conditions) {
      const td = tr.insertCell();
      const v = ui.lastRow ? value(ui.lastRow, `${c}_${line}`, false) : null;
      td.textContent = fmt(v) + (ui.lastRow && ui.summary.twin ? " | " + fmt(value(ui.lastRow, `${c}_${line}`, true)) : "");
      if (v !== null && !Number.isNaN(v)) td.style.background = `rgba(${Math.round(230 * (1 - v))},${Math.round(200 * v)},80,0.25)`;
    }
  }
}

async function refreshNetwork(force) {
  const now = Date.now();
  if (!ui.world || (!force && now - ui.networkAt < 700)) return;
  ui.networkAt = now;
  try {
    const result = await api("GET", `/api/worlds/${ui.world}/network`);
    const second = $("network-world").value === "second" && result.twin;
    Network.draw($("network"), second ? result.twin : result.network, result.month);
  } catch (e) { /* the world was replaced by a new Setup meanwhile */ }
}

function replicate() {
  if (!ui.world) return;
  const bar = $("replication-progress");
  bar.hidden = false;
  bar.value = 0;
  const source = new EventSource(`/api/worlds/${ui.world}/replications?count=20&metrics=${Plots.plotted().join(",")}`);
  source.addEventListener("progress", e => { const p = JSON.parse(e.data); bar.max = p.total; bar.value = p.done; });
  source.addEventListener("bands", e => { source.close(); bar.hidden = true; Plots.showBands(JSON.parse(e.data)); say("Bands: 10th-90th percentile of 20 replications.", true); });
  source.onerror = () => { source.close(); bar.hidden = true; };
}

async function takeTour(t) {
  $("side-by-side").checked = t.twin !== null;
  $("scenario").value = t.scenario;
  $("tour-text").textContent = t.text;
  await openScenario(t.twin || {});
  go();
}

init().catch(e => say(e.message));
