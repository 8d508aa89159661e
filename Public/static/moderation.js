// The moderation queue from the keyboard: j/k move between items, a approves, r rejects with the selected rule,
// d deletes, e opens the editor. Buttons and forms work without this file.
(function () {
  "use strict";
  var items = Array.prototype.slice.call(document.querySelectorAll(".queue__item"));
  if (!items.length || !document.querySelector(".moderation")) return;
  var index = 0;
  function select(i) {
    index = Math.max(0, Math.min(items.length - 1, i));
    items.forEach(function (el, k) { el.classList.toggle("is-selected", k === index); });
    items[index].setAttribute("tabindex", "-1");
    items[index].focus({ preventScroll: true });
    items[index].scrollIntoView({ block: "nearest" });
  }
  function click(selector) {
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
  var hint = document.createElement("p");
  hint.className = "field__hint";
  hint.textContent = "Keys: j/k next/previous, a approve, r reject (with the selected rule), d delete, e edit.";
  document.querySelector(".queue").before(hint);
})();
