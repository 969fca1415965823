/*
 * Printed links show where they lead (print.css prints `data-dt-href` after a link).
 *
 * CSS can print an href, but the site's links are relative ("../when-not-to-fine-tune/#nft-1"),
 * which means nothing on paper; just before printing, each link in the article gets its
 * absolute address. Links within the page (#…) and the permalink marks are left alone.
 * The widget's outcome card is drawn after the page loads, so this runs at print time.
 */
;(function () {
  "use strict"

  var LINKS = "article a[href]:not(.headerlink)"

  function markLinks() {
    var links = document.querySelectorAll(LINKS)
    for (var i = 0; i < links.length; i++) {
      var link = links[i]
      if (!(link instanceof HTMLAnchorElement) || link.getAttribute("href").charAt(0) === "#") continue
      if (link.href !== link.textContent.trim()) link.dataset.dtHref = link.href
    }
  }

  window.addEventListener("beforeprint", markLinks)
})()
