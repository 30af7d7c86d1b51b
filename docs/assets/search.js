/* The archive's search, over Pagefind's index (pagefind/, written by every build): the field in the header, whose
   results list under it as the reader types, and the results with filters of the search page and the articles
   index, whose state is in the address. The index loads in pieces, on the first search. Text from the index is
   put on the page as text only (textContent), never as HTML. */
(function () {
  "use strict";

  var widget = document.querySelector("[data-archive-search]");
  var siteRoot = new URL(widget ? widget.dataset.siteRoot : ".", location.href);
  if (!/\/$/.test(siteRoot.pathname)) siteRoot.pathname += "/";
  var searchPage = new URL("search/", siteRoot);
  var engine = null;

  /* Pagefind's module, loaded once, on first use. */
  function pagefind() {
    if (!engine) {
      engine = import(new URL("pagefind/pagefind.js", siteRoot).href).then(function (pf) {
        // A match in a page's spellings (people's, organisations', places') counts as one in its title does.
        return pf.options({ baseUrl: siteRoot.pathname, excerptLength: 30,
          ranking: { metaWeights: { title: 5, spellings: 8 } } }).then(function () { return pf; });
      });
      engine.catch(function () { engine = null; });
    }
    return engine;
  }

  /* `run` (which returns a promise) called as often as wanted, but never while a call of it is still going: a call
     made meanwhile waits for it, and all the calls made meanwhile are one call, made once it ends, which reads the
     field as it is then. Pagefind answers one search after another, and a word on most of tens of thousands of
     pages takes it seconds: a search for each pause in the typing would queue up behind it, each answer as slow
     and already out of date. */
  function oneAtATime(run) {
    var running = null, next = null;
    function start() {
      running = Promise.resolve().then(run).then(function () { running = null; },
        function () { running = null; });
      return running;
    }
    return function () {
      if (!running) return start();
      if (!next) next = running.then(function () { next = null; return start(); });
      return next;
    };
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December"];

  function day(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    return m ? (+m[3]) + " " + MONTHS[+m[2] - 1] + " " + m[1] : "";
  }

  /* What the result is, and for an article or an event its outlet and date: "Article · Press TV · 22 July 2020". */
  function label(data) {
    var meta = data.meta || {};
    return [meta.section, meta.outlet, day(meta.date)].filter(Boolean).join(" · ");
  }

  /* The words around the first match, the matched words marked: built from the record's plain text. */
  function excerpt(data, size) {
    var words = (data.content || "").split(/[\r\n\s]+/g);
    var marks = new Set(data.locations || []);
    var first = data.locations && data.locations.length ? Math.min.apply(null, data.locations) : 0;
    var start = Math.max(0, first - Math.floor(size / 3));
    var end = Math.min(words.length, start + size);
    var out = el("span", "archive-excerpt");
    if (start > 0) out.append("… ");
    for (var i = start; i < end; i++) {
      if (i > start) out.append(" ");
      if (marks.has(i)) out.append(el("mark", null, words[i]));
      else out.append(words[i]);
    }
    if (end < words.length) out.append(" …");
    return out;
  }

  /* A result: what it is, its title and, for a search, the words around the match; in a link, or (in the header's
     list, whose options a link may not sit in) in the option itself, which opens the page when chosen. */
  function result(data, withExcerpt, tag) {
    var out = el(tag, "archive-result");
    out.append(el("span", "archive-result__label", label(data)), el("span", "archive-result__title",
      (data.meta && data.meta.title) || data.url));
    if (withExcerpt) out.append(excerpt(data, 24));
    return out;
  }

  function resultLink(data, withExcerpt) {
    var a = result(data, withExcerpt, "a");
    a.href = data.url;
    return a;
  }

  /* Pagefind ranks by the words of each page. A reader who types a name wants its page first: among the first
     results, the pages of people, organisations and places, then of events, whose name or any of whose spellings
     hold every word typed (or words that begin so), come first, each group in Pagefind's order, but for the
     events, the latest first: two events of one name (a minister who meets the same president twice) are told
     apart by their dates, not by how long their pages are. */
  var RERANKED = 10;
  var NAMED = { Person: 0, Organisation: 0, Place: 0, Event: 1 };

  function words(text) {
    return (text || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  }

  function named(data, typed) {
    var meta = data.meta || {};
    return [meta.title].concat((meta.spellings || "").split(" · ")).some(function (name) {
      var have = words(name);
      return typed.every(function (w) { return have.some(function (h) { return h.indexOf(w) === 0; }); });
    });
  }

  function ranked(results, term) {
    var head = results.slice(0, RERANKED);
    return Promise.all(head.map(function (r) { return r.data(); })).then(function (data) {
      var typed = words(term);
      var group = data.map(function (d) {
        var section = (d.meta || {}).section;
        return section in NAMED && typed.length && named(d, typed) ? NAMED[section] : 2;
      });
      var date = data.map(function (d, i) { return group[i] === NAMED.Event ? (d.meta || {}).date || "" : ""; });
      var order = data.map(function (_, i) { return i; }).sort(function (a, b) {
        return group[a] - group[b] || (date[a] < date[b]) - (date[a] > date[b]) || a - b;
      });
      return order.map(function (i) { return { data: data[i] }; }).concat(results.slice(RERANKED).map(function (r) {
        return { result: r };
      }));
    });
  }

  function loaded(item) { return item.data ? Promise.resolve(item.data) : item.result.data(); }

  function editable(target) {
    return target instanceof Element && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  /* -- the header's field */

  function attrs(e, pairs) {
    Object.keys(pairs).forEach(function (name) { e.setAttribute(name, pairs[name]); });
    return e;
  }

  function header(root) {
    var input = attrs(root.querySelector(".archive-search__input"), { role: "combobox", "aria-autocomplete": "list",
      "aria-expanded": "false", "aria-controls": "archive-search-results" });
    var opener = root.querySelector(".archive-search__open");
    // The list under the field, made here rather than carried by every page (overrides/partials/archive-search.html)
    var panel = el("div", "archive-search__panel");
    panel.hidden = true;
    var status = attrs(el("p", "archive-search__status"), { role: "status", "aria-live": "polite" });
    var list = attrs(el("ul", "archive-search__results"), { id: "archive-search-results", role: "listbox",
      "aria-label": "Search results" });
    var all = el("a", "archive-search__all", "All results, with filters");
    all.href = searchPage.href;
    panel.append(status, list, all);
    root.querySelector(".archive-search__box").appendChild(panel);
    var asked = 0;
    var active = -1;

    function options() { return list.querySelectorAll("[role=option]"); }

    function setActive(i) {
      var items = options();
      if (!items.length) return;
      active = (i + items.length) % items.length;
      items.forEach(function (item, n) { item.setAttribute("aria-selected", n === active ? "true" : "false"); });
      input.setAttribute("aria-activedescendant", items[active].id);
      items[active].scrollIntoView({ block: "nearest" });
    }

    function show(open) {
      panel.hidden = !open;
      input.setAttribute("aria-expanded", open ? "true" : "false");
      if (!open) {  // the list opens again with no option chosen
        active = -1;
        input.removeAttribute("aria-activedescendant");
        options().forEach(function (item) { item.setAttribute("aria-selected", "false"); });
      }
    }

    function expand(open) {
      root.classList.toggle("archive-search--open", open);
      opener.setAttribute("aria-expanded", open ? "true" : "false");
    }

    function close() {
      show(false);
      expand(false);
    }

    function run() {
      var query = input.value.trim();
      var mine = ++asked;
      all.href = searchPage.href + (query ? "?q=" + encodeURIComponent(query) : "");
      active = -1;
      input.removeAttribute("aria-activedescendant");
      if (!query) { list.replaceChildren(); list.dataset.query = ""; status.textContent = ""; show(false); return; }
      show(true);
      status.textContent = "Searching…";
      return pagefind().then(function (pf) { return pf.search(query); }).then(function (found) {
        if (mine !== asked) return null;
        return ranked(found.results, query).then(function (items) {
          var data = items.slice(0, 8).map(function (item) { return item.data; });
          if (mine !== asked) return;
          list.replaceChildren.apply(list, data.map(function (d, i) {
            var li = result(d, true, "li");
            li.classList.add("archive-search__result");
            li.id = "archive-search-option-" + i;
            li.setAttribute("role", "option");
            li.setAttribute("aria-selected", "false");
            li.dataset.href = new URL(d.url, location.href).href;
            return li;
          }));
          list.dataset.query = query;  // what the list answers, while the field may already hold more
          var n = found.results.length;
          status.textContent = n ? n + (n === 1 ? " result" : " results") + (n > 8 ? ", the first 8 here" : "")
            : "Nothing found for “" + query + "”";
        });
      }).catch(function (error) {
        if (mine === asked) status.textContent = "Search could not load its index (" + error.message + ")";
      });
    }

    // One search once the typing pauses, not one a key: each would fetch its own index pieces and results.
    var typing = null, searched = oneAtATime(run);
    input.addEventListener("input", function () {
      clearTimeout(typing);
      typing = setTimeout(searched, 60);
    });
    list.addEventListener("click", function (e) {
      var option = e.target instanceof Element ? e.target.closest("[role=option]") : null;
      if (option) location.href = option.dataset.href;
    });
    input.addEventListener("focus", function () {
      pagefind();  // loading starts while the reader types the first word
      if (input.value.trim() && list.children.length) show(true);
    });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        if (panel.hidden && input.value.trim()) show(true);
        setActive(active + (e.key === "ArrowDown" ? 1 : -1));
      } else if (e.key === "Enter" && active >= 0) {
        e.preventDefault();
        location.href = options()[active].dataset.href;
      } else if (e.key === "Escape") {
        // A first Escape closes the list and keeps the words typed (a search field would clear them); the next one
        // clears them, and one more leaves the field.
        if (!panel.hidden) { e.preventDefault(); show(false); } else if (!input.value) { input.blur(); close(); }
      }
    });
    opener.addEventListener("click", function () {
      expand(!root.classList.contains("archive-search--open"));
      if (root.classList.contains("archive-search--open")) input.focus();
    });
    document.addEventListener("click", function (e) { if (!root.contains(e.target)) close(); });
    document.addEventListener("keydown", function (e) {
      if ((e.key === "/" || e.key === "s" || e.key === "S") && !e.ctrlKey && !e.metaKey && !e.altKey
          && !editable(e.target)) {
        e.preventDefault();
        expand(true);
        input.focus();
        input.select();
      }
    });
  }

  /* -- results with filters: the search page, and the articles index (data-scope="Article") */

  var GROUPS = [["section", "Section"], ["person", "Person"], ["organisation", "Organisation"], ["place", "Place"],
    ["outlet", "Outlet"], ["year", "Year"]];
  var ANY = { section: true, outlet: true, year: true };  // one value per page: several chosen mean either
  // The filters a group reads, where they are more than its own: a year is an article's (year) or an event's
  // (event-year). Every filter but the section is so carried by one kind of page alone, so that its choices' counts
  // over every page are their counts in the articles index too (counted below).
  var ALSO = { year: ["event-year"] };
  var SHOWN = 8;
  var PAGE = 20;

  /* A filter's value holds '"' and '\\' as two private-use characters (hooks/chronicle/pages.py, filter_value):
     readers and addresses see the text, Pagefind gets the value. */
  function toValue(text) { return text.replace(/"/g, "\ue000").replace(/\\/g, "\ue001"); }
  function toText(value) { return value.replace(/\ue000/g, '"').replace(/\ue001/g, "\\"); }

  function readState() {
    var params = new URLSearchParams(location.search);
    var state = { q: params.get("q") || "", sort: params.get("sort") || "", filters: {} };
    GROUPS.forEach(function (g) { state.filters[g[0]] = params.getAll(g[0]); });
    return state;
  }

  function address(state) {
    var params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    GROUPS.forEach(function (g) { state.filters[g[0]].forEach(function (v) { params.append(g[0], v); }); });
    if (state.sort) params.set("sort", state.sort);
    var query = params.toString();
    return location.pathname + (query ? "?" + query : "");
  }

  function chosen(state) {
    return GROUPS.some(function (g) { return state.filters[g[0]].length > 0; });
  }

  function results(root) {
    var scope = root.dataset.scope || "";
    var withQuery = root.dataset.query === "true";
    var listing = document.querySelector(".archive-listing");
    var state = readState();
    var asked = 0;
    var more = null;
    var narrowing = {};
    var expanded = {};
    var lastCounts = null;

    var form = el("form", "archive-results__controls");
    form.setAttribute("role", "search");
    form.setAttribute("aria-label", scope ? "Filter the articles" : "Search and filter");
    var query = el("input", "archive-results__query");
    if (withQuery) {
      var qLabel = el("label", "archive-results__field", "Search for ");
      query.type = "search";
      query.name = "q";
      query.autocomplete = "off";
      qLabel.append(query);
      form.append(qLabel);
    }
    var sLabel = el("label", "archive-results__field", "Order ");
    var sort = el("select", "archive-results__sort");
    [["", withQuery ? "Best match" : "Newest first"], ["newest", "Newest first"], ["oldest", "Oldest first"]]
      .forEach(function (o, i) {
        if (!withQuery && i === 1) return;
        var option = el("option", null, o[1]);
        option.value = o[0];
        sort.append(option);
      });
    sLabel.append(sort);
    form.append(sLabel);
    var clear = el("button", "archive-button archive-results__clear", "Clear the filters");
    clear.type = "button";
    var panel = el("details", "archive-filters");
    var summary = el("summary", null, scope ? "Filter by person, organisation, place, outlet or year"
      : "Filter by section, person, organisation, place, outlet or year");
    var groups = el("div", "archive-filters__groups");
    panel.append(summary, groups, clear);
    var count = el("p", "archive-results__count");
    count.setAttribute("role", "status");
    var list = el("ol", "archive-results__list");
    var moreButton = el("button", "archive-button archive-results__more", "Show more");
    moreButton.type = "button";
    moreButton.hidden = true;
    root.replaceChildren(form, panel, count, list, moreButton);

    function filterSpec(leaveOut) {
      var filters = {}, either = [];
      GROUPS.forEach(function (g) {
        var values = g[0] === leaveOut ? [] : state.filters[g[0]];
        values = values.map(toValue);
        if (!values.length) return;
        var spec = ANY[g[0]] ? { any: values } : { all: values };
        if (!ALSO[g[0]]) { filters[g[0]] = spec; return; }
        either.push({ any: [g[0]].concat(ALSO[g[0]]).map(function (key) { var one = {}; one[key] = spec; return one; }) });
      });
      if (either.length) filters.all = either;
      if (scope) filters.section = scope;
      return filters;
    }

    /* Pagefind's counts of each filter's choices, those of a group's other filters added to its own; in the scope
       of one section (the articles index) a group's own filter alone, as the others' pages are out of it. */
    function grouped(counts) {
      if (scope) return counts || {};
      var out = {};
      Object.keys(counts || {}).forEach(function (key) { out[key] = counts[key]; });
      Object.keys(ALSO).forEach(function (key) {
        var sum = {};
        [key].concat(ALSO[key]).forEach(function (from) {
          Object.keys(out[from] || {}).forEach(function (v) { sum[v] = (sum[v] || 0) + out[from][v]; });
        });
        out[key] = sum;
      });
      return out;
    }

    function sortSpec(term) {
      if (state.sort === "newest" || (!state.sort && !term)) return { date: "desc" };
      if (state.sort === "oldest") return { date: "asc" };
      return undefined;
    }

    function drawFilters(counts) {
      lastCounts = counts;
      groups.replaceChildren();
      GROUPS.forEach(function (g) {
        var key = g[0];
        if (key === "section" && scope) return;
        var have = {};
        Object.keys(counts[key] || {}).forEach(function (v) { have[toText(v)] = counts[key][v]; });
        var picked = state.filters[key];
        var values = Object.keys(have).filter(function (v) { return have[v] > 0 || picked.indexOf(v) >= 0; });
        if (!values.length) return;
        values.sort(key === "year" ? function (a, b) { return b.localeCompare(a); }
          : function (a, b) { return (have[b] || 0) - (have[a] || 0) || a.localeCompare(b); });
        var set = el("fieldset", "archive-filter");
        set.append(el("legend", null, g[1]));
        var narrow = narrowing[key] || "";
        if (values.length > SHOWN && key !== "year") {
          var find = el("input", "archive-filter__find");
          find.type = "search";
          find.value = narrow;
          var what = (/^[AEIOU]/.test(g[1]) ? "Find an " : "Find a ") + g[1].toLowerCase();
          find.placeholder = what;
          find.setAttribute("aria-label", what + " among the choices");
          find.addEventListener("input", function () {
            narrowing[key] = find.value;
            drawFilters(lastCounts);
            var again = groups.querySelector("[data-group='" + key + "'] .archive-filter__find");
            if (again) { again.focus(); again.setSelectionRange(find.value.length, find.value.length); }
          });
          set.append(find);
        }
        var matching = values.filter(function (v) {
          return picked.indexOf(v) >= 0 || !narrow || v.toLowerCase().indexOf(narrow.toLowerCase()) >= 0;
        });
        var limit = expanded[key] ? matching.length : Math.max(SHOWN, picked.length);
        var ul = el("ul", "archive-filter__choices");
        matching.slice(0, limit).forEach(function (v) {
          var li = el("li");
          var box = el("input");
          box.type = "checkbox";
          box.value = v;
          box.checked = picked.indexOf(v) >= 0;
          box.addEventListener("change", function () {
            var list = state.filters[key];
            if (box.checked) list.push(v); else list.splice(list.indexOf(v), 1);
            changed(true);
          });
          var lab = el("label");
          lab.append(box, " " + v + " ", el("span", "archive-filter__count", "(" + (have[v] || 0) + ")"));
          li.append(lab);
          ul.append(li);
        });
        set.append(ul);
        if (matching.length > limit) {
          var all = el("button", "archive-filter__all", "Show all " + matching.length);
          all.type = "button";
          all.addEventListener("click", function () { expanded[key] = true; drawFilters(lastCounts); });
          set.append(all);
        }
        set.dataset.group = key;
        groups.append(set);
      });
      clear.hidden = !chosen(state);
    }

    function show(found, term, mine) {
      var n = found.results.length;
      var items = term && !state.sort ? ranked(found.results, term)
        : Promise.resolve(found.results.map(function (r) { return { result: r }; }));
      var shown = 0;
      var text = n ? n + (n === 1 ? " result" : " results") : "Nothing matches" + (term ? " “" + term + "”" : "")
        + (chosen(state) ? " with these filters" : "") + ".";
      more = function () {
        moreButton.hidden = true;
        return items.then(function (all) {
          var slice = all.slice(shown, shown + PAGE);
          shown += slice.length;
          return Promise.all(slice.map(loaded));
        }).then(function (data) {
          if (mine !== asked) return;
          if (shown <= PAGE) { list.replaceChildren(); count.textContent = text; }  // the status once they show
          data.forEach(function (d) {
            var li = el("li");
            li.append(resultLink(d, !!term));
            list.append(li);
          });
          moreButton.hidden = shown >= n;
        });
      };
      return more();
    }

    function searchNow() {
      var term = state.q.trim() || null;
      var mine = ++asked;
      var active = !!term || chosen(state);
      if (listing) listing.hidden = active;
      if (active || (scope && panel.open)) panel.open = panel.open || chosen(state);
      if (!active && !(scope && panel.open) && !(withQuery && panel.open)) {
        list.replaceChildren();
        moreButton.hidden = true;
        count.textContent = withQuery ? "Type what you are looking for, or open the filters." : "";
        if (!panel.open) return Promise.resolve();
      }
      if (active) count.textContent = "Searching…";
      return pagefind().then(function (pf) {
        // A search counts the choices of the filters loaded so far: the counts of every filter need them all.
        var all = panel.open ? pf.filters() : Promise.resolve(null);
        if (!active) {
          // Nothing typed or chosen: each choice's count over every page, which Pagefind gives without a search,
          // is its count in this scope too (ALSO). A search would count every choice against every page in scope,
          // which takes seconds once there are tens of thousands. While the reader looks at the choices, Pagefind
          // loads what a search by them needs.
          return all.then(function (counts) {
            pf.preload(null, { filters: filterSpec() }).catch(function () {});  // a search says what failed
            return { filters: grouped(counts) };
          });
        }
        return all.then(function () {
          return pf.search(term, { filters: filterSpec(), sort: sortSpec(term) });
        }).then(function (found) {
          found.filters = grouped(found.filters);
          // Where several choices of one filter mean either, each choice counts what it would add: the counts of
          // that filter come from the same search without it.
          var either = GROUPS.filter(function (g) { return ANY[g[0]] && state.filters[g[0]].length; });
          return Promise.all(either.map(function (g) {
            return pf.search(term, { filters: filterSpec(g[0]) }).then(function (wider) {
              found.filters[g[0]] = grouped(wider.filters)[g[0]];
            });
          })).then(function () { return found; });
        });
      }).then(function (found) {
        if (mine !== asked || !found) return null;
        drawFilters(found.filters || {});
        if (active) return show(found, term, mine);
        list.replaceChildren();
        return null;
      }).catch(function (error) {
        if (mine === asked) count.textContent = "Search could not load its index (" + error.message + ")";
      });
    }

    var run = oneAtATime(searchNow);

    function controls() {
      query.value = state.q;
      sort.value = state.sort;
      if (sort.value !== state.sort) sort.value = "";
      if (chosen(state)) panel.open = true;
    }

    function changed(push) {
      var url = address(state);
      if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
      return run();
    }

    var typing = null;
    query.addEventListener("input", function () {
      state.q = query.value;
      clearTimeout(typing);
      typing = setTimeout(function () { changed(false); }, 150);
    });
    form.addEventListener("submit", function (e) { e.preventDefault(); changed(true); });
    sort.addEventListener("change", function () { state.sort = sort.value; changed(true); });
    clear.addEventListener("click", function () {
      GROUPS.forEach(function (g) { state.filters[g[0]] = []; });
      changed(true);
    });
    panel.addEventListener("toggle", function () { if (panel.open) run(); });
    moreButton.addEventListener("click", function () { if (more) more(); });
    window.addEventListener("popstate", function () { state = readState(); controls(); run(); });
    controls();
    root.archiveReady = run();
  }

  if (widget) header(widget);
  document.querySelectorAll("[data-archive-results]").forEach(results);
})();
