/*
 * Language selector: go to the same page, at the same place, in the other language.
 *
 * Material's selector (extra.alternate) links to each language's home page. Its own
 * "stay on the page" logic looks the page up in the other build's sitemap, so it only
 * works when the site is served exactly at site_url, and with one language at "/" the
 * root site's prefix matches every link, which sends the reader to the other home page.
 * Both sites here have the same slugs and anchors, so the counterpart of a page is the
 * same path below the other language's root, with the same fragment (a rule anchor such
 * as #nft-1, or a widget path such as #path=facts/nothing-else).
 *
 * The links are rewritten whenever they may be used (each page Material emits on
 * document$, hash changes, hover, focus, click), because the fragment can change
 * without a hashchange event (history.replaceState). Clicks are kept from Material's
 * own handler, which would otherwise send the reader to the other language's home.
 *
 * The light/dark choice: Material keeps it in localStorage under a key scoped by the
 * site's root ("/.__palette", "/en/.__palette"), so each language would have its own.
 * The reader made one choice: when it changes, and when the reader switches language,
 * it is copied to every language's key, which Material's inline script reads before the
 * next page is painted.
 */
;(function () {
  "use strict"

  var LINKS = ".md-select__link[hreflang]"

  /* The absolute root of each language, read once from the links as the theme rendered them. */
  function roots() {
    var result = {}
    var links = document.querySelectorAll(LINKS)
    for (var i = 0; i < links.length; i++) {
      var link = links[i]
      if (!link.dataset.dtRoot) link.dataset.dtRoot = new URL(link.getAttribute("href"), location.href).href
      result[link.hreflang] = link.dataset.dtRoot
    }
    return result
  }

  /* The same page and fragment below `root`; the other home page if we are outside our own root. */
  function counterpart(root, currentRoot) {
    var here = new URL(location.href)
    var base = new URL(currentRoot)
    if (here.origin !== base.origin || here.pathname.indexOf(base.pathname) !== 0) return root
    return new URL(here.pathname.slice(base.pathname.length) + here.search + here.hash, root).href
  }

  function update() {
    var all = roots()
    var currentRoot = all[document.documentElement.lang]
    if (!currentRoot) return
    var links = document.querySelectorAll(LINKS)
    for (var i = 0; i < links.length; i++) {
      links[i].href = counterpart(links[i].dataset.dtRoot, currentRoot)
    }
  }

  var PALETTE = "__palette"

  /* Copy this language's stored light/dark choice to the other languages' roots. */
  function shareScheme() {
    var all = roots()
    var own = all[document.documentElement.lang]
    if (!own) return
    try {
      var choice = localStorage.getItem(new URL(own).pathname + "." + PALETTE)
      if (choice === null) return
      for (var lang in all) {
        if (all[lang] !== own) localStorage.setItem(new URL(all[lang]).pathname + "." + PALETTE, choice)
      }
    } catch (error) {
      // Storage blocked (private mode, a policy): each language keeps its own choice.
    }
  }

  document.addEventListener("change", function (event) {
    if (event.target instanceof HTMLInputElement && event.target.name === PALETTE) {
      // After Material's own handler has stored the choice under this language's key.
      window.setTimeout(shareScheme, 0)
    }
  })

  function inSelector(event) {
    return event.target instanceof Element && event.target.closest(".md-select") !== null
  }

  ;["pointerover", "focusin", "pointerdown"].forEach(function (type) {
    document.addEventListener(
      type,
      function (event) {
        if (inSelector(event)) update()
      },
      true
    )
  })

  document.addEventListener(
    "click",
    function (event) {
      if (!(event.target instanceof Element) || !event.target.closest(LINKS)) return
      update()
      shareScheme()
      // The browser follows the rewritten href (new tab with a modifier key included);
      // Material's body-level alternate and instant-navigation handlers never see it.
      event.stopPropagation()
    },
    true
  )

  window.addEventListener("hashchange", update)

  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(update)
  } else {
    update()
  }
})()
