// Discussion without reloads: post and reply with fetch, show new comments as they arrive (Server-Sent Events).
// Everything here is an enhancement; the forms work without it.
(function () {
  "use strict";
  var section = document.querySelector(".discussion[data-live-url]");
  if (!section) return;
  var list = section.querySelector("[data-comments]");
  var counter = section.querySelector(".discussion__count");
  var seen = {};
  Array.prototype.forEach.call(section.querySelectorAll("[data-comment-id]"), function (el) { seen[el.getAttribute("data-comment-id")] = true; });

  // The words come from the page, in its edition's language.
  function say(name, fallback) { return section.getAttribute("data-msg-" + name) || fallback; }

  function bump(n) { if (counter) counter.textContent = String(Math.max(0, (parseInt(counter.textContent, 10) || 0) + n)); }

  function insert(html, rootID, fresh) {
    var holder = document.createElement("div");
    holder.innerHTML = html.trim();
    var item = holder.firstElementChild;
    if (!item || seen[item.getAttribute("data-comment-id")]) return;
    seen[item.getAttribute("data-comment-id")] = true;
    if (fresh) item.classList.add("comment--new");
    var root = rootID ? document.getElementById("comment-" + rootID) : null;
    if (root) {
      var replies = root.querySelector(".comments--replies");
      if (!replies) { replies = document.createElement("ol"); replies.className = "comments comments--replies"; root.appendChild(replies); }
      replies.appendChild(item);
    } else {
      list.insertBefore(item, list.firstChild);
    }
  }

  function fetchFragment(id) {
    if (seen[String(id)]) return;
    fetch(section.getAttribute("data-fragment-url").replace(":id", encodeURIComponent(id)), { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) return;
      return r.text().then(function (html) {
        var m = html.match(/data-root-id="(\d+)"/);
        insert(html, m ? m[1] : null, true);
        bump(1);
      });
    });
  }

  // Live: the server names new published comments; we fetch and insert them.
  if (window.EventSource) {
    var source = new EventSource(section.getAttribute("data-live-url"));
    source.addEventListener("comment", function (e) {
      try { fetchFragment(JSON.parse(e.data).id); } catch (err) { /* a malformed event is ignored */ }
    });
    section.setAttribute("data-live", "connecting");
    source.onopen = function () { section.setAttribute("data-live", "open"); };
  }

  // Posting with fetch; the answer says published, pending (with the rules) or rejected (with what to fix).
  section.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute("data-comment-form")) return;
    event.preventDefault();
    var feedback = form.querySelector("[data-feedback]");
    var button = form.querySelector("button[type=submit]");
    button.disabled = true;
    if (feedback) feedback.textContent = "";
    fetch(form.action, {
      method: "POST", credentials: "same-origin", headers: { "Accept": "application/json" },
      body: new URLSearchParams(new FormData(form))
    }).then(function (r) {
      return r.json().then(function (body) { return { status: r.status, body: body }; });
    }).then(function (res) {
      button.disabled = false;
      if (res.status === 201) {
        var c = res.body;
        form.querySelector("textarea").value = "";
        if (c.status === "published") {
          fetchFragment(c.id);
          if (feedback) feedback.textContent = say("published", "Published.");
        } else if (feedback) {
          feedback.textContent = say("pending", "Sent for moderation: only you can see it until a moderator decides.");
        }
        var details = form.closest("details");
        if (details && c.status === "published") details.open = false;
      } else if (res.body && res.body.error === "rejected") {
        // Each rule's message says what to fix; the same message is said once.
        var lines = [];
        (res.body.findings || []).forEach(function (f) { if (lines.indexOf(f.message) < 0) lines.push(f.message); });
        if (feedback) feedback.textContent = say("rejected", "Not published.") + " " + lines.join(" ");
      } else if (feedback) {
        feedback.textContent = (res.body && res.body.message) || say("failed", "Something went wrong; your text is kept.");
      }
    }).catch(function () {
      button.disabled = false;
      if (feedback) feedback.textContent = say("network", "Network problem; your text is kept. Try again.");
    });
  });
})();
