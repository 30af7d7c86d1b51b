{#- Rendered by MkDocs as a file of the site (`static_templates` in mkdocs.yml), with the palettes of mkdocs.yml. -#}
/* The reader's palette and its toggle, made before the page is first drawn: the header loads this script, without
   deferring it, just after the toggle's empty form (overrides/partials/palette.html,
   partials/javascripts/palette.html), so every page carries neither the toggle's buttons nor this script.

   The toggle is Material's markup: a radio button and a label for each palette of mkdocs.yml, the label naming the
   palette it switches to. Without this script there is no toggle, as there would be nothing to switch it.
   archivePalette(i, keep) applies the palette of the i-th button: the body's data-md-color-* attributes, which
   Material's style sheets read; the button checked and only its label shown; with `keep`, the choice stored for
   the pages to come. With no i, the palette is the one kept from an earlier choice, else the first whose media
   query matches (the system's light or dark preference), else the first. assets/reader.js switches palettes with
   it. */
(function () {
  "use strict";
  var PALETTES = {{ config.theme.palette | archive_palettes | tojson }};
  var form = document.querySelector("[data-archive-palette]");
  if (!form || form.firstChild) return;
  PALETTES.forEach(function (palette, i) {
    var input = document.createElement("input");
    input.className = "md-option";
    input.type = "radio";
    input.name = "__palette";
    input.id = "__palette_" + i;
    ["media", "scheme", "primary", "accent"].forEach(function (key) {
      input.setAttribute("data-md-color-" + key, palette[key]);
    });
    form.appendChild(input);
    if (palette.toggle) {
      input.setAttribute("aria-label", palette.toggle);
      var label = document.createElement("label");
      label.className = "md-header__button md-icon";
      label.title = palette.toggle;
      label.htmlFor = "__palette_" + (i + 1) % PALETTES.length;
      label.hidden = true;
      form.appendChild(label);
    } else {
      input.setAttribute("aria-hidden", "true");
    }
  });
})();
window.archivePalette = function (i, keep) {
  var o = document.querySelectorAll("[data-archive-palette] input"), b = document.body, k, l;
  if (!o.length) return;
  if (i == null) {
    try { i = JSON.parse(localStorage.getItem("archive.palette")); } catch (e) { /* none kept */ }
    if (!o[i]) {
      for (i = 0; i < o.length && !matchMedia(o[i].getAttribute("data-md-color-media")).matches; i++);
      if (i == o.length) i = 0;
    }
  }
  ["scheme", "primary", "accent"].forEach(function (a) {
    b.setAttribute("data-md-color-" + a, o[i].getAttribute("data-md-color-" + a));
  });
  o[i].checked = true;
  for (k = 0; k < o.length; k++) {
    l = o[k].nextElementSibling;
    if (l && l.tagName == "LABEL") l.hidden = k != i;
  }
  if (keep) try { localStorage.setItem("archive.palette", i); } catch (e) { /* not kept */ }
};
archivePalette();
