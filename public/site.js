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
  // Attributes are written only when they change: rewriting one with its own value still makes the
  // browser restyle and lay out the whole page (50–80 ms on a slow phone, measured).
  function set(element, name, value) {
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
  function apply(large) {
    set(root, "data-text", large ? "large" : "normal");
    var buttons = document.querySelectorAll("[data-text-toggle]");
    for (var i = 0; i < buttons.length; i++) set(buttons[i], "aria-pressed", large ? "true" : "false");
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
      // Once the page has settled: a first install downloads the whole site (~1.4 MB) for offline use,
      // and doing that while the page starts competes with it for the network and the CPU. Measured on
      // the Chinese estimator (Lighthouse mobile, median of 7): blocking time 61–73 ms with the install
      // during start-up, 9 ms without. So: 3 s after load, when the phone is idle.
      var idle = window.requestIdleCallback || function (fn) { setTimeout(fn, 0); };
      setTimeout(function () {
        idle(function () {
          navigator.serviceWorker.register("/sw.js").catch(function () {
            // Offline support is a bonus: the site works without it.
          });
        });
      }, 3000);
    }
  }
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start);
})();
