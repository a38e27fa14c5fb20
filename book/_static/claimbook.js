/* The claim explorer (Sources > Claim explorer): search, filters and sorting, all in the
   page, offline. A link's fragment sets the filters: #claims=id1,id2 lists those claims,
   #kind=figure&side=usa filters by those values. Without scripts the full table shows. */
(function () {
  "use strict";
  function setUp() {
    var table = document.getElementById("claimbook-explorer");
    if (!table) return;
    var form = document.querySelector("form.claimbook-explorer-controls");
    var status = document.querySelector(".claimbook-explorer-status");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var listed = null;

    function controls() {
      return Array.prototype.slice.call(form.querySelectorAll("[data-filter]"));
    }
    function matches(row) {
      if (listed && listed.indexOf(row.dataset.id) < 0) return false;
      return controls().every(function (control) {
        var wanted = control.value.trim();
        if (!wanted) return true;
        var name = control.dataset.filter;
        if (name === "text") {
          return row.textContent.toLowerCase().indexOf(wanted.toLowerCase()) >= 0;
        }
        var value = row.dataset[name] || "";
        return name === "marker" ? value.split(";").indexOf(wanted) >= 0 : value === wanted;
      });
    }
    function update() {
      var shown = 0;
      rows.forEach(function (row) {
        var keep = matches(row);
        row.hidden = !keep;
        if (keep) shown += 1;
      });
      status.textContent =
        shown + " of " + rows.length + " claims" + (listed ? " (the claims a number counts)" : "");
    }
    function fromFragment() {
      var fragment = decodeURIComponent(window.location.hash.replace(/^#/, ""));
      listed = null;
      controls().forEach(function (control) { control.value = ""; });
      fragment.split("&").forEach(function (pair) {
        var parts = pair.split("=");
        if (parts.length !== 2) return;
        if (parts[0] === "claims") {
          listed = parts[1].split(",");
          return;
        }
        var control = form.querySelector('[data-filter="' + parts[0] + '"]');
        if (control) control.value = parts[1];
      });
      update();
    }
    form.addEventListener("input", update);
    form.addEventListener("change", update);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function () {
      listed = null;
      window.setTimeout(update, 0);
    });
    Array.prototype.slice.call(table.tHead.rows[0].cells).forEach(function (cell, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = cell.textContent;
      cell.textContent = "";
      cell.appendChild(button);
      cell.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () {
        var ascending = cell.getAttribute("aria-sort") !== "ascending";
        Array.prototype.slice.call(table.tHead.rows[0].cells).forEach(function (other) {
          other.setAttribute("aria-sort", "none");
        });
        cell.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        rows.sort(function (a, b) {
          var x = a.cells[index].textContent.trim();
          var y = b.cells[index].textContent.trim();
          var nx = parseFloat(x.replace(/,/g, ""));
          var ny = parseFloat(y.replace(/,/g, ""));
          var order = !isNaN(nx) && !isNaN(ny) && /^[\d,]/.test(x) && /^[\d,]/.test(y) &&
            !/^\d{4}-\d{2}-\d{2}$/.test(x) ? nx - ny : x.localeCompare(y);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
    window.addEventListener("hashchange", fromFragment);
    fromFragment();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
