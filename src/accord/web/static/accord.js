// accord: light progressive enhancement. Every page works without this script.
(function () {
  "use strict";

  // Evidence in the text <-> provisions in the list.
  function activate(keys) {
    document.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
    keys.forEach(function (k) {
      var li = document.getElementById(k);
      if (li) li.classList.add("active");
      document.querySelectorAll('mark.ev').forEach(function (m) {
        if ((m.dataset.p || "").split(" ").indexOf(k) >= 0) m.classList.add("active");
      });
    });
  }
  document.addEventListener("click", function (e) {
    var mark = e.target.closest && e.target.closest("mark.ev");
    if (mark) {
      var keys = (mark.dataset.p || "").split(" ").filter(Boolean);
      activate(keys);
      var li = keys.length && document.getElementById(keys[0]);
      if (li) li.scrollIntoView({ behavior: "smooth", block: "center" });
      return;
    }
    var quote = e.target.closest && e.target.closest("ol.provisions blockquote");
    if (quote) {
      var item = quote.closest("li[id]");
      activate([item.id]);
      var m = document.querySelector('mark.ev[data-p~="' + item.id + '"]');
      if (m) m.scrollIntoView({ behavior: "smooth", block: "center" });
    }
  });

  // Selecting text in the document fills the quote of the "add a missed provision" form.
  var text = document.querySelector(".doctext");
  var quoteField = document.querySelector("#add-quote");
  if (text && quoteField) {
    text.addEventListener("mouseup", function () {
      var sel = window.getSelection ? String(window.getSelection()) : "";
      if (sel.trim().length > 3) quoteField.value = sel.trim();
    });
  }

  // Refuse a too-large upload before sending it.
  document.querySelectorAll("form[data-max-bytes]").forEach(function (form) {
    form.addEventListener("submit", function (e) {
      var max = parseInt(form.dataset.maxBytes, 10);
      var input = form.querySelector('input[type="file"]');
      var msg = form.querySelector(".upload-msg");
      if (input && input.files && input.files[0] && input.files[0].size > max) {
        e.preventDefault();
        if (msg) {
          msg.textContent = "This file is " + (input.files[0].size / 1048576).toFixed(1) +
            " MB; the limit is " + (max / 1048576).toFixed(1) + " MB.";
          msg.hidden = false;
        }
      }
    });
  });

  // Gap matrix: select all / none.
  document.querySelectorAll("[data-check]").forEach(function (btn) {
    btn.addEventListener("click", function (e) {
      e.preventDefault();
      var on = btn.dataset.check === "all";
      document.querySelectorAll('input[name="doc"]').forEach(function (c) { c.checked = on; });
    });
  });

  // Case page: salience sliders recompute after a short pause.
  var caseForm = document.querySelector("form.saliences");
  if (caseForm) {
    var timer = null;
    caseForm.addEventListener("input", function (e) {
      var out = caseForm.querySelector('output[for="' + e.target.id + '"]');
      if (out) out.textContent = e.target.value;
      clearTimeout(timer);
      timer = setTimeout(function () { caseForm.requestSubmit(); }, 450);
    });
    // Recompute in place: fetch the page for the new saliences and swap the results.
    caseForm.addEventListener("submit", function (e) {
      if (!window.fetch || !window.DOMParser) return;
      e.preventDefault();
      var url = caseForm.action + "?" + new URLSearchParams(new FormData(caseForm)).toString();
      var results = document.getElementById("case-results");
      results.setAttribute("aria-busy", "true");
      fetch(url, { credentials: "same-origin" }).then(function (r) { return r.text(); })
        .then(function (html) {
          var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("case-results");
          if (fresh) results.replaceWith(fresh); else window.location = url;
          history.replaceState(null, "", url);
        })
        .catch(function () { window.location = url; });
    });
  }
})();
