// Story Reader's web reader: search as you type and "copy the letter". Reading works without it.
"use strict";
(function () {
  var form = document.querySelector("form.search[data-live]");
  var results = document.getElementById("results");
  if (form && results && window.fetch) {
    var input = form.querySelector("input[name=q]");
    var timer = null;
    var asked = 0;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = input.value.trim();
        var mine = ++asked;
        if (q.length < 2) { results.innerHTML = ""; return; }  // one letter finds everything
        var url = form.getAttribute("data-live") + "?fragment=1&q=" + encodeURIComponent(q);
        fetch(url, { credentials: "same-origin" })
          .then(function (response) { return response.ok ? response.text() : ""; })
          .then(function (html) {
            if (mine !== asked) { return; }  // an older answer arriving late
            results.innerHTML = html;  // our own server's escaped template
          })
          .catch(function () {});
      }, 250);
    });
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(function () { return true; });
    }
    // Plain http on the room's network is not a "secure context": the older way still works.
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var done = false;
    try { done = document.execCommand("copy"); } catch (error) { done = false; }
    document.body.removeChild(area);
    return Promise.resolve(done);
  }

  Array.prototype.forEach.call(document.querySelectorAll("button[data-copy]"), function (button) {
    var letter = document.getElementById(button.getAttribute("data-copy"));
    if (!letter) { return; }
    button.hidden = false;
    var label = button.textContent;
    button.addEventListener("click", function () {
      copyText(letter.innerText.trim() + "\n").then(function (done) {
        if (done) {
          button.textContent = button.getAttribute("data-done");
          setTimeout(function () { button.textContent = label; }, 2500);
        } else {
          window.getSelection().selectAllChildren(letter);
          button.textContent = button.getAttribute("data-fallback");
        }
      });
    });
  });
})();
