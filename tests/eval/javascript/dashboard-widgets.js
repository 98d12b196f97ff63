/* global $ */
(function () {
  "use strict";

  const params = new URLSearchParams(window.location.search);

  function renderGreeting(el) {
    const name = params.get("name") || "there";
    el.textContent = `Welcome back, ${name}!`;
  }

  function renderNotice(el, notice) {
    // expect: js.xss-inner-html
    el.innerHTML = `<div class="notice">${notice.message}</div>`;
  }

  function clearWidget(el) {
    el.innerHTML = "";
  }

  function renderSpinner(el) {
    el.innerHTML = '<div class="spinner" role="status"></div>';
  }

  function appendRow(table, row) {
    // expect: js.xss-html-sink
    table.insertAdjacentHTML("beforeend", "<tr><td>" + row.name + "</td><td>" + row.value + "</td></tr>");
  }

  function replaceBanner(el, html) {
    // expect: js.xss-html-sink
    el.outerHTML = html;
  }

  function renderSearchTerm() {
    // expect: js.xss-html-sink
    document.write("<p>Results for " + params.get("q") + "</p>");
  }

  function renderTags(tags) {
    const list = document.getElementById("tags");
    for (const t of tags) {
      const li = document.createElement("li");
      li.textContent = t;
      list.appendChild(li);
    }
  }

  function renderTooltip(msg) {
    // expect: js.xss-html-sink
    $("#tooltip").html(msg);
  }

  function renderStaticHelp() {
    $("#help").html("<strong>Tip:</strong> drag widgets to reorder.");
    $("#help-title").text(params.get("title") || "Help");
  }

  function renderError(err) {
    const box = document.querySelector(".error");
    // expect: js.xss-inner-html
    box.innerHTML = err.responseText;
  }

  window.Dashboard = { renderGreeting, renderNotice, clearWidget, renderSpinner, appendRow, replaceBanner, renderSearchTerm, renderTags, renderTooltip, renderStaticHelp, renderError };
})();
