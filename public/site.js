// The little every page needs without a framework: the larger-text switch and offline support.
// Pages other than the estimator ship no other script (scripts/static-pages.mjs), so this stays tiny
// and plain. It touches the page only after load, when the estimator's React has taken over its part.
(function () {
  "use strict";
  var KEY = "text-size";
  var root = document.documentElement;

  function read() {
    try {
      return sessionStorage.getItem(KEY) === "large";
    } catch {
      return false;
    }
  }
  function apply(large) {
    root.setAttribute("data-text", large ? "large" : "normal");
    var buttons = document.querySelectorAll("[data-text-toggle]");
    for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute("aria-pressed", large ? "true" : "false");
  }
  function start() {
    apply(read());
    document.addEventListener("click", function (event) {
      var button = event.target && event.target.closest ? event.target.closest("[data-text-toggle]") : null;
      if (!button) return;
      var large = root.getAttribute("data-text") !== "large";
      apply(large);
      try {
        sessionStorage.setItem(KEY, large ? "large" : "normal");
      } catch {
        // Private mode: the choice lasts until the page changes.
      }
    });
    if ("serviceWorker" in navigator && location.protocol !== "file:") {
      navigator.serviceWorker.register("/sw.js").catch(function () {
        // Offline support is a bonus: the site works without it.
      });
    }
  }
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start);
})();
