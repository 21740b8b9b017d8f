/* dateline serve: the pages' behaviour (no inline script; CSP script-src 'self').
   Every string from the store is put into the page with textContent, never as HTML. */
(function () {
  "use strict";

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function localHref(href) { return typeof href === "string" && href.charAt(0) === "/" && href.charAt(1) !== "/" ? href : null; }

  function getJSON(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error("HTTP " + r.status + " for " + url);
      return r.json();
    });
  }

  function articleHref(id, kind, index) {
    return "/articles/" + encodeURIComponent(id) + (index === undefined || index === null ? "" : "#m-" + kind + "-" + index + "-0");
  }

  /* -- the article page: details of a mark, jumps from the side lists, kind toggles -- */
  function showDetail(mark) {
    var panel = document.getElementById("detail");
    if (!panel || !mark) return;
    panel.textContent = "";
    var dl = el("dl");
    (mark.getAttribute("title") || "").split("\n").forEach(function (line) {
      var at = line.indexOf(": ");
      if (at < 0) return;
      dl.appendChild(el("dt", {}, line.slice(0, at)));
      dl.appendChild(el("dd", {}, line.slice(at + 2)));
    });
    panel.appendChild(dl);
    var href = localHref(mark.getAttribute("data-href"));
    if (href) {
      var p = el("p");
      p.appendChild(el("a", { href: href }, "entity page →"));
      panel.appendChild(p);
    }
  }

  function flash(node) {
    document.querySelectorAll("mark.flash").forEach(function (m) { m.classList.remove("flash"); });
    node.classList.add("flash");
  }

  function initArticle() {
    var text = document.getElementById("text");
    if (!text) return;
    text.addEventListener("mouseover", function (e) {
      var mark = e.target.closest("mark");
      if (mark) showDetail(mark);
    });
    text.addEventListener("click", function (e) {
      var mark = e.target.closest("mark");
      if (!mark) return;
      showDetail(mark);
      flash(mark);
    });
    text.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && e.target.matches("mark")) { showDetail(e.target); flash(e.target); }
    });
    document.querySelectorAll("[data-jump]").forEach(function (link) {
      link.addEventListener("click", function (e) {
        var target = document.getElementById(link.getAttribute("data-jump"));
        if (!target) return;
        e.preventDefault();
        target.scrollIntoView({ behavior: "smooth", block: "center" });
        flash(target);
        showDetail(target);
        history.replaceState(null, "", "#" + target.id);
      });
      link.addEventListener("mouseenter", function () {
        var target = document.getElementById(link.getAttribute("data-jump"));
        if (target) showDetail(target);
      });
    });
    document.querySelectorAll("[data-toggle]").forEach(function (box) {
      box.addEventListener("change", function () {
        text.classList.toggle("hide-" + box.getAttribute("data-toggle"), !box.checked);
      });
    });
    if (location.hash) {
      var target = document.getElementById(location.hash.slice(1));
      if (target && target.matches("mark")) { flash(target); showDetail(target); target.scrollIntoView({ block: "center" }); }
    }
  }

  /* -- charts (Vega-Lite through vega-embed, with the CSP-safe expression interpreter) -- */
  function embed(node, spec) {
    var options = { actions: false, renderer: "svg", ast: true, expr: window.vegaInterpreter.expressionInterpreter };
    return window.vegaEmbed(node, spec, options);
  }

  function initTimeline() {
    var node = document.getElementById("timeline");
    if (!node || !window.vegaEmbed) return;
    getJSON(node.getAttribute("data-src")).then(function (data) {
      if (!data.series.length) { node.appendChild(el("p", { "class": "muted" }, "No dated events for these filters.")); return; }
      var spec = {
        $schema: "https://vega.github.io/schema/vega-lite/v6.json",
        width: "container", height: 290, autosize: { type: "fit", contains: "padding" },
        data: { values: data.series },
        mark: { type: "bar", cursor: "pointer" },
        encoding: {
          x: { field: "period", type: "ordinal", title: null, axis: { labelAngle: -40, labelOverlap: true } },
          y: { aggregate: "sum", field: "count", type: "quantitative", title: "events" },
          color: { field: "key", type: "nominal", title: data.by, scale: { scheme: "tableau20" } },
          tooltip: [{ field: "period" }, { field: "key", title: data.by }, { field: "count", type: "quantitative" }]
        },
        config: { view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 11 } }
      };
      return embed(node, spec).then(function (result) {
        result.view.addEventListener("click", function (_event, item) {
          if (!item || !item.datum || !item.datum.key) return;
          var params = new URLSearchParams(location.search);
          params.set(data.by, item.datum.key);
          var start = item.datum.start, end = item.datum.end;
          if (start) params.set("since", start);
          if (end) params.set("until", end);
          params.delete("offset");
          location.href = "/events?" + params.toString();
        });
      });
    }).catch(function (err) { node.appendChild(el("p", { "class": "error" }, err.message)); });
  }

  function initClaims() {
    var node = document.getElementById("claims");
    if (!node || !window.vegaEmbed) return;
    getJSON(node.getAttribute("data-src")).then(function (data) {
      var values = data.items.filter(function (q) { return q.date; }).map(function (q) { return { date: q.date, kind: q.kind }; });
      if (!values.length) return;
      var speaker = new URLSearchParams(node.getAttribute("data-src").split("?")[1] || "").get("speaker");
      var spec = {
        $schema: "https://vega.github.io/schema/vega-lite/v6.json",
        width: "container", height: 120, autosize: { type: "fit", contains: "padding" },
        data: { values: values },
        mark: { type: "circle", opacity: 0.8, cursor: "pointer" },
        encoding: {
          x: { field: "date", type: "temporal", title: null, axis: { format: "%Y-%m-%d", labelAngle: 0, tickCount: 6 } },
          y: { field: "kind", type: "nominal", title: null },
          size: { aggregate: "count", type: "quantitative", title: "quotes", legend: null, scale: { range: [60, 600] } },
          color: { field: "kind", type: "nominal", legend: null, scale: { domain: ["direct", "indirect", "mixed"], range: ["#c99700", "#1f5fa8", "#8a4fbf"] } },
          tooltip: [{ field: "date", type: "temporal", format: "%Y-%m-%d" }, { field: "kind" }, { aggregate: "count", type: "quantitative", title: "quotes" }]
        },
        config: { view: { stroke: null } }
      };
      return embed(node, spec).then(function (result) {
        result.view.addEventListener("click", function (_event, item) {
          if (!item || !item.datum || !item.datum.date) return;
          var day = new Date(item.datum.date).toISOString().slice(0, 10);
          location.href = "/quotes?" + new URLSearchParams({ speaker: speaker || "", since: day, until: day }).toString();
        });
      });
    }).catch(function (err) { node.appendChild(el("p", { "class": "error" }, err.message)); });
  }

  /* -- the map: Leaflet over the world-atlas country shapes (no tile server) -- */
  var QUAD_COLOURS = { "verbal cooperation": "#2f7fd0", "material cooperation": "#1b8a5a", "verbal conflict": "#e08a1e", "material conflict": "#c7352b" };

  function popup(props) {
    var box = el("div");
    var head = el("div");
    head.appendChild(el("b", {}, props.type || "event"));
    head.appendChild(document.createTextNode(" " + [props.actor, props.recipient].filter(Boolean).join(" → ")));
    box.appendChild(head);
    box.appendChild(el("div", { "class": "muted" }, [props.date || props.article_date, props.place, props.quad].filter(Boolean).join(" · ")));
    if (props.evidence_text) box.appendChild(el("p", {}, props.evidence_text.length > 260 ? props.evidence_text.slice(0, 257) + "…" : props.evidence_text));
    box.appendChild(el("a", { href: articleHref(props.article, "event", props.index) }, "read the evidence →"));
    return box;
  }

  /* a ring that crosses the antimeridian (Russia, Fiji) would be drawn across the whole map:
     its western longitudes are moved past 180 degrees instead */
  function unwrap(geometry) {
    var polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    polygons.forEach(function (polygon) {
      polygon.forEach(function (ring) {
        var crosses = ring.some(function (point, i) { return i > 0 && Math.abs(point[0] - ring[i - 1][0]) > 180; });
        if (crosses) ring.forEach(function (point) { if (point[0] < 0) point[0] += 360; });
      });
    });
  }

  function initMap() {
    var node = document.getElementById("map");
    if (!node || !window.L) return;
    var map = L.map(node, { worldCopyJump: true, minZoom: 1, maxZoom: 10, attributionControl: true }).setView([30, 20], 2);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Natural Earth countries (world-atlas)");
    var basemap = getJSON(node.getAttribute("data-basemap")).then(function (topo) {
      var countries = window.topojson.feature(topo, topo.objects.countries);
      countries.features = countries.features.filter(function (f) { return f.id !== "010"; });  // Antarctica
      countries.features.forEach(function (f) { unwrap(f.geometry); });
      L.geoJSON(countries, {
        interactive: false,
        style: { color: "#9fb1c4", weight: 0.7, fillColor: "#f7f4ec", fillOpacity: 1 }
      }).addTo(map);
    });
    basemap.then(function () { return getJSON(node.getAttribute("data-src")); }).then(function (data) {
      var layer = L.featureGroup();
      data.features.forEach(function (f) {
        var c = f.geometry.coordinates;
        if (c[0] === null || c[1] === null) return;
        var colour = QUAD_COLOURS[f.properties.quad] || "#555";
        L.circleMarker([c[1], c[0]], { radius: 6, color: "#fff", weight: 1.2, fillColor: colour, fillOpacity: 0.85 })
          .bindPopup(popup(f.properties)).addTo(layer);
      });
      layer.addTo(map);
      if (data.features.length) map.fitBounds(layer.getBounds().pad(0.3), { maxZoom: 6 });
      if (data.truncated) node.setAttribute("data-truncated", "true");
      node.setAttribute("data-markers", String(data.features.length));
    }).catch(function (err) { node.appendChild(el("p", { "class": "error" }, err.message)); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    initArticle();
    initTimeline();
    initClaims();
    initMap();
  });
})();
