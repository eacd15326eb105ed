/* govkg page: draw the network, then the class filter, the search and the neighbourhood
   highlight. The layout is computed once with a fixed seed, then physics stops so the
   picture stays still. window.govkg lets a test (or a curious user) read what is drawn. */
(function () {
  "use strict";
  var data = GOVKG_DATA;
  var DIM_NODE = {background: "#eeeeee", border: "#dddddd",
                  highlight: {background: "#eeeeee", border: "#999999"}};
  var DIM_FONT = {color: "#c8c8c8", strokeWidth: 0};
  var DIM_EDGE = {color: "#efefef", highlight: "#efefef"};

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var container = document.getElementById("network");
  // Made empty and filled once the listeners are on: a small graph can be laid out before
  // the constructor returns, and its "done" event would be missed.
  var network = new vis.Network(container, {}, data.options);

  var hiddenClasses = {};   // class -> true when unticked in the legend
  var selected = null;      // the clicked node's neighbourhood (a Set), or null
  var matches = null;       // ids found by the search (an array), or null
  var dimmed = 0;
  var lang = "zh";          // the UI's language: "zh" (default) or "en"

  /* The UI in Chinese, or in English (the button in the header; remembered). */
  function t(zh, en) { return lang === "en" ? en : zh; }
  function setLanguage(chosen) {
    lang = chosen === "en" ? "en" : "zh";
    document.documentElement.lang = lang === "en" ? "en" : "zh-CN";
    Array.prototype.forEach.call(document.querySelectorAll("[data-en]"), function (el) {
      if (!el.hasAttribute("data-zh")) { el.setAttribute("data-zh", el.textContent); }
      el.textContent = el.getAttribute(lang === "en" ? "data-en" : "data-zh");
    });
    var box = document.getElementById("search");
    if (!box.hasAttribute("data-zh-placeholder")) {
      box.setAttribute("data-zh-placeholder", box.placeholder);
    }
    box.placeholder = box.getAttribute(lang === "en" ? "data-en-placeholder"
                                                     : "data-zh-placeholder");
    var button = document.getElementById("lang");
    button.textContent = lang === "en" ? "中文" : "English";
    button.lang = lang === "en" ? "zh-CN" : "en";
    try { window.localStorage.setItem("govkg-lang", lang); } catch (e) { /* file: pages */ }
  }

  var api = {ready: false, network: network, nodes: nodes, edges: edges,
             drawn: function () {
               return {nodes: network.body.nodeIndices.length,
                       edges: network.body.edgeIndices.length};
             },
             dimmed: function () { return dimmed; },
             matches: function () { return matches ? matches.length : 0; },
             language: function () { return lang; },
             setLanguage: function (chosen) { setLanguage(chosen); refresh(); showInfo(null); }};
  window.govkg = api;

  function focusSet() {
    if (selected) { return selected; }
    if (!matches) { return null; }
    var shown = new Set(matches);
    matches.forEach(function (id) {
      network.getConnectedNodes(id).forEach(function (m) { shown.add(m); });
    });
    return shown;
  }

  /* Apply the class filter and the dimming of everything outside the focus. */
  function refresh() {
    var focus = focusSet();
    dimmed = 0;
    nodes.update(data.nodes.map(function (n) {
      var dim = focus !== null && !focus.has(n.id);
      var hidden = hiddenClasses[n.cls] === true;
      if (dim && !hidden) { dimmed += 1; }
      return {id: n.id, hidden: hidden, color: dim ? DIM_NODE : n.color,
              font: dim ? DIM_FONT : n.font};
    }));
    edges.update(data.edges.map(function (e) {
      var dim = focus !== null && !(focus.has(e.from) && focus.has(e.to));
      return {id: e.id, color: dim ? DIM_EDGE : e.color};
    }));
    var drawn = api.drawn();
    var counts = document.getElementById("counts");
    var total = counts.getAttribute("data-nodes");
    var whole = counts.getAttribute("data-total-nodes");
    var part = drawn.nodes === +total ? "" : t("（共 " + total + "）", " (of " + total + ")");
    if (+whole !== +total) {
      part += t("（全图 " + whole + " 个节点）", " (the whole graph: " + whole + " nodes)");
    }
    counts.firstChild.nodeValue = (drawn.nodes === +total ? "" : t("显示 ", "showing ")) +
      drawn.nodes + t(" 个节点 · ", " nodes · ") + drawn.edges + t(" 条边", " edges") + part;
  }

  function showInfo(id) {
    var info = document.getElementById("info");
    if (id === null) {
      info.textContent = t("点击节点查看详情；点击空白处恢复。",
                           "Click a node to see its details and neighbours; click the " +
                           "background to clear.");
      return;
    }
    var n = byId[id];
    var links = network.getConnectedNodes(id).map(function (m) { return byId[m].label; });
    info.textContent = n.title + (links.length ? t("\n\n相连 (", "\n\nLinked (") + links.length + "):\n· " +
      links.slice(0, 30).join("\n· ") + (links.length > 30 ? "\n…" : "") : "");
  }

  network.on("click", function (params) {
    if (params.nodes.length > 0) {
      var id = params.nodes[0];
      selected = new Set(network.getConnectedNodes(id));
      selected.add(id);
      showInfo(id);
    } else {
      selected = null;
      showInfo(null);
    }
    refresh();
  });

  /* The search: nodes whose name (or indicator, honor, other names) holds the text,
     with their neighbours, stay lit; the rest is dimmed. Enter zooms to them. */
  var search = document.getElementById("search");
  function runSearch() {
    var q = search.value.trim().toLowerCase();
    selected = null;
    if (!q) {
      matches = null;
      document.getElementById("search-result").textContent = "";
    } else {
      matches = data.nodes.filter(function (n) {
        return hiddenClasses[n.cls] !== true && n.search.indexOf(q) >= 0;
      }).map(function (n) { return n.id; });
      document.getElementById("search-result").textContent =
        matches.length ? matches.length + t(" 个匹配", " found") : t("无匹配", "none found");
    }
    refresh();
    network.selectNodes(matches || []);
  }
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && matches && matches.length) {
      network.fit({nodes: matches, animation: {duration: 400}});
    }
  });

  Array.prototype.forEach.call(document.querySelectorAll("#legend input"), function (box) {
    box.addEventListener("change", function () {
      hiddenClasses[box.getAttribute("data-class")] = !box.checked;
      if (matches) { runSearch(); } else { refresh(); }
    });
  });
  document.getElementById("all").addEventListener("click", function () {
    Array.prototype.forEach.call(document.querySelectorAll("#legend input"), function (box) {
      box.checked = true;
    });
    hiddenClasses = {};
    search.value = "";
    runSearch();
  });
  document.getElementById("lang").addEventListener("click", function () {
    api.setLanguage(lang === "en" ? "zh" : "en");
  });
  document.getElementById("fit").addEventListener("click", function () {
    network.fit({animation: {duration: 400}});
  });

  var loading = document.getElementById("loading");
  network.on("stabilizationProgress", function (params) {
    document.getElementById("progress").textContent =
      Math.round(100 * params.iterations / params.total) + "%";
  });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({physics: {enabled: false}});
    loading.style.display = "none";
    api.ready = true;
  });
  var asked = /[?&]lang=(en|zh)/.exec(window.location.search);
  var kept = null;
  try { kept = window.localStorage.getItem("govkg-lang"); } catch (e) { /* file: pages */ }
  if ((asked && asked[1]) === "en" || (!asked && kept === "en")) { setLanguage("en"); }
  network.setData({nodes: nodes, edges: edges});
  if (lang === "en") { refresh(); showInfo(null); }
  if (data.nodes.length === 0) {
    loading.textContent = t("这个图中没有可画的节点。", "No nodes to draw.");
    api.ready = true;
  }
}());
