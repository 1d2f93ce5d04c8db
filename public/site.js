// The little every page needs without a framework: the larger-text switch, the estimator's watchdog,
// offline support and, for browsers without cascade layers, their own copy of the stylesheet. Pages
// other than the estimator ship no other script (scripts/static-pages.mjs), so this stays tiny and plain:
// ES5 throughout, because it must run on browsers below the floor (IE 11 included) to tell their readers
// the estimator cannot start there and to swap their stylesheet (test/floor.test.ts parses it as ES5).
(function () {
  "use strict";
  // The larger-text choice, kept across visits (no cookies). The inline script at the top of every
  // page's <head> (scripts/lib/text-size.mjs, same key) applies it before the first paint.
  var KEY = "text-size";
  // How long after the load event an island may take to start before the page says it could not.
  var ISLAND_WAIT_MS = 6000;
  var root = document.documentElement;

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
  /** The element itself or its nearest ancestor with the attribute (IE 11 has no Element.closest). */
  function closestWith(element, name) {
    for (var e = element; e && e.getAttribute; e = e.parentNode) if (e.hasAttribute(name)) return e;
    return null;
  }
  function remember(large) {
    try {
      localStorage.setItem(KEY, large ? "large" : "normal");
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
    } catch (refused) {
      // Storage refused (private mode, or turned off): the choice lasts until the page changes.
    }
  }
  function startTextSize() {
    apply(root.getAttribute("data-text") === "large");
    document.addEventListener("click", function (event) {
      if (!closestWith(event.target, "data-text-toggle")) return;
      var large = root.getAttribute("data-text") !== "large";
      apply(large);
      remember(large);
    });
  }

  // The estimator's watchdog. An island (scripts/island.mjs) marks its element data-island-state=
  // "started" once hydrated, or "failed". If it has not started a few seconds after load — a browser
  // below the floor, a script blocked, failed or throwing — the page's hidden fallback (what else to read
  // and who can help in person; components/islands/island.tsx) is moved into the empty role="alert"
  // element above it, so screen readers announce it. Should the island start after all, it goes back.
  function watchIslands() {
    var islands = document.querySelectorAll("[data-island]");
    if (!islands.length) return;
    function part(kind, id) {
      return document.querySelector("[data-island-" + kind + '="' + id + '"]');
    }
    function move(from, to) {
      if (from && to) while (from.firstChild) to.appendChild(from.firstChild);
    }
    function check(giveUp) {
      for (var i = 0; i < islands.length; i++) {
        var id = islands[i].getAttribute("data-island");
        var state = islands[i].getAttribute("data-island-state");
        if (state === "started") move(part("alert", id), part("fallback", id));
        else if (giveUp || state === "failed") move(part("fallback", id), part("alert", id));
      }
    }
    // No module scripts (IE 11 and older): the island can never load here.
    if (!("noModule" in document.createElement("script"))) return check(true);
    // An island's file that fails to load (captured: load errors do not bubble) or throws.
    window.addEventListener(
      "error",
      function (event) {
        var target = event.target || {};
        var url = String(target.src || target.href || event.filename || "");
        if (url.indexOf("/_island/") !== -1) check(true);
      },
      true
    );
    document.addEventListener("islandfailed", function () {
      check(false);
    });
    if (window.MutationObserver) {
      new MutationObserver(function () {
        check(false);
      }).observe(document.body, { attributes: true, subtree: true, attributeFilter: ["data-island-state"] });
    }
    function afterLoad() {
      setTimeout(function () {
        check(true);
      }, ISLAND_WAIT_MS);
    }
    if (document.readyState === "complete") afterLoad();
    else window.addEventListener("load", afterLoad);
  }

  // Browsers without cascade layers (below the floor: QQ Browser 14.9, IE 11) drop every rule inside
  // an @layer block, and Tailwind writes all of its rules in layers. The build put a copy of each
  // stylesheet without layers beside it (scripts/flat-css.mjs): such a browser loads that one instead.
  function useFlatStyles() {
    if ("CSSLayerBlockRule" in window) return;
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    for (var i = 0; i < links.length; i++) {
      var href = links[i].getAttribute("href") || "";
      if (href.indexOf("/_next/static/") === 0 && /\.css$/.test(href)) {
        links[i].setAttribute("href", href.replace(/\.css$/, ".flat.css"));
      }
    }
  }

  function registerServiceWorker() {
    if (!("serviceWorker" in navigator) || location.protocol === "file:") return;
    // Once the page has settled: a first install downloads the whole site (~1.4 MB) for offline use,
    // and doing that while the page starts competes with it for the network and the CPU. Measured on
    // the Chinese estimator (Lighthouse mobile, median of 7): blocking time 61–73 ms with the install
    // during start-up, 9 ms without. So: 3 s after load, when the phone is idle.
    var idle =
      window.requestIdleCallback ||
      function (fn) {
        setTimeout(fn, 0);
      };
    setTimeout(function () {
      idle(function () {
        navigator.serviceWorker
          .register("/sw.js")
          .then(watchForUpdates)
          ["catch"](function () {
            // Offline support is a bonus: the site works without it.
          });
      });
    }, 3000);
  }

  // A new version of the site waits (scripts/sw.mjs) until the reader chooses to reload: an open page
  // never mixes its own files with the new ones. The notice's words are on the page, hidden (in the
  // page's language: components/layout/update-notice.tsx); they are moved into the polite live region.
  function watchForUpdates(registration) {
    var reloading = false;
    function offer(worker) {
      var words = document.querySelector("[data-sw-update]");
      var live = document.querySelector("[data-sw-update-live]");
      // No controller: this is the first visit's worker, which takes over by itself.
      if (!worker || !words || !live || !navigator.serviceWorker.controller) return;
      while (words.firstChild) live.appendChild(words.firstChild);
      var button = live.querySelector("[data-sw-reload]");
      if (button) {
        button.addEventListener("click", function () {
          reloading = true;
          worker.postMessage("skip-waiting");
        });
      }
    }
    navigator.serviceWorker.addEventListener("controllerchange", function () {
      // The answers are in the address: the reload opens the same page with them.
      if (reloading) location.reload();
    });
    if (registration.waiting) offer(registration.waiting);
    registration.addEventListener("updatefound", function () {
      var installing = registration.installing;
      if (!installing) return;
      installing.addEventListener("statechange", function () {
        if (installing.state === "installed") offer(registration.waiting || installing);
      });
    });
    // A tab left open checks again when the reader comes back to it.
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "visible") {
        registration.update()["catch"](function () {
          // Offline: checked again next time.
        });
      }
    });
  }

  // Listening starts now (this file is deferred: the page is parsed, islands have not loaded yet); the
  // rest waits for load, when the estimator's island has taken over its part of the page.
  useFlatStyles();
  watchIslands();
  function start() {
    startTextSize();
    registerServiceWorker();
  }
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start);
})();
