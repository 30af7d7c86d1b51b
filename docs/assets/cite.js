/* "Cite this" for every paragraph of an article: the button beside the paragraph's ¶ link opens a small panel with
   the paragraph's citation in a plain style and as BibTeX, each with a button that copies it and says so. The
   facts come from the page itself: its JSON-LD (headline, outlet, publication date, the date the archive was
   built) and its canonical address; nothing is fetched. Every text is set as text, never as HTML. */
(function () {
  "use strict";
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December"];
  var BIB_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

  function articleData() {
    var scripts = document.querySelectorAll('script[type="application/ld+json"]');
    for (var i = 0; i < scripts.length; i++) {
      var node;
      try { node = JSON.parse(scripts[i].textContent); } catch (e) { continue; }
      if (node && node["@type"] === "NewsArticle") return node;
    }
    return null;
  }

  function siteName(headline) {
    var topic = document.querySelector(".md-header__topic:not([data-md-component]) .md-ellipsis");
    if (topic && topic.textContent.trim()) return topic.textContent.trim();
    var suffix = headline + " - ";  // Material titles a page "<title> - <site name>"
    return document.title.indexOf(suffix) === 0 ? document.title.slice(suffix.length) : "";
  }

  function pageAddress() {
    var canonical = document.querySelector('link[rel="canonical"]');
    return (canonical && canonical.href) || location.href.split("#")[0];
  }

  function human(iso) {  // "2021-02-06" -> "6 February 2021", as the pages write dates
    var p = (iso || "").split("-");
    if (p.length !== 3) return iso || "";
    return Number(p[2]) + " " + MONTHS[Number(p[1]) - 1] + " " + p[0];
  }

  // BibTeX reads these characters as its own syntax or as TeX commands.
  var BIB_SPECIAL = { "\\": "\\textbackslash{}", "{": "\\{", "}": "\\}", "%": "\\%", "&": "\\&", "$": "\\$",
                      "#": "\\#", "_": "\\_", "^": "\\^{}", "~": "\\~{}" };
  function bib(text) {
    return String(text).replace(/[\\{}%&$#_^~]/g, function (c) { return BIB_SPECIAL[c]; });
  }

  function citations(data, anchor) {
    var n = anchor.replace(/^p-/, "");
    var url = pageAddress() + "#" + anchor;
    var outlet = (data.publisher && data.publisher.name) || "Outlet not named";
    var archive = siteName(data.headline);
    var built = data.sdDatePublished;
    var plain = outlet + ", \u201c" + data.headline + "\u201d, " + human(data.datePublished) + ", \u00b6\u00a0" + n +
      "." + (archive ? " " + archive + "," : "") + " " + url + " (archive built " + human(built) + ").";
    var date = data.datePublished.split("-");
    var slug = pageAddress().replace(/\/+$/, "").split("/").pop() || "article";
    var bibtex = [
      "@misc{" + slug.replace(/[^A-Za-z0-9:-]/g, "-") + ":" + anchor + ",",
      "  author = {{" + bib(outlet) + "}},",
      "  title = {" + bib(data.headline) + "},",
      "  date = {" + data.datePublished + "},",
      "  year = {" + date[0] + "},",
      "  month = " + BIB_MONTHS[Number(date[1]) - 1] + ",",
      "  url = {" + url + "},",
      "  urldate = {" + built + "},",
      "  note = {Paragraph " + n + (archive ? ". Archived in " + bib(archive) : "") + ", built " + built + "},",
      "}"
    ].join("\n");
    return { plain: plain, bibtex: bibtex };
  }

  var data = articleData();
  var paragraphs = document.querySelectorAll(".article-body p.para[id]");
  if (!data || !paragraphs.length) return;

  var panel = null, current = null, texts = null;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  function buildPanel() {
    panel = el("div", "cite-panel");
    panel.id = "cite-panel";
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-labelledby", "cite-panel-title");
    panel.hidden = true;
    var title = el("p", "cite-panel-title");
    title.id = "cite-panel-title";
    var close = el("button", "cite-close");
    close.type = "button";
    close.setAttribute("aria-label", "Close");
    close.addEventListener("click", function () { hide(true); });
    panel.append(title, close);
    [["plain", "Plain", "Copy citation"], ["bibtex", "BibTeX", "Copy BibTeX"]].forEach(function (f) {
      var label = el("p", "cite-label", f[1]);
      label.id = "cite-label-" + f[0];
      var text = el(f[0] === "bibtex" ? "pre" : "p", "cite-text");
      text.id = "cite-" + f[0];
      text.setAttribute("aria-labelledby", label.id);
      var copy = el("button", "cite-copy", f[2]);
      copy.type = "button";
      copy.dataset.format = f[0];
      copy.addEventListener("click", function () { copyText(f[0], text); });
      panel.append(label, text, copy);
    });
    var status = el("p", "cite-status");
    status.id = "cite-status";
    status.setAttribute("role", "status");
    panel.append(status);
    panel.addEventListener("keydown", function (e) { if (e.key === "Escape") { e.stopPropagation(); hide(true); } });
    panel.addEventListener("focusout", function (e) {
      if (e.relatedTarget && !panel.contains(e.relatedTarget) && e.relatedTarget !== current) hide(false);
    });
    document.body.appendChild(panel);
  }

  function show(button) {
    var anchor = button.closest("p.para").id;
    texts = citations(data, anchor);
    panel.querySelector("#cite-panel-title").textContent = "Cite \u00b6\u00a0" + anchor.replace(/^p-/, "");
    panel.querySelector("#cite-plain").textContent = texts.plain;
    panel.querySelector("#cite-bibtex").textContent = texts.bibtex;
    panel.querySelector("#cite-status").textContent = "";
    if (current && current !== button) current.setAttribute("aria-expanded", "false");
    current = button;
    button.setAttribute("aria-expanded", "true");
    panel.hidden = false;
    place(button);
    panel.querySelector(".cite-copy").focus();
  }

  function place(button) {
    var r = button.getBoundingClientRect();
    var viewport = document.documentElement.clientWidth;
    var width = panel.offsetWidth;
    var left = Math.max(8, Math.min(r.left, viewport - width - 8));
    panel.style.left = (left + window.scrollX) + "px";
    panel.style.top = (r.bottom + window.scrollY + 6) + "px";
  }

  function hide(refocus) {
    if (panel.hidden) return;
    panel.hidden = true;
    if (current) {
      current.setAttribute("aria-expanded", "false");
      if (refocus) current.focus();
    }
  }

  function copied(format, ok, text) {
    var status = panel.querySelector("#cite-status");
    if (ok) {
      status.textContent = format === "bibtex" ? "Copied the BibTeX entry." : "Copied the citation.";
    } else {
      status.textContent = "Could not copy: the text is selected, copy it with your keyboard.";
      var range = document.createRange();
      range.selectNodeContents(text);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }
  }

  function copyText(format, text) {
    var value = texts[format];
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(value).then(function () { copied(format, true); },
                                                function () { copied(format, legacyCopy(value), text); });
    } else {
      copied(format, legacyCopy(value), text);
    }
  }

  function legacyCopy(value) {  // where the Clipboard API is missing or refused (an address that is not https)
    var focused = document.activeElement;
    var area = el("textarea", "cite-scratch");
    area.value = value;
    area.setAttribute("readonly", "");
    area.setAttribute("aria-hidden", "true");
    panel.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    area.remove();
    if (focused && focused.focus) focused.focus();
    return ok;
  }

  buildPanel();  // before the buttons name it (aria-controls)
  // The buttons come with the page, beside each ¶ link, so that the text does not move when they would be added;
  // they only get their panel here, and say so.
  paragraphs.forEach(function (p) {
    var button = p.querySelector("a.para-link + button.para-cite");
    if (!button) return;
    button.setAttribute("aria-controls", "cite-panel");
    button.setAttribute("aria-haspopup", "dialog");
    button.setAttribute("aria-expanded", "false");
    button.addEventListener("click", function () {
      if (!panel.hidden && current === button) hide(true); else show(button);
    });
  });

  document.addEventListener("click", function (e) {
    if (!panel.hidden && !panel.contains(e.target) && !(e.target.closest && e.target.closest(".para-cite"))) {
      hide(false);
    }
  });
})();
