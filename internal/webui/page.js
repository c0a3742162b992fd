(function () {
  "use strict";
  var doc = JSON.parse(document.getElementById("backlog-data").textContent || "{}");
  var clusters = JSON.parse(document.getElementById("clusters-data").textContent || "[]");
  var params = new URLSearchParams(window.location.search);
  var view = params.get("view") || "";
  var items = view === "clusters" ? clusters : view === "watchlist" ? (doc.watchlist || []) : (doc.items || []);
  var filters = ["service", "team", "journey", "state"];

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function keys(m) { return m ? Object.keys(m) : []; }
  function values(it, f) {
    switch (f) {
      case "service": return keys(it.services).concat(it.service ? [it.service] : [], it.likely_cause ? [it.likely_cause] : []);
      case "team": return it.owner ? [it.owner] : [];
      case "journey": return keys(it.journeys);
      case "state": return [it.state];
    }
    return [];
  }
  // searchText is what the search box looks in: the title and every
  // fingerprint the item stands for (its own, those folded into it, its
  // members' and theirs), so an id copied from a log record finds its item.
  function searchText(it) {
    var ids = [it.title, it.fingerprint].concat(it.merged_from || []);
    (it.members || []).forEach(function (m) { ids = ids.concat([m.fingerprint], m.merged_from || []); });
    return ids.join(" ");
  }
  function matches(it) {
    for (var i = 0; i < filters.length; i++) {
      var f = filters[i], want = params.get(f);
      if (want && values(it, f).indexOf(want) < 0) return false;
    }
    var q = (params.get("q") || "").toLowerCase();
    if (q && searchText(it).toLowerCase().indexOf(q) < 0) return false;
    return true;
  }
  function sparkline(trend) {
    var ns = "http://www.w3.org/2000/svg", w = 120, h = 24;
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("class", "spark");
    svg.setAttribute("width", w);
    svg.setAttribute("height", h);
    svg.setAttribute("viewBox", "0 0 " + w + " " + h);
    trend = trend || [];
    var max = 0;
    trend.forEach(function (n) { if (n > max) max = n; });
    var pts = trend.map(function (n, i) {
      var x = trend.length > 1 ? (i * (w - 2)) / (trend.length - 1) + 1 : w / 2;
      var y = h - 2 - (max > 0 ? (n / max) * (h - 4) : 0);
      return x.toFixed(1) + "," + y.toFixed(1);
    });
    var line = document.createElementNS(ns, "polyline");
    line.setAttribute("points", pts.join(" "));
    line.setAttribute("fill", "none");
    line.setAttribute("stroke", "currentColor");
    line.setAttribute("stroke-width", "1.5");
    svg.appendChild(line);
    var title = document.createElementNS(ns, "title");
    title.textContent = trend.join(" ");
    svg.appendChild(title);
    return svg;
  }
  function fmt(n) { return Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2); }

  function details(it) {
    var d = el("div", { "class": "details" });
    var b = it.score_breakdown || {};
    d.appendChild(el("p", { "class": "formula" },
      "score " + fmt(it.score) + " = impact " + fmt(b.impact) + " × frequency " + fmt(b.frequency) +
      " × recency " + fmt(b.recency) + " × blast radius " + fmt(b.blast_radius) + " × novelty " +
      fmt(b.novelty) + " × override " + fmt(b.override) + " ÷ fix effort " + fmt(b.fix_effort)));
    var ul = el("ul");
    (b.notes || []).forEach(function (n) { ul.appendChild(el("li", null, n)); });
    d.appendChild(ul);
    var meta = "fingerprint " + it.fingerprint + " · " + it.kind + " · first " + it.first_seen + " · last " + it.last_seen +
      " · " + it.affected.users + " users, " + it.affected.tenants + " tenants, " + it.affected.traces + " traces";
    if (it.problem && it.problem.id) {
      meta += " · problem " + it.problem.id + (it.problem.is_head ? " (root cause)" : " (caused by " + it.problem.head + ")");
    }
    if ((it.merged_from || []).length) meta += " · merged from " + it.merged_from.join(", ");
    d.appendChild(el("p", { "class": "meta" }, meta));
    if (it.gate) d.appendChild(el("p", { "class": "meta" }, "gate: " + it.gate + ((it.labels || []).length ? " · labels " + it.labels.join(", ") : "")));
    var ai = it.ai_suggestion;
    if (ai) {
      // Labelled, with each claim's confidence and evidence ids (e1 is the
      // first exemplar); the model's texts are text like every other.
      var box = el("div", { "class": "ai" });
      box.appendChild(el("p", null, (ai.label || "AI-suggested") + " (model " + ai.model + "; not reviewed by a person)"));
      var al = el("ul");
      [["summary", ai.summary], ["likely cause", ai.likely_cause], ["suggested owner", ai.suggested_owner]].forEach(function (c) {
        if (!c[1] || !c[1].text) return;
        al.appendChild(el("li", null, c[0] + ": " + c[1].text + " (confidence " + fmt(c[1].confidence || 0) +
          ", evidence " + ((c[1].evidence || []).join(", ") || "none") + ")"));
      });
      box.appendChild(al);
      d.appendChild(box);
    }
    merges.filter(function (m) { return m.a === it.fingerprint || m.b === it.fingerprint; }).forEach(function (m) {
      d.appendChild(el("p", { "class": "merge" }, mergeText(m)));
    });
    if ((it.members || []).length) {
      var ml = el("ul", { "class": "members" });
      it.members.forEach(function (m) {
        var li = el("li", null, m.role + " " + m.fingerprint + " " + m.title + " (" + m.kind + ", depth " + m.depth +
          ", linked by " + ((m.reasons || []).join(", ") || "nothing: alone") + "): " + m.count + " events, " +
          m.affected.users + " users, " + m.affected.traces + " traces, score " + fmt(m.score) + ", " + m.state +
          (m.gate ? "; " + m.gate : ""));
        if ((m.frames || []).length) {
          var fl = el("ul");
          m.frames.forEach(function (f) { fl.appendChild(el("li", { "class": "title" }, "at " + f)); });
          li.appendChild(fl);
        }
        ml.appendChild(li);
      });
      d.appendChild(el("p", null, "Members (" + it.members.length + "):"));
      d.appendChild(ml);
    }
    (it.exemplars || []).slice(0, 3).forEach(function (e) {
      d.appendChild(el("pre", null, e.time + " " + (e.service || "") + " trace " + (e.trace_id || "-") + "\n" + (e.body || "")));
    });
    return d;
  }

  var merges = doc.merge_suggestions || [];
  function mergeText(m) {
    return (m.method === "embedding" ? "Semantic suggestion" : "Lexical suggestion") + ": merge " + m.b + " " + m.title_b +
      " into " + m.a + " " + m.title_a + " · similarity " + fmt(m.similarity || 0) + " · evidence: " + m.a + ", " + m.b +
      ", shared " + ((m.shared_context || []).join(", ") || "nothing") +
      (m.auto_merged ? " · auto-merged (similar.auto_merge)" : " · merged only by an override merge_into");
  }

  function render() {
    var tbody = document.getElementById("rows");
    tbody.textContent = "";
    var shown = 0;
    items.forEach(function (it) {
      if (!matches(it)) return;
      shown++;
      var tr = el("tr", { "class": "item state-" + it.state, "data-fingerprint": it.fingerprint, "data-service": it.service });
      tr.appendChild(el("td", { "class": "num" }, it.rank));
      tr.appendChild(el("td", { "class": "num" }, fmt(it.score)));
      tr.appendChild(el("td", null)).appendChild(el("span", { "class": "badge " + it.state }, it.state));
      var t = el("td", { "class": "title" }, it.title);
      if (it.new_in_release) t.appendChild(el("span", { "class": "badge new" }, "new in " + it.new_in_release));
      if (it.ai_suggestion) t.appendChild(el("span", { "class": "badge ai" }, it.ai_suggestion.label || "AI-suggested"));
      if (it.problem && it.problem.id && !it.problem.is_head) {
        t.appendChild(el("div", { "class": "cause" }, "↳ likely caused by " + it.problem.head));
      }
      if (it.likely_cause) {
        t.appendChild(el("div", { "class": "cause" }, "likely cause: " + it.likely_cause + " (its callers fail calling it; it reports no failure of its own)"));
      }
      if ((it.members || []).length > 1) {
        t.appendChild(el("div", { "class": "cause" }, it.members.length + " clusters: " +
          it.members.map(function (m) { return m.role + " " + (m.service || m.fingerprint); }).join(", ")));
      }
      tr.appendChild(t);
      tr.appendChild(el("td", null, it.owner || ""));
      tr.appendChild(el("td", { "class": "num" }, it.count));
      tr.appendChild(el("td", { "class": "num" }, it.affected.users));
      tr.appendChild(el("td", { "class": "num" }, fmt(it.minutes_of_pain)));
      tr.appendChild(el("td", null)).appendChild(sparkline(it.trend));
      var dr = el("tr", { "class": "detail-row" });
      dr.hidden = true;
      var td = el("td", { colspan: "9" });
      td.appendChild(details(it));
      dr.appendChild(td);
      tr.addEventListener("click", function () { dr.hidden = !dr.hidden; });
      tbody.appendChild(tr);
      tbody.appendChild(dr);
    });
    document.getElementById("count").textContent = shown + " of " + items.length + (view === "clusters" ? " clusters" : view === "watchlist" ? " on the watchlist" : " problems");
  }

  function setupFilters() {
    filters.forEach(function (f) {
      var sel = document.getElementById("f-" + f), seen = {};
      items.forEach(function (it) { values(it, f).forEach(function (v) { seen[v] = true; }); });
      var want = params.get(f);
      if (want) seen[want] = true;
      Object.keys(seen).sort().forEach(function (v) {
        var o = el("option", { value: v }, v);
        if (v === want) o.selected = true;
        sel.appendChild(o);
      });
      sel.addEventListener("change", function () {
        if (sel.value) params.set(f, sel.value); else params.delete(f);
        history.replaceState(null, "", "?" + params.toString());
        render();
      });
    });
    var vs = document.getElementById("f-view");
    vs.value = view;
    vs.addEventListener("change", function () {
      if (vs.value) params.set("view", vs.value); else params.delete("view");
      window.location.search = params.toString();
    });
    var q = document.getElementById("f-q");
    q.value = params.get("q") || "";
    q.addEventListener("input", function () {
      if (q.value) params.set("q", q.value); else params.delete("q");
      history.replaceState(null, "", "?" + params.toString());
      render();
    });
  }

  document.getElementById("generated").textContent =
    "generated " + doc.generated_at + " · event time " + doc.event_time + " · " + (doc.watchlist || []).length + " on the watchlist";
  var st = doc.stats || {};
  function n(k) { return st[k] || 0; }
  document.getElementById("stats").textContent =
    "signal to noise since start: " + n("records_in") + " records in, " + n("records_fingerprinted") + " fingerprinted, " +
    n("clusters") + " clusters, " + n("problems") + " problems, " + n("problems_ticket_worthy") + " ticket-worthy; tickets " +
    n("tickets_created") + " created, " + n("tickets_updated") + " updated, " + n("tickets_duplicates_avoided") +
    " duplicates avoided, " + n("tickets_muted") + " muted · last flush: " + n("flush_records_in") + " records in, " +
    n("flush_tickets_created") + " tickets created";
  if (merges.length) {
    var mt = document.getElementById("merges");
    mt.hidden = false;
    var mu = el("ul");
    merges.forEach(function (m) { mu.appendChild(el("li", { "class": "merge" }, mergeText(m))); });
    mt.appendChild(mu);
  }
  setupFilters();
  render();
})();
