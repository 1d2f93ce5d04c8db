// The larger-text choice, applied before the first paint: a few lines of ES5 inlined at the top of every
// page's <head> (scripts/static-pages.mjs), allowed by their hash in the page's CSP (scripts/csp.mjs).
// Inline because an external script there would hold up the first paint for a request, and a deferred
// one (public/site.js) runs too late: the page would flash at normal size first.
// public/site.js writes the choice under the same key when the switch is pressed.

export const TEXT_SIZE_KEY = "text-size";

/** Reads the choice from localStorage; a choice made before it was kept across visits (sessionStorage,
 *  per tab) is moved there once. Storage may be refused (private mode): then nothing happens. */
export const TEXT_SIZE_SCRIPT =
  `(function(){try{var k=${JSON.stringify(TEXT_SIZE_KEY)},v=localStorage.getItem(k);` +
  `if(v===null&&(v=sessionStorage.getItem(k))!==null){localStorage.setItem(k,v);sessionStorage.removeItem(k)}` +
  `if(v==="large")document.documentElement.setAttribute("data-text","large")}catch(e){}})()`;
