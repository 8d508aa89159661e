// Title suggestions under the header's search box as the reader types. Without this file the box is a plain form.
(function () {
  "use strict";
  var form = document.querySelector("form.search-box[data-suggest]");
  if (!form || !window.fetch) return;
  var input = form.querySelector("input[name=q]");
  var list = form.querySelector(".search-box__list");
  var timer = null, active = -1, last = "", controller = null;
  // With the script, the box is a combobox over its list of suggestions.
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-expanded", "false");

  function close() {
    list.hidden = true;
    list.innerHTML = "";
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function show(items) {
    list.innerHTML = "";
    active = -1;
    if (!items.length) { close(); return; }
    items.forEach(function (item, i) {
      var li = document.createElement("li");
      li.id = "search-box-option-" + i;
      li.setAttribute("role", "option");
      var a = document.createElement("a");
      a.href = item.url;
      a.textContent = item.title;
      a.tabIndex = -1;
      li.appendChild(a);
      list.appendChild(li);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function move(step) {
    var options = list.querySelectorAll("li");
    if (!options.length) return;
    if (active >= 0) options[active].removeAttribute("aria-selected");
    active = (active + step + options.length) % options.length;
    options[active].setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", options[active].id);
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < 2) { close(); return; }
    timer = setTimeout(function () {
      if (q === last) return;
      last = q;
      if (controller) controller.abort();
      controller = window.AbortController ? new AbortController() : null;
      var url = form.getAttribute("data-suggest") + "&q=" + encodeURIComponent(q);
      fetch(url, { headers: { Accept: "application/json" }, signal: controller ? controller.signal : undefined })
        .then(function (r) { return r.ok ? r.json() : { items: [] }; })
        .then(function (body) { if (input.value.trim() === q) show(body.items || []); })
        .catch(function () {});
    }, 150);
  });

  input.addEventListener("keydown", function (event) {
    if (list.hidden) return;
    if (event.key === "ArrowDown") { event.preventDefault(); move(1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); move(-1); }
    else if (event.key === "Escape") { close(); }
    else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location.href = list.querySelectorAll("li a")[active].href;
    }
  });

  document.addEventListener("click", function (event) { if (!form.contains(event.target)) close(); });
})();
