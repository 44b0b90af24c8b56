// The network of commissioners (squares, top) and providers (circles, below their area), drawn as plain SVG.
// One edge per commissioner-provider pair: its colour the mean commissioner trust of their contracts, solid when
// most are paid relationally (block, alliance), dashed when most are paid transactionally (activity, outcome).
"use strict";
const Network = (() => {
  const NS = "http://www.w3.org/2000/svg";
  const W = 600, H = 360;
  let last = null, selected = null, onSelect = null, previous = null;

  function el(name, attrs, parent) {
    const e = document.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    parent.appendChild(e);
    return e;
  }

  function trustColour(t) {
    const x = Math.max(0, Math.min(1, t));
    return `rgb(${Math.round(220 * (1 - x))},${Math.round(170 * x + 30)},60)`;
  }

  function fmt(v) { return typeof v === "number" ? (Math.abs(v) >= 1000 ? v.toFixed(0) : v.toFixed(3)) : String(v); }

  function layout(net) {
    const areas = net.commissioners.length;
    const band = W / Math.max(1, areas);
    const pos = { c: {}, p: {} };
    net.commissioners.forEach((c, i) => { pos.c[c.index] = [band * (i + 0.5), 30]; });
    const byArea = {};
    for (const p of net.providers) (byArea[p.area] = byArea[p.area] || []).push(p);
    for (const [area, list] of Object.entries(byArea)) {
      const cols = Math.max(1, Math.ceil(Math.sqrt(list.length * band / 260)));
      const rows = Math.ceil(list.length / cols);
      list.forEach((p, k) => {
        const col = k % cols, row = Math.floor(k / cols);
        const x = band * Number(area) + band * (col + 0.5) / cols;
        const y = 100 + (H - 120) * (rows === 1 ? 0.5 : row / (rows - 1));
        pos.p[p.index] = [x, y];
      });
    }
    return pos;
  }

  function draw(svg, net, month) {
    last = net;
    svg.innerHTML = "";
    const pos = layout(net);
    const pairs = {};
    for (const k of net.contracts) {
      const key = k.area + ":" + k.provider;
      const p = pairs[key] || (pairs[key] = { area: k.area, provider: k.provider, trust: 0, n: 0, relational: 0 });
      p.trust += k.trustCommissioner; p.n += 1;
      if (k.form === "block" || k.form === "alliance") p.relational += 1;
    }
    for (const p of Object.values(pairs)) {
      const a = pos.c[p.area], b = pos.p[p.provider];
      if (!a || !b) continue;
      const line = el("line", { x1: a[0], y1: a[1], x2: b[0], y2: b[1], stroke: trustColour(p.trust / p.n), "stroke-width": 1.5 + Math.min(3, p.n / 2) }, svg);
      line.dataset.pair = p.area + ":" + p.provider;
      if (p.relational * 2 < p.n) line.setAttribute("stroke-dasharray", "5,4");
    }
    const events = changes(net);
    for (const c of net.commissioners) {
      const [x, y] = pos.c[c.index];
      const r = el("rect", { x: x - 11, y: y - 11, width: 22, height: 22, fill: "#345", class: "node", "data-kind": "commissioner", "data-index": c.index }, svg);
      r.addEventListener("click", () => select("commissioner", c.index));
      el("text", { x: x + 14, y: y + 4, "font-size": 11 }, svg).textContent = "area " + c.index;
    }
    for (const p of net.providers) {
      const [x, y] = pos.p[p.index];
      const fill = p.alive ? trustColour(p.quality) : "#bbb";
      const circle = el("circle", { cx: x, cy: y, r: 8, fill, stroke: events.has(p.index) ? "#e08000" : "#333", "stroke-width": events.has(p.index) ? 3 : 1,
        class: "node", "data-kind": "provider", "data-index": p.index }, svg);
      circle.addEventListener("click", () => select("provider", p.index));
      const held = net.contracts.filter(k => k.provider === p.index).length;
      if (held > 0) circle.setAttribute("data-contracts", held);
      const title = el("title", {}, circle);
      title.textContent = `${p.kind} #${p.index}${p.alive ? "" : " (left the market)"}`;
    }
    el("text", { x: 4, y: H - 4, "font-size": 11, fill: "#555" }, svg).textContent = `month ${month}; orange ring: entered, left or changed contracts since the last view`;
    if (selected) select(selected.kind, selected.index);
    previous = net;
  }

  // Providers whose presence or contracts changed since the last drawing: entry, exit and switches show as they happen.
  function changes(net) {
    const changed = new Set();
    if (!previous) return changed;
    const was = Object.fromEntries(previous.providers.map(p => [p.index, p]));
    for (const p of net.providers) if (!was[p.index] || was[p.index].alive !== p.alive) changed.add(p.index);
    previous.contracts.forEach((k, i) => {
      const now = net.contracts[i];
      if (now && now.provider !== k.provider) { changed.add(now.provider); changed.add(k.provider); }
    });
    return changed;
  }

  function select(kind, index) {
    selected = { kind, index };
    if (!last) return;
    const svg = document.getElementById("network");
    svg.querySelectorAll(".selected").forEach(n => n.classList.remove("selected"));
    const node = svg.querySelector(`[data-kind="${kind}"][data-index="${index}"]`);
    if (node) node.classList.add("selected");
    let text;
    if (kind === "provider") {
      const p = last.providers.find(x => x.index === index);
      if (!p) return;
      const contracts = last.contracts.filter(k => k.provider === index);
      text = `provider #${p.index}  kind: ${p.kind}  area: ${p.area}  ${p.alive ? "in the market" : "left the market"}\n`
        + `quality: ${fmt(p.quality)}  staff: ${fmt(p.staff)} of ${fmt(p.staffNeeded)} needed  reserves: ${fmt(p.reserves)}\n`
        + `contracts: ${contracts.length}\n`
        + contracts.map(k => `  ${k.line} (${k.form}): trust commissioner ${fmt(k.trustCommissioner)}, provider ${fmt(k.trustProvider)}, `
          + `believed quality ${fmt(k.believedQuality)}, patients ${k.patients}`).join("\n");
    } else {
      const c = last.commissioners.find(x => x.index === index);
      if (!c) return;
      const contracts = last.contracts.filter(k => k.area === index);
      const trust = contracts.reduce((s, k) => s + k.trustCommissioner, 0) / Math.max(1, contracts.length);
      text = `commissioner (area ${c.index})  stance: ${c.stance}  relational mix: ${fmt(c.mix)}\n`
        + `budget: ${fmt(c.budget)}  balance: ${fmt(c.balance)}  contracts: ${contracts.length}  mean trust: ${fmt(trust)}`;
    }
    const box = document.getElementById("agent");
    box.textContent = text;
    if (onSelect) onSelect(kind, index);
  }

  function reset() { last = null; previous = null; selected = null; document.getElementById("agent").textContent = ""; }

  return { draw, select, reset };
})();
