// Solves the self-hosted proof-of-work captcha so members with JavaScript never see the fallback question.
// Finds the first decimal counter n such that SHA-256(token + ":" + n) starts with `difficulty` zero bits,
// exactly as Captcha.solve in Sources/Newsdesk/Accounts/Security/Captcha.swift.
//
// Markup:
//   <form data-captcha>
//     <input type="hidden" name="captcha_token" value="…" data-difficulty="18">
//     <input type="hidden" name="captcha_solution">
//     <p data-captcha-status></p>
//     <div data-captcha-fallback> <label>…question…<input name="captcha_answer" required></label> </div>
//
// Where it runs: a worker from this same file (allowed by script-src 'self'), else a worker from a Blob URL,
// else the page itself in short slices so typing stays smooth. SHA-256 is written out here because
// crypto.subtle is missing on plain-http hosts and is asynchronous (far too slow per hash) anyway.
(function () {
  "use strict";

  function makeSolver() {
    var K = new Int32Array([
      0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
      0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
      0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
      0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
      0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
      0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
      0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
      0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
    ]);
    var IV = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    var W = new Int32Array(64);

    function compress(H, bytes, offset) {
      var i, x, y;
      for (i = 0; i < 16; i++) {
        x = offset + 4 * i;
        W[i] = (bytes[x] << 24) | (bytes[x + 1] << 16) | (bytes[x + 2] << 8) | bytes[x + 3];
      }
      for (i = 16; i < 64; i++) {
        x = W[i - 15];
        y = W[i - 2];
        W[i] = (W[i - 16] + W[i - 7] +
          (((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3)) +
          (((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10))) | 0;
      }
      var a = H[0], b = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7], t1, t2;
      for (i = 0; i < 64; i++) {
        t1 = (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) +
          ((e & f) ^ (~e & g)) + K[i] + W[i]) | 0;
        t2 = ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) +
          ((a & b) ^ (a & c) ^ (b & c))) | 0;
        h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      H[0] = (H[0] + a) | 0; H[1] = (H[1] + b) | 0; H[2] = (H[2] + c) | 0; H[3] = (H[3] + d) | 0;
      H[4] = (H[4] + e) | 0; H[5] = (H[5] + f) | 0; H[6] = (H[6] + g) | 0; H[7] = (H[7] + h) | 0;
    }

    function utf8(text) {
      return new TextEncoder().encode(text);
    }

    // The token's full blocks are hashed once; each attempt only hashes the last one or two blocks.
    function start(token, bits) {
      var prefix = utf8(token + ":");
      var full = prefix.length - (prefix.length % 64);
      var mid = new Int32Array(IV);
      for (var offset = 0; offset < full; offset += 64) compress(mid, prefix, offset);
      return { mid: mid, rest: prefix.subarray(full), length: prefix.length, bits: bits, next: 0 };
    }

    // Tries `count` counters; returns the solution or null to be called again.
    function search(job, count) {
      var tail = new Uint8Array(128), H = new Int32Array(8), rest = job.rest, restLength = rest.length;
      var mask = job.bits === 0 ? 0 : (0xffffffff << (32 - job.bits)) >>> 0;
      tail.set(rest);
      for (var end = job.next + count; job.next < end; job.next++) {
        var digits = String(job.next), used = restLength + digits.length;
        var blocks = used + 9 > 64 ? 2 : 1, bitLength = (job.length + digits.length) * 8;
        tail.fill(0, restLength);
        for (var i = 0; i < digits.length; i++) tail[restLength + i] = digits.charCodeAt(i);
        tail[used] = 0x80;
        var last = blocks * 64;
        tail[last - 4] = bitLength >>> 24; tail[last - 3] = bitLength >>> 16;
        tail[last - 2] = bitLength >>> 8; tail[last - 1] = bitLength;
        H.set(job.mid);
        compress(H, tail, 0);
        if (blocks === 2) compress(H, tail, 64);
        if (((H[0] >>> 0) & mask) === 0) return digits;
      }
      return null;
    }

    return { start: start, search: search };
  }

  // The worker's side: solve what the page sends, in one go, after saying it started.
  function workerMain(makeSolver) {
    self.onmessage = function (event) {
      var solver = makeSolver(), job = solver.start(event.data.token, event.data.bits), found = null;
      while (found === null) found = solver.search(job, 65536);
      self.postMessage({ solution: found });
    };
    self.postMessage({ ready: true });
  }

  if (typeof document === "undefined") {
    workerMain(makeSolver);
    return;
  }

  var ownURL = document.currentScript && document.currentScript.src;
  // The page gives the words in its language (from the catalogue); English if an older page does not.
  var status = document.querySelector("[data-captcha-status]");
  var texts = {
    working: (status && status.getAttribute("data-working")) || "Checking you are human…",
    done: (status && status.getAttribute("data-done")) || "Done"
  };

  // Resolves with a worker that has started; rejects when the page's policy or browser refuses it.
  function startWorker(url) {
    return new Promise(function (resolve, reject) {
      var worker;
      try { worker = new Worker(url); } catch (error) { reject(error); return; }
      var timer = setTimeout(function () { worker.terminate(); reject(new Error("worker did not start")); }, 3000);
      worker.onerror = function (event) {
        clearTimeout(timer);
        worker.terminate();
        if (event && event.preventDefault) event.preventDefault();
        reject(new Error("worker failed"));
      };
      worker.onmessage = function (event) {
        if (!event.data || !event.data.ready) return;
        clearTimeout(timer);
        resolve(worker);
      };
    });
  }

  function solveInWorker(worker, token, bits) {
    return new Promise(function (resolve, reject) {
      worker.onmessage = function (event) {
        if (event.data && typeof event.data.solution === "string") { worker.terminate(); resolve(event.data.solution); }
      };
      worker.onerror = function (event) {
        worker.terminate();
        if (event && event.preventDefault) event.preventDefault();
        reject(new Error("worker failed"));
      };
      worker.postMessage({ token: token, bits: bits });
    });
  }

  // About 12 ms of hashing per slice, then the page gets the thread back.
  function solveOnPage(token, bits) {
    return new Promise(function (resolve) {
      var solver = makeSolver(), job = solver.start(token, bits), batch = 2048;
      (function slice() {
        var began = Date.now(), found = null;
        while (found === null && Date.now() - began < 12) found = solver.search(job, batch);
        if (found !== null) resolve(found); else setTimeout(slice, 0);
      })();
    });
  }

  // Candidate worker scripts, best first, each with the name the form reports in data-captcha-mode.
  function workerSources() {
    var sources = [];
    if (ownURL) sources.push({ url: ownURL, mode: "worker" });
    try {
      var source = "(" + workerMain.toString() + ")(" + makeSolver.toString() + ");";
      sources.push({ url: URL.createObjectURL(new Blob([source], { type: "text/javascript" })), mode: "blob-worker" });
    } catch (error) { /* no Blob URLs here: the page solver remains */ }
    return sources;
  }

  // Resolves with { solution, mode }.
  function solve(token, bits) {
    var sources = typeof Worker === "function" ? workerSources() : [];
    var started = sources.reduce(function (previous, source) {
      return previous.catch(function () {
        return startWorker(source.url).then(function (worker) { return { worker: worker, mode: source.mode }; });
      });
    }, Promise.reject(new Error("no worker tried yet")));
    function onPage() {
      return solveOnPage(token, bits).then(function (solution) { return { solution: solution, mode: "page" }; });
    }
    return started.then(function (chosen) {
      return solveInWorker(chosen.worker, token, bits).then(function (solution) {
        return { solution: solution, mode: chosen.mode };
      });
    }).catch(onPage);
  }

  function enhance(form) {
    var tokenInput = form.querySelector('input[name="captcha_token"]');
    var solutionInput = form.querySelector('input[name="captcha_solution"]');
    if (!tokenInput || !solutionInput || !tokenInput.value) return;
    var bits = parseInt(tokenInput.getAttribute("data-difficulty"), 10);
    bits = isNaN(bits) ? 18 : Math.min(32, Math.max(0, bits));
    var status = form.querySelector("[data-captcha-status]") || document.querySelector("[data-captcha-status]");
    var fallback = form.querySelector("[data-captcha-fallback]");
    var solved = false, submitter = null, waiting = false;

    // The script will provide the proof, so the question no longer blocks sending the form.
    if (fallback) {
      Array.prototype.forEach.call(fallback.querySelectorAll("[required]"), function (field) {
        field.required = false;
      });
    }
    if (status) {
      if (!status.hasAttribute("aria-live")) status.setAttribute("aria-live", "polite");
      status.textContent = status.getAttribute("data-working") || texts.working;
    }

    form.addEventListener("submit", function (event) {
      if (solved) return;
      event.preventDefault();
      waiting = true;
      submitter = event.submitter || null;
    });

    var began = Date.now();
    solve(tokenInput.value, bits).then(function (result) {
      solutionInput.value = result.solution;
      solved = true;
      // Where and how long it took, for the browser tests and anyone looking in developer tools.
      form.setAttribute("data-captcha-mode", result.mode);
      form.setAttribute("data-captcha-ms", String(Date.now() - began));
      if (status) status.textContent = status.getAttribute("data-done") || texts.done;
      if (fallback) {
        // The property as well as the attribute, in case the site's CSS gives the block a display of its own.
        fallback.hidden = true;
        fallback.style.display = "none";
      }
      if (!waiting) return;
      if (typeof form.requestSubmit === "function") form.requestSubmit(submitter); else form.submit();
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("form[data-captcha]"), enhance);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
