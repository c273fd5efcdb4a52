// The meetings filter: narrows one year's rows in the browser. Plain DOM only: every value is
// set with textContent or as a property, never parsed as HTML, because titles and names are
// scraped text.
(function () {
  "use strict";
  var me = document.currentScript;
  var year = me.getAttribute("data-year");
  var root = me.getAttribute("data-root") || "";
  var data = (window.RAPAT_DATA || {})[year];
  var form = document.getElementById("filter");
  var status = document.getElementById("status");
  if (!data || !form) { return; }
  var labels = JSON.parse(document.getElementById("labels").textContent);
  var L = data.lookups;
  var PAGE = 100;
  var page = 0;
  var SAFE_ID = /^[0-9A-Za-z_-]+$/;

  function label(kind, key) { return (labels[kind] && labels[kind][key]) || key; }

  function fill(name, values, kind) {
    var select = form.elements[name];
    var items = values.map(function (v, i) { return [kind ? label(kind, v) : v, String(i)]; });
    items.sort(function (a, b) { return a[0].localeCompare(b[0]); });
    items.forEach(function (it) { select.appendChild(new Option(it[0], it[1])); });
  }

  fill("type", L.type, "type");
  fill("city", L.city, null);
  fill("official", L.officials, "officials");
  fill("topic", L.topics, "topics");

  var text = data.rows.map(function (r) {
    return [r[5], L.city[r[3]] || "", L.chair[r[4]] || ""].join(" ").toLowerCase();
  });

  function matches(r, i, f) {
    if (f.type !== "" && r[2] !== +f.type) { return false; }
    if (f.city !== "" && r[3] !== +f.city) { return false; }
    if (f.official !== "" && r[7].indexOf(+f.official) < 0) { return false; }
    if (f.topic !== "" && r[6].indexOf(+f.topic) < 0) { return false; }
    if (f.from && r[1] < f.from) { return false; }
    if (f.to && r[1] > f.to) { return false; }
    return !f.q || text[i].indexOf(f.q) >= 0;
  }

  function cell(tr, value) {
    var td = document.createElement("td");
    if (value instanceof Node) { td.appendChild(value); } else { td.textContent = value; }
    tr.appendChild(td);
  }

  function link(r) {
    var a = document.createElement("a");
    a.textContent = r[5];
    if (SAFE_ID.test(r[0])) { a.href = root + "rapat/" + r[0] + ".html"; }
    return a;
  }

  // Sort keys: the date, or a label column with the newest first among equals.
  var KEYS = { type: function (r) { return label("type", L.type[r[2]]); },
               city: function (r) { return L.city[r[3]] || "\uffff"; },
               chair: function (r) { return L.chair[r[4]] || "\uffff"; } };

  function sortRows(rows, order) {
    rows.sort(function (a, b) { return a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0; });
    if (order === "asc") { rows.reverse(); return; }
    var key = KEYS[order];
    if (!key) { return; }
    var decorated = rows.map(function (r, i) { return [key(r), i, r]; });
    decorated.sort(function (a, b) { return a[0].localeCompare(b[0]) || a[1] - b[1]; });
    decorated.forEach(function (d, i) { rows[i] = d[2]; });
  }

  function render() {
    var els = form.elements;
    var f = { q: els.q.value.trim().toLowerCase(), type: els.type.value, city: els.city.value,
              official: els.official.value, topic: els.topic.value, from: els.from.value, to: els.to.value };
    var hits = [];
    data.rows.forEach(function (r, i) { if (matches(r, i, f)) { hits.push(r); } });
    sortRows(hits, els.order.value);
    var pages = Math.max(1, Math.ceil(hits.length / PAGE));
    page = Math.min(page, pages - 1);
    var body = document.querySelector("#results tbody");
    while (body.firstChild) { body.removeChild(body.firstChild); }
    hits.slice(page * PAGE, page * PAGE + PAGE).forEach(function (r) {
      var tr = document.createElement("tr");
      cell(tr, r[1]);
      cell(tr, label("type", L.type[r[2]]));
      cell(tr, link(r));
      cell(tr, L.city[r[3]] || "");
      cell(tr, L.chair[r[4]] || "");
      body.appendChild(tr);
    });
    status.textContent = hits.length + " / " + data.rows.length + " rapat / meetings";
    var pager = document.getElementById("pager");
    pager.hidden = pages < 2;
    pager.querySelector("span").textContent = (page + 1) + " / " + pages;
  }

  // Some ways of choosing an option fire only "change": listen to both.
  form.addEventListener("input", function () { page = 0; render(); });
  form.addEventListener("change", function () { page = 0; render(); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  document.getElementById("pager").addEventListener("click", function (e) {
    var step = e.target.getAttribute && e.target.getAttribute("data-step");
    if (step) { page = Math.max(0, page + Number(step)); render(); }
  });
  form.hidden = false;
  document.getElementById("results").hidden = false;
  render();
})();
