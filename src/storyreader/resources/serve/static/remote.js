// The presenter's remote: buttons act without reloading, and the slide and notes follow the show.
"use strict";
(function () {
  var panel = document.querySelector(".remote[data-state]");
  if (!panel || !window.fetch) { return; }
  var number = document.getElementById("number");
  var title = document.getElementById("slide-title");
  var screen = document.getElementById("screen");
  var notes = document.getElementById("notes");

  function show(state) {
    if (state.running) {
      number.textContent = panel.getAttribute("data-slide").replace("%1", state.number).replace("%2", state.count);
    } else {
      number.textContent = panel.getAttribute("data-idle");
    }
    title.textContent = state.title;
    screen.textContent = state.screen === "slide" ? "" : screen.getAttribute("data-" + state.screen);
    notes.textContent = state.notes || notes.getAttribute("data-empty");
    Array.prototype.forEach.call(panel.querySelectorAll("button[aria-pressed]"), function (button) {
      button.setAttribute("aria-pressed", String(button.getAttribute("data-command") === state.screen));
    });
  }

  function refresh() {
    fetch(panel.getAttribute("data-state"), { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (state) { if (state) { show(state); } })
      .catch(function () {});
  }

  Array.prototype.forEach.call(panel.querySelectorAll("form"), function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      fetch(form.action, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Accept": "application/json" }
      })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (state) { if (state) { show(state); } })
        .catch(function () {});
    });
  });
  setInterval(refresh, 2000);
})();
