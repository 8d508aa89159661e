// Small enhancements; every page works without this file.
(function () {
  "use strict";
  // "Get short URL": copy the link with one click.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy-target]");
    if (!button) return;
    var input = document.getElementById(button.getAttribute("data-copy-target"));
    if (!input) return;
    input.select();
    var done = function () {
      var original = button.textContent;
      button.textContent = button.getAttribute("data-copied-label") || "Copied";
      setTimeout(function () { button.textContent = original; }, 1600);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(input.value).then(done, function () { document.execCommand("copy"); done(); });
    } else {
      document.execCommand("copy");
      done();
    }
  });
  // The header clock ticks: the server wrote the time in the edition's zone; the hours and minutes move on from it.
  var clock = document.querySelector("[data-clock]");
  if (clock) {
    var offset = parseInt(clock.getAttribute("data-utc-offset"), 10) || 0;
    var tick = function () {
      var t = new Date(Date.now() + offset * 60000);
      var hhmm = ("0" + t.getUTCHours()).slice(-2) + ":" + ("0" + t.getUTCMinutes()).slice(-2);
      var walker = document.createTreeWalker(clock, NodeFilter.SHOW_TEXT);
      for (var node = walker.nextNode(); node; node = walker.nextNode()) {
        if (/\d\d:\d\d/.test(node.nodeValue)) { node.nodeValue = node.nodeValue.replace(/\d\d:\d\d/, hhmm); break; }
      }
    };
    tick();
    setInterval(tick, 10000);
  }
  // Open the short-URL box with the link already selected.
  document.addEventListener("toggle", function (event) {
    var details = event.target;
    if (!details.classList || !details.classList.contains("short-url") || !details.open) return;
    var input = details.querySelector("input");
    if (input) { input.focus(); input.select(); }
  }, true);
  // Galleries: left/right arrow keys (and j/k) move between photos.
  var gallery = document.querySelector("[data-gallery]");
  if (gallery) {
    var photos = Array.prototype.slice.call(gallery.querySelectorAll(".gallery__photo"));
    var current = function () {
      // The photo last moved to has focus; otherwise go by what is on screen.
      var focused = photos.indexOf(document.activeElement);
      if (focused >= 0) return focused;
      var mid = window.innerHeight / 3, best = 0;
      photos.forEach(function (p, i) { if (p.getBoundingClientRect().top <= mid) best = i; });
      return best;
    };
    document.addEventListener("keydown", function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      var tag = (event.target.tagName || "").toLowerCase();
      if (tag === "input" || tag === "textarea") return;
      var step = { ArrowRight: 1, ArrowLeft: -1, j: 1, k: -1 }[event.key];
      if (!step) return;
      var next = photos[Math.min(photos.length - 1, Math.max(0, current() + step))];
      if (!next) return;
      event.preventDefault();
      next.scrollIntoView({ behavior: "smooth", block: "start" });
      next.focus({ preventScroll: true });
      history.replaceState(null, "", "#" + next.id);
    });
  }
})();
