/* The reader's choices and bearings: the article's mark checkboxes (which work by CSS alone) are kept from page to
   page and visit to visit, and the section tab of a page outside the navigation (an article, a person, an event) is
   marked as the current one, found through the page's breadcrumbs. */
(function () {
  "use strict";
  var KEY = "archive.marks";

  function stored() {
    try { return JSON.parse(window.localStorage.getItem(KEY)) || {}; } catch (e) { return {}; }
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
