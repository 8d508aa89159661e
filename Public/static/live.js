// Live blogs and the live feed: new entries arrive at the top without a reload (Server-Sent Events). A reader who
// has scrolled down gets an "N new updates" button instead of a jump. The page works without this script.
(function () {
  "use strict";
  if (!window.EventSource) return;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // Times come in the edition's zone ("2026-05-01T09:30:00+03:00"): the wall-clock part is what readers see.
  function clock(iso) { return (iso || "").substr(11, 5); }

  // Holds new items while the reader is further down the page; one button shows how many and brings them in.
  function Arrivals(list, button, label) {
    var waiting = [];
    function away() { return list.getBoundingClientRect().top < 0; }
    function flush() {
      while (waiting.length) list.insertBefore(waiting.shift(), list.firstChild);
      button.hidden = true;
    }
    button.addEventListener("click", function () { flush(); list.scrollIntoView({ block: "start" }); });
    return {
      add: function (node) {
        if (away()) {
          waiting.push(node);
          button.textContent = waiting.length + " " + label;
          button.hidden = false;
        } else {
          list.insertBefore(node, list.firstChild);
        }
      },
      forget: function (selector) {
        waiting = waiting.filter(function (n) { return !n.matches(selector); });
        button.textContent = waiting.length + " " + label;
        if (!waiting.length) button.hidden = true;
      },
      waiting: function (selector) {
        for (var i = 0; i < waiting.length; i++) if (waiting[i].matches(selector)) return waiting[i];
        return null;
      }
    };
  }

  function liveBlog(section) {
    var url = section.getAttribute("data-stream-url");
    if (!url) return;
    var list = section.querySelector("[data-entries]");
    var pinnedBox = section.querySelector("[data-pinned]");
    var updated = section.getAttribute("data-updated-label");
    var arrivals = Arrivals(list, section.querySelector("[data-new-updates]"), section.getAttribute("data-new-label"));

    function render(e) {
      var li = el("li", "live-entry" + (e.key_event ? " live-entry--key" : ""));
      li.id = "entry-" + e.id;
      li.setAttribute("data-entry-id", e.id);
      var meta = el("p", "live-entry__meta");
      var link = el("a");
      link.href = "#entry-" + e.id;
      var time = el("time", null, clock(e.published_at));
      time.setAttribute("datetime", e.published_at);
      link.appendChild(time);
      meta.appendChild(link);
      meta.appendChild(document.createTextNode(" · " + e.author.display_name));
      if (e.key_event) meta.appendChild(el("span", "live-entry__badge", section.getAttribute("data-key-label")));
      if (e.updated_at) meta.appendChild(el("span", "live-entry__updated", updated));
      li.appendChild(meta);
      var text = el("div", "live-entry__text");
      text.innerHTML = e.text_html; // sanitized by the server when the entry was written
      li.appendChild(text);
      if (e.media) {
        var fig = el("figure", "live-entry__photo");
        var img = el("img");
        img.src = e.media.url; img.alt = e.media.alt; img.width = e.media.width; img.height = e.media.height;
        fig.appendChild(img);
        fig.appendChild(el("figcaption", null, e.media.caption + " © " + e.media.credit));
        li.appendChild(fig);
      }
      if (e.related) {
        var p = el("p", "live-entry__related");
        var a = el("a", null, e.related.title);
        a.href = e.related.url;
        p.appendChild(a);
        li.appendChild(p);
      }
      return li;
    }

    function showPinned(e) {
      if (!pinnedBox) return;
      if (e && e.pinned) {
        pinnedBox.textContent = "";
        pinnedBox.appendChild(el("p", "liveblog__pinned-label", section.getAttribute("data-pinned-label")));
        var copy = render(e);
        copy.removeAttribute("id");
        var art = el("article", "live-entry live-entry--pinned");
        art.setAttribute("data-pinned-id", e.id);
        while (copy.firstChild) art.appendChild(copy.firstChild);
        pinnedBox.appendChild(art);
        pinnedBox.hidden = false;
      } else if (e && pinnedBox.querySelector("[data-pinned-id='" + e.id + "']")) {
        pinnedBox.textContent = "";
        pinnedBox.hidden = true;
      }
    }

    // The key-events summary follows the entries: added, changed, or gone when unmarked or deleted.
    var keyBox = section.querySelector("[data-key-box]");
    function keyEvent(id, e) {
      if (!keyBox) return;
      var list = keyBox.querySelector("[data-key-events]");
      var old = list.querySelector("[data-key-id='" + id + "']");
      if (e && e.key_event) {
        var li = el("li");
        li.setAttribute("data-key-id", id);
        var a = el("a");
        a.href = "#entry-" + id;
        var time = el("time", null, clock(e.published_at));
        time.setAttribute("datetime", e.published_at);
        a.appendChild(time);
        var text = el("div");
        text.innerHTML = e.text_html;
        a.appendChild(document.createTextNode(" " + text.textContent.trim().slice(0, 120)));
        li.appendChild(a);
        if (old) old.replaceWith(li); else list.insertBefore(li, list.firstChild);
      } else if (old) {
        old.remove();
      }
      keyBox.hidden = !list.children.length;
    }

    function place(e) {
      var node = render(e);
      var existing = document.getElementById("entry-" + e.id) || arrivals.waiting("#entry-" + e.id);
      if (existing) existing.replaceWith(node); else arrivals.add(node);
      var empty = section.querySelector("[data-no-entries]");
      if (empty) empty.remove();
      showPinned(e);
      keyEvent(e.id, e);
    }

    var source = new EventSource(url);
    section.setAttribute("data-live", "connecting");
    source.onopen = function () { section.setAttribute("data-live", "open"); };
    source.addEventListener("entry", function (m) { try { place(JSON.parse(m.data)); } catch (err) { /* ignored */ } });
    source.addEventListener("update", function (m) { try { place(JSON.parse(m.data)); } catch (err) { /* ignored */ } });
    source.addEventListener("delete", function (m) {
      try {
        var id = JSON.parse(m.data).id;
        var node = document.getElementById("entry-" + id);
        if (node) node.remove();
        arrivals.forget("#entry-" + id);
        keyEvent(id, null);
        showPinned({ id: id, pinned: false });
      } catch (err) { /* ignored */ }
    });
    source.addEventListener("ended", function () {
      source.close();
      section.setAttribute("data-live", "ended");
      var note = section.querySelector("[data-live-ended]");
      if (note) note.hidden = false;
    });
  }

  function liveFeed(page) {
    var list = page.querySelector("[data-feed-items]");
    var arrivals = Arrivals(list, page.querySelector("[data-new-updates]"), page.getAttribute("data-new-label"));
    var source = new EventSource(page.getAttribute("data-stream-url"));
    page.setAttribute("data-live", "connecting");
    source.onopen = function () { page.setAttribute("data-live", "open"); };
    function add(m) {
      try {
        var item = JSON.parse(m.data);
        var li = el("li", "live-feed__item live-feed__item--" + item.type);
        var time = el("time", null, clock(item.published_at));
        time.setAttribute("datetime", item.published_at);
        li.appendChild(time);
        var box = el("div", "live-feed__text");
        var kicker = el("span", "kicker");
        if (item.live) { kicker.appendChild(el("span", "badge-live", page.getAttribute("data-live-label"))); kicker.appendChild(document.createTextNode(" ")); }
        kicker.appendChild(document.createTextNode(item.type === "entry" ? page.getAttribute("data-blog-label") : (item.section || "")));
        box.appendChild(kicker);
        box.appendChild(document.createTextNode(" "));
        var a = el("a", "live-feed__title", item.title);
        a.href = item.url;
        box.appendChild(a);
        box.appendChild(el("p", "live-feed__summary", item.summary));
        li.appendChild(box);
        arrivals.add(li);
        var empty = page.querySelector("[data-no-items]");
        if (empty) empty.remove();
      } catch (err) { /* ignored */ }
    }
    source.addEventListener("article", add);
    source.addEventListener("entry", add);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var blog = document.querySelector("[data-live-blog]");
    if (blog) liveBlog(blog);
    var feed = document.querySelector("[data-live-feed]");
    if (feed) liveFeed(feed);
  });
})();
