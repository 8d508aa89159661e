// The moderation queue from the keyboard: j/k move between items, a approves, r rejects with the selected rule,
// d deletes, e opens the editor. Buttons and forms work without this file.
(function () {
  "use strict";
  var items = Array.prototype.slice.call(document.querySelectorAll(".queue__item"));
  if (!document.querySelector(".moderation .queue") || !document.querySelector("[data-approve], .moderation__filter")) return;
  var index = 0;
  function select(i) {
    if (!items.length) return;
    index = Math.max(0, Math.min(items.length - 1, i));
    items.forEach(function (el, k) { el.classList.toggle("is-selected", k === index); });
    items[index].setAttribute("tabindex", "-1");
    items[index].focus({ preventScroll: true });
    items[index].scrollIntoView({ block: "nearest" });
  }
  function click(selector) {
    if (!items.length) return;
    var el = items[index].querySelector(selector);
    if (el) el.click();
  }
  document.addEventListener("keydown", function (e) {
    var tag = (e.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select" || e.altKey || e.ctrlKey || e.metaKey) return;
    var actions = {
      j: function () { select(index + 1); }, k: function () { select(index - 1); },
      a: function () { click("[data-approve]"); }, r: function () { click("[data-reject]"); },
      d: function () { click("button[type=submit]:not([data-approve]):not([data-reject])"); },
      e: function () { var d = items[index].querySelector("details"); if (d) { d.open = true; d.querySelector("textarea").focus(); } }
    };
    if (actions[e.key]) { e.preventDefault(); actions[e.key](); }
  });
  select(0);
  // New items arrive live: say so, and let the moderator pull them in. The words are the page's, in each plural form
  // of its language (data-fresh-one, data-fresh-few, …); the browser knows which form a number takes.
  var desk = document.querySelector(".moderation[data-live-url]");
  function plural(n) {
    var category = "other";
    try { category = new Intl.PluralRules(document.documentElement.lang || "en").select(n); } catch (e) { /* old browser */ }
    var form = desk.getAttribute("data-fresh-" + category) || desk.getAttribute("data-fresh-other") || "{n}";
    return form.replace("{n}", String(n));
  }
  if (window.EventSource && desk) {
    var fresh = 0, banner = null;
    new EventSource(desk.getAttribute("data-live-url")).addEventListener("queued", function () {
      fresh += 1;
      if (!banner) {
        banner = document.createElement("p");
        banner.className = "notice";
        banner.setAttribute("role", "status");
        banner.setAttribute("data-queue-fresh", "");
        document.querySelector(".queue").before(banner);
      }
      banner.innerHTML = "";
      var link = document.createElement("a");
      link.href = window.location.pathname + window.location.search;
      link.textContent = plural(fresh);
      banner.appendChild(link);
    });
  }
  var hint = document.createElement("p");
  if (!items.length) hint.hidden = true;
  hint.className = "field__hint";
  hint.textContent = (desk && desk.getAttribute("data-keys-hint")) || "";
  if (!hint.textContent) hint.hidden = true;
  document.querySelector(".queue").before(hint);
})();
