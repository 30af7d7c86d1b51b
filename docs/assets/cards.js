/* Hover and keyboard-focus cards for the archive's annotations: one card element, filled from the card of the
   mention's or event marker's address, dismissed with Escape. The article's list of what it names links each thing
   once and carries its card: the link's text is the name, its list's data-card-kind the kind, its data-card-role
   and data-card-line the rest. */
(function () {
  "use strict";
  var SELECTOR = "a.anno, a.anno-event-link";
  var KIND = { person: "Person", organisation: "Organisation", place: "Place", event: "Event" };
  var card = null;
  var owner = null;
  var hideTimer = null;
  var cards = null;

  function cardFor(link) {
    if (!cards) {
      cards = new Map();
      document.querySelectorAll("[data-card-kind] a[data-card-line]").forEach(function (a) {
        cards.set(a.getAttribute("href"), { cardKind: a.closest("[data-card-kind]").dataset.cardKind,
          cardName: a.textContent, cardRole: a.dataset.cardRole || "", cardLine: a.dataset.cardLine });
      });
    }
    return cards.get(link.getAttribute("href")) || {};
  }

  function ensureCard() {
    if (card) return card;
    card = document.createElement("div");
    card.id = "anno-card";
    card.className = "anno-card";
    card.setAttribute("role", "tooltip");
    card.hidden = true;
    card.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
    card.addEventListener("mouseleave", function () { scheduleHide(); });
    document.body.appendChild(card);
    return card;
  }

  function line(cls, text) {
    var span = document.createElement("span");
    span.className = cls;
    span.textContent = text;
    return span;
  }

  function show(link) {
    clearTimeout(hideTimer);
    var c = ensureCard();
    var d = cardFor(link);
    c.replaceChildren(line("anno-card-kind", KIND[d.cardKind] || ""), line("anno-card-name", d.cardName || ""));
    if (d.cardRole) c.appendChild(line("anno-card-role", d.cardRole));
    if (d.cardLine) c.appendChild(line("anno-card-line", d.cardLine));
    c.hidden = false;
    if (owner && owner !== link) owner.removeAttribute("aria-describedby");
    owner = link;
    link.setAttribute("aria-describedby", "anno-card");
    place(link, c);
  }

  function place(link, c) {
    var r = link.getBoundingClientRect();
    var width = c.offsetWidth;
    var viewport = document.documentElement.clientWidth;
    var left = Math.max(8, Math.min(r.left, viewport - width - 8));
    c.style.left = (left + window.scrollX) + "px";
    c.style.top = (r.bottom + window.scrollY + 6) + "px";
  }

  function hide() {
    clearTimeout(hideTimer);
    if (card) card.hidden = true;
    if (owner) owner.removeAttribute("aria-describedby");
    owner = null;
  }

  function scheduleHide() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 150);
  }

  function target(event) {
    return event.target instanceof Element ? event.target.closest(SELECTOR) : null;
  }

  document.addEventListener("mouseover", function (e) { var t = target(e); if (t) show(t); });
  document.addEventListener("mouseout", function (e) { if (target(e)) scheduleHide(); });
  document.addEventListener("focusin", function (e) { var t = target(e); if (t) show(t); else hide(); });
  document.addEventListener("focusout", function (e) { if (target(e)) scheduleHide(); });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && card && !card.hidden) hide();
  });
})();
