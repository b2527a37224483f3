/* NewsLedger events page: the map (Leaflet + markercluster, country outlines from world-atlas) and the
   timeline (SVG), which filter each other.  Data comes from /api/events/points; everything from an
   article is written with textContent, never innerHTML. */
(function () {
  "use strict";
  var mapEl = document.getElementById("map");
  if (!mapEl || typeof L === "undefined") { return; }
  var SVG = "http://www.w3.org/2000/svg";
  var DAY = 86400000;
  var colours = JSON.parse(document.getElementById("type-colours").textContent);
  var periods = JSON.parse(document.getElementById("period-list").textContent);
  var state = { points: [], selection: null, firstDraw: true };

  function colourOf(type) { return colours[type] || "#555555"; }
  function dayMs(day) { return Date.parse(day + "T00:00:00Z"); }
  function dayOf(ms) { return new Date(ms).toISOString().slice(0, 10); }
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  /* ---- map ------------------------------------------------------------------------------------ */
  var map = L.map(mapEl, { worldCopyJump: true, minZoom: 1, maxZoom: 18 }).setView([15, 20], 2);
  window.__newsledgerMap = map;  // for tests and the browser console
  map.createPane("outlines").style.zIndex = 250;
  var outlineStyle = { color: "#7d8590", weight: 0.8, fillColor: "#f3f1ea", fillOpacity: 1 };
  var outlines = null;
  if (mapEl.dataset.tilesUrl) {
    outlineStyle.fillOpacity = 0;
    var tiles = L.tileLayer(mapEl.dataset.tilesUrl, {
      maxZoom: 18, attribution: "© OpenStreetMap contributors"
    }).addTo(map);
    tiles.on("tileerror", function () {  // offline: fall back to filled country outlines
      outlineStyle.fillOpacity = 1;
      if (outlines) { outlines.setStyle(outlineStyle); }
    });
  }
  fetch(mapEl.dataset.countriesUrl).then(function (r) { return r.json(); }).then(function (topo) {
    outlines = L.geoJSON(topojson.feature(topo, topo.objects.countries), {
      pane: "outlines", style: function () { return outlineStyle; }, interactive: false
    }).addTo(map);
    mapEl.dataset.outlines = "loaded";
  }).catch(function () { mapEl.dataset.outlines = "missing"; });

  var cluster = L.markerClusterGroup({ maxClusterRadius: 35, showCoverageOnHover: false });
  map.addLayer(cluster);

  function radius(fatalities) { return 6 + Math.min(18, 2.5 * Math.sqrt(fatalities || 0)); }

  function popupFor(p) {
    var box = el("div", { "class": "popup" });
    var link = el("a", { href: "/events/" + encodeURIComponent(p.id) }, p.event_type);
    box.appendChild(link);
    box.appendChild(el("div", {}, (p.location || "unknown place") + (p.country ? ", " + p.country : "")));
    box.appendChild(el("div", {}, (p.date_start || "undated") + " · " +
      (p.fatalities_best === null ? "fatalities unknown" : p.fatalities_best + " killed (best)")));
    box.appendChild(el("div", {}, [p.actor1, p.actor2].filter(Boolean).join(" vs ")));
    return box;
  }

  function inSelection(p) {
    if (!state.selection) { return true; }
    return p.date_start && p.date_start >= state.selection[0] && p.date_start <= state.selection[1];
  }

  function drawMarkers() {
    cluster.clearLayers();
    var markers = [];
    state.points.forEach(function (p) {
      if (p.latitude === null || p.longitude === null || !inSelection(p)) { return; }
      var m = L.circleMarker([p.latitude, p.longitude], {
        radius: radius(p.fatalities_best), color: "#222", weight: 1,
        fillColor: colourOf(p.event_type), fillOpacity: 0.8, className: "event-marker"
      });
      m.bindPopup(function () { return popupFor(p); });
      m.eventId = p.id;
      markers.push(m);
    });
    cluster.addLayers(markers);
    mapEl.dataset.markerCount = String(markers.length);
    if (state.firstDraw && markers.length) {
      map.fitBounds(L.featureGroup(markers).getBounds().pad(0.3), { maxZoom: 6 });
    }
    state.firstDraw = false;
  }

  function drawLegend() {
    var legend = document.getElementById("map-legend");
    legend.textContent = "";
    var seen = {};
    state.points.forEach(function (p) { seen[p.event_type] = true; });
    Object.keys(seen).sort().forEach(function (type) {
      var item = el("span", { "class": "legend-item" });
      var sw = el("span", { "class": "swatch" });
      sw.style.background = colourOf(type);
      item.appendChild(sw);
      item.appendChild(document.createTextNode(type));
      legend.appendChild(item);
    });
    legend.appendChild(el("span", { "class": "legend-item" }, "· marker size: fatalities"));
  }

  /* ---- timeline ------------------------------------------------------------------------------- */
  var timelineEl = document.getElementById("timeline");
  var follow = document.getElementById("timeline-follows-map");
  var statusEl = document.getElementById("timeline-status");
  var applyLink = document.getElementById("timeline-apply");
  var clearButton = document.getElementById("timeline-clear");

  function timelinePoints() {
    var bounds = map.getBounds();
    return state.points.filter(function (p) {
      if (!p.date_start) { return false; }
      if (!follow.checked) { return true; }
      return p.latitude !== null && p.longitude !== null && bounds.contains([p.latitude, p.longitude]);
    });
  }

  function domain() {
    var days = state.points.filter(function (p) { return p.date_start; }).map(function (p) { return dayMs(p.date_start); });
    periods.forEach(function (p) { days.push(dayMs(p.start)); days.push(dayMs(p.end)); });
    if (!days.length) { return null; }
    return [Math.min.apply(null, days), Math.max.apply(null, days)];
  }

  function drawTimeline() {
    timelineEl.textContent = "";
    var dom = domain();
    var shown = timelinePoints();
    var undated = state.points.filter(function (p) { return !p.date_start; }).length;
    statusEl.textContent = shown.length + " of " + state.points.length + " events" +
      (follow.checked ? " in the map's view" : "") + (undated ? " · " + undated + " undated" : "");
    timelineEl.dataset.dayCount = "0";
    if (!dom) { timelineEl.appendChild(el("p", {}, "No dated events.")); return; }
    var perDay = {};
    shown.forEach(function (p) {
      var d = perDay[p.date_start] || (perDay[p.date_start] = { count: 0, fatalities: 0 });
      d.count += 1;
      d.fatalities += p.fatalities_best || 0;
    });
    var nDays = Math.round((dom[1] - dom[0]) / DAY) + 1;
    var width = Math.max(timelineEl.clientWidth || 800, 300), height = 170;
    var left = 34, right = 34, top = 22, bottom = 24;
    var plotW = width - left - right, plotH = height - top - bottom;
    var step = plotW / nDays;
    var maxCount = 1, maxFat = 1;
    Object.keys(perDay).forEach(function (k) {
      maxCount = Math.max(maxCount, perDay[k].count);
      maxFat = Math.max(maxFat, perDay[k].fatalities);
    });
    var root = svg("svg", { width: width, height: height, viewBox: "0 0 " + width + " " + height, role: "img" });
    root.appendChild(svg("title", {}, "Events (bars) and fatalities (red line) per day"));
    periods.forEach(function (p) {
      var x0 = left + (dayMs(p.start) - dom[0]) / DAY * step;
      var x1 = left + ((dayMs(p.end) - dom[0]) / DAY + 1) * step;
      var band = svg("rect", { x: x0, y: top, width: Math.max(x1 - x0, 2), height: plotH, "class": "period-band" });
      band.appendChild(svg("title", {}, p.name + ": " + p.start + " – " + p.end));
      root.appendChild(band);
      root.appendChild(svg("text", { x: x0 + 3, y: top - 6, "class": "period-label" }, p.name));
    });
    if (state.selection) {
      var s0 = left + (dayMs(state.selection[0]) - dom[0]) / DAY * step;
      var s1 = left + ((dayMs(state.selection[1]) - dom[0]) / DAY + 1) * step;
      root.appendChild(svg("rect", { x: s0, y: top, width: s1 - s0, height: plotH, "class": "selection-band" }));
    }
    var line = [];
    var dayCount = 0;
    for (var i = 0; i < nDays; i++) {
      var day = dayOf(dom[0] + i * DAY);
      var d = perDay[day];
      var x = left + i * step;
      if (d) {
        dayCount += 1;
        var h = d.count / maxCount * plotH;
        var bar = svg("rect", { x: x + step * 0.1, y: top + plotH - h, width: Math.max(step * 0.8, 1), height: h,
          "class": "day-bar" + (state.selection && !(day >= state.selection[0] && day <= state.selection[1]) ? " dim" : ""),
          "data-day": day });
        root.appendChild(bar);
        line.push((x + step / 2) + "," + (top + plotH - d.fatalities / maxFat * plotH));
      }
      var hit = svg("rect", { x: x, y: top, width: Math.max(step, 1), height: plotH, "class": "day-hit", "data-day": day });
      hit.appendChild(svg("title", {}, day + ": " + (d ? d.count + " events, " + d.fatalities + " killed" : "no events")));
      root.appendChild(hit);
    }
    if (line.length) {
      root.appendChild(svg("polyline", { points: line.join(" "), "class": "fatality-line" }));
    }
    root.appendChild(svg("line", { x1: left, x2: left + plotW, y1: top + plotH, y2: top + plotH, "class": "axis" }));
    var ticks = Math.min(nDays, 8);
    for (var t = 0; t < ticks; t++) {
      var idx = ticks === 1 ? 0 : Math.round(t * (nDays - 1) / (ticks - 1));
      root.appendChild(svg("text", { x: left + (idx + 0.5) * step, y: height - 6, "class": "tick", "text-anchor": "middle" },
        dayOf(dom[0] + idx * DAY)));
    }
    root.appendChild(svg("text", { x: 2, y: top + 8, "class": "tick" }, String(maxCount)));
    root.appendChild(svg("text", { x: width - 2, y: top + 8, "class": "tick fatality", "text-anchor": "end" }, maxFat + "†"));
    timelineEl.appendChild(root);
    timelineEl.dataset.dayCount = String(dayCount);
  }

  function selectionChanged() {
    drawMarkers();
    drawTimeline();
    var has = Boolean(state.selection);
    applyLink.hidden = !has;
    clearButton.hidden = !has;
    mapEl.dataset.selection = has ? state.selection.join("/") : "";
    if (has) {
      var params = new URLSearchParams(window.location.search);
      params.set("date_from", state.selection[0]);
      params.set("date_to", state.selection[1]);
      params.delete("offset");
      applyLink.href = "?" + params.toString();
      applyLink.textContent = "Filter the table to " + state.selection[0] +
        (state.selection[1] !== state.selection[0] ? " – " + state.selection[1] : "");
    }
  }

  timelineEl.addEventListener("click", function (ev) {
    var day = ev.target.getAttribute && ev.target.getAttribute("data-day");
    if (!day) { return; }
    if (ev.shiftKey && state.selection) {
      var all = [state.selection[0], state.selection[1], day].sort();
      state.selection = [all[0], all[2]];
    } else if (state.selection && state.selection[0] === day && state.selection[1] === day) {
      state.selection = null;
    } else {
      state.selection = [day, day];
    }
    selectionChanged();
  });
  clearButton.addEventListener("click", function () { state.selection = null; selectionChanged(); });
  follow.addEventListener("change", drawTimeline);
  map.on("moveend", drawTimeline);
  window.addEventListener("resize", drawTimeline);

  fetch(mapEl.dataset.pointsUrl, { headers: { Accept: "application/json" } })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      state.points = data.items || [];
      drawLegend();
      drawMarkers();
      drawTimeline();
      mapEl.dataset.ready = "yes";
    })
    .catch(function (err) {
      statusEl.textContent = "could not load the events: " + err;
      mapEl.dataset.ready = "error";
    });
})();
