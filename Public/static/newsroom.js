// The newsroom editor without losing words: the form is kept in localStorage as it is typed (and when the tab
// closes), offered back on the next visit, and dropped once the server has saved it. The preview follows the text.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form) return;
  var key = form.getAttribute("data-autosave");
  var version = form.getAttribute("data-version");
  var fields = ["title", "summary", "slug", "body", "tags", "byline", "related_ids", "correction", "section", "status"];

  function snapshot() {
    var data = { version: version, savedAt: Date.now() };
    fields.forEach(function (name) { if (form.elements[name]) data[name] = form.elements[name].value; });
    return data;
  }
  function store() { try { localStorage.setItem(key, JSON.stringify(snapshot())); } catch (e) { /* storage full or off */ } }

  var saved = null;
  try { saved = JSON.parse(localStorage.getItem(key) || "null"); } catch (e) { saved = null; }
  var notice = new URLSearchParams(location.search).get("done");
  if (notice === "saved" || notice === "restored") {
    try { localStorage.removeItem(key); } catch (e) { /* ignore */ }
    if (key.slice(-4) !== "-new") { try { localStorage.removeItem(key.replace(/-\d+$/, "-new")); } catch (e) { /* ignore */ } }
  } else if (saved && saved.version === version && fields.some(function (n) { return form.elements[n] && saved[n] !== undefined && saved[n] !== form.elements[n].value; })) {
    var bar = document.createElement("p");
    bar.className = "notice notice--muted";
    bar.setAttribute("role", "status");
    // The words come from the page, in the staff member's language, and so does the time's form; digits are Western
    // in every language, as everywhere on the site (README, "Numbers").
    var lang = document.documentElement.lang || "en";
    var when;
    try { when = new Date(saved.savedAt).toLocaleString(lang + "-u-nu-latn"); } catch (e) { when = new Date(saved.savedAt).toLocaleString(); }
    bar.textContent = (form.getAttribute("data-msg-kept") || "{time}").replace("{time}", when) + " ";
    var restore = document.createElement("button");
    restore.type = "button";
    restore.textContent = form.getAttribute("data-msg-restore") || "↺";
    restore.addEventListener("click", function () {
      fields.forEach(function (n) { if (form.elements[n] && saved[n] !== undefined) form.elements[n].value = saved[n]; });
      bar.remove();
      refreshPreview();
    });
    bar.appendChild(restore);
    form.parentNode.insertBefore(bar, form);
  }
  var timer = null;
  form.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(store, 400); schedulePreview(); });
  window.addEventListener("pagehide", store);
  document.addEventListener("visibilitychange", function () { if (document.visibilityState === "hidden") store(); });

  // Insert buttons for related cards and photos: the code goes on its own line at the cursor.
  Array.prototype.forEach.call(form.querySelectorAll("[data-insert]"), function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var body = form.elements.body;
      var code = button.getAttribute("data-insert");
      var at = body.selectionStart || body.value.length;
      var before = body.value.slice(0, at), after = body.value.slice(at);
      var insert = (before && !/\n$/.test(before) ? "\n\n" : "") + code + "\n\n";
      body.value = before + insert + after;
      var related = button.getAttribute("data-related");
      var list = form.elements.related_ids;
      if (related && list && list.value.split(/[ ,]+/).indexOf(related) < 0) list.value = list.value ? list.value + ", " + related : related;
      body.focus();
      store();
      refreshPreview();
    });
  });

  var previewURL = form.getAttribute("data-preview");
  var preview = document.getElementById("preview");
  var previewTimer = null;
  function schedulePreview() { clearTimeout(previewTimer); previewTimer = setTimeout(refreshPreview, 700); }
  function refreshPreview() {
    if (!preview || !previewURL) return;
    var data = new URLSearchParams();
    data.set("body", form.elements.body.value);
    data.set("csrf_token", form.elements.csrf_token.value);
    fetch(previewURL, { method: "POST", body: data, credentials: "same-origin",
                        headers: { "X-CSRF-Token": form.elements.csrf_token.value } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) { if (html !== null) preview.innerHTML = html; })
      .catch(function () { /* the Preview button still works */ });
  }
})();
