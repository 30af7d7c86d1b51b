/* The reader's choices and bearings: the palette toggle in the header switches palettes, and the choice is kept;
   the article's mark checkboxes (which work by CSS alone) are kept from page to page and visit to visit; and the
   section tab of a page outside the navigation (an article, a person, an event) is marked as the current one, found
   through the page's breadcrumbs. */
(function () {
  "use strict";
  var KEY = "archive.marks";

  function stored() {
    try { return JSON.parse(window.localStorage.getItem(KEY)) || {}; } catch (e) { return {}; }
  }

  // The palette toggle's radio buttons, one a palette (overrides/partials/palette.html): archivePalette, which the
  // header's script (assets/palette.js) defines and which applied the palette before the page was drawn, switches
  // to a button's palette and keeps the choice; Enter on a button moves on to the next palette, as in Material's
  // toggle. The browser's own controls and bar (color-scheme, theme-color) follow the header's colours.
  var palettes = document.querySelectorAll("[data-archive-palette] input");

  function browserColours() {
    var header = document.querySelector(".md-header");
    if (!header) return;
    var style = window.getComputedStyle(header);
    var rgb = (style.backgroundColor.match(/\d+/g) || []).slice(0, 3);
    meta("color-scheme", style.colorScheme);
    if (rgb.length === 3) {
      meta("theme-color", "#" + rgb.map(function (c) { return (+c).toString(16).padStart(2, "0"); }).join(""));
    }
  }

  function meta(name, content) {
    var tag = document.querySelector('meta[name="' + name + '"]');
    if (!tag) {
      tag = document.createElement("meta");
      tag.name = name;
      document.head.appendChild(tag);
    }
    tag.content = content;
  }

  if (palettes.length && typeof window.archivePalette === "function") {
    palettes.forEach(function (input, i) {
      input.addEventListener("change", function () {
        // Material's style sheet holds its transitions while this attribute is set: the colours change at once.
        document.body.setAttribute("data-md-color-switching", "");
        window.archivePalette(i, true);
        browserColours();
        window.setTimeout(function () { document.body.removeAttribute("data-md-color-switching"); });
      });
      input.addEventListener("keydown", function (e) {
        if (e.key !== "Enter") return;
        var next = palettes[(i + 1) % palettes.length];
        next.click();
        next.focus();
      });
    });
    browserColours();
  }

  var boxes = document.querySelectorAll(".reader-marks input[data-mark]");
  if (boxes.length) {
    var kept = stored();
    boxes.forEach(function (box) {
      if (typeof kept[box.dataset.mark] === "boolean") box.checked = kept[box.dataset.mark];
    });
    document.addEventListener("change", function (e) {
      var box = e.target;
      if (!(box instanceof HTMLInputElement) || !box.closest(".reader-marks")) return;
      var marks = stored();
      marks[box.dataset.mark] = box.checked;
      try { window.localStorage.setItem(KEY, JSON.stringify(marks)); } catch (err) { /* kept for this page only */ }
    });
  }

  var section = document.querySelector(".archive-crumbs [data-archive-section]");
  if (section) {
    document.querySelectorAll(".md-tabs__link").forEach(function (tab) {
      if (tab.href === section.href) {
        tab.parentElement.classList.add("md-tabs__item--active");
        tab.setAttribute("aria-current", "true");
      }
    });
  }
})();
