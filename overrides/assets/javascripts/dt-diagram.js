/*
 * The diagram's frame on /decision-tree/ (macros/diagram.py renders it).
 *
 * Two sizes: full size (at least 1 px per point, the CSS default, scrolling sideways
 * where the tree is wider than the frame) and fit to width (the whole tree in the frame).
 * Until the reader picks one with the buttons, the frame fits the tree where its labels
 * stay legible (at least FIT_AT_LEAST of full size: a desktop column) and shows it at
 * full size elsewhere (a phone).
 *
 * At full size a wide drawing opens on the root question (data-dt-root), not on its
 * empty top-left corner, and follows the reader's path: the widget's highlightDiagram
 * announces the node where the path stands ("dt:diagram-focus" on document), and that
 * node is scrolled into view inside the frame, never moving the page. The frame is only
 * measured when it is on screen (an IntersectionObserver says so, without layout); a
 * node announced while it is off screen is shown when the frame comes into view.
 *
 * This file holds no text of its own: the buttons and their labels are in the HTML,
 * hidden until this script shows them (without it, the frame simply scrolls).
 */
;(function () {
  "use strict"

  var FIT_AT_LEAST = 0.8
  var FIGURE = "figure.dt-diagram[data-dt-root]"

  var frame = null // the current page's state: {figure, scroll, svg, onScreen, chosen, wanted, observer}
  var announced = null // the node the widget announced last (its module may run before setUp)

  function reducedMotion() {
    return window.matchMedia("(prefers-reduced-motion: reduce)").matches
  }

  /* Width of the drawing at full size, padding included, over the room the frame gives it. */
  function fitScale(f) {
    var style = getComputedStyle(f.svg)
    var padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight)
    return (f.scroll.clientWidth - padding) / (f.svg.viewBox.baseVal.width + padding)
  }

  function setZoom(f, zoom) {
    f.figure.dataset.dtZoom = zoom
    var buttons = f.figure.querySelectorAll("[data-dt-zoom]")
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute("aria-pressed", String(buttons[i].dataset.dtZoom === zoom))
    }
  }

  /* Until the reader chooses: fit where the whole tree stays legible, full size elsewhere. */
  function chooseZoom(f) {
    if (!f.chosen) setZoom(f, fitScale(f) >= FIT_AT_LEAST ? "fit" : "full")
  }

  /* Scroll the frame (only the frame) so the node is in view; nothing if it already is. */
  function show(f, id, smooth) {
    var node = document.getElementById(id)
    if (!node || !f.scroll.contains(node)) return
    var box = f.scroll.getBoundingClientRect()
    var at = node.getBoundingClientRect()
    var inside = at.left >= box.left && at.right <= box.right && at.top >= box.top && at.bottom <= box.bottom
    if (inside) return
    f.scroll.scrollTo({
      left: f.scroll.scrollLeft + (at.left + at.width / 2) - (box.left + f.scroll.clientWidth / 2),
      top: f.scroll.scrollTop + (at.top + at.height / 2) - (box.top + f.scroll.clientHeight / 2),
      behavior: smooth && !reducedMotion() ? "smooth" : "auto",
    })
  }

  /* Show the wanted node once the frame is on screen, after the browser has laid it out. */
  function showWanted(f, smooth) {
    if (!f.onScreen || !f.wanted) return
    var id = f.wanted
    f.wanted = null
    window.requestAnimationFrame(function () {
      if (frame === f) show(f, id, smooth)
    })
  }

  function setUp() {
    if (frame) frame.observer.disconnect()
    frame = null
    var figure = document.querySelector(FIGURE)
    if (!figure) return
    var f = {
      figure: figure,
      scroll: figure.querySelector(".dt-diagram__scroll"),
      svg: figure.querySelector("svg.dt-diagram__svg"),
      onScreen: false,
      chosen: false,
      wanted: announced || figure.dataset.dtRoot,
      observer: null,
    }
    if (!f.scroll || !f.svg) return
    frame = f
    chooseZoom(f)
    var tools = figure.querySelector(".dt-diagram__tools")
    if (tools) tools.hidden = false
    f.observer = new IntersectionObserver(function (entries) {
      f.onScreen = entries[entries.length - 1].isIntersecting
      showWanted(f, false)
    })
    f.observer.observe(f.scroll)
  }

  document.addEventListener("click", function (event) {
    var button = event.target instanceof Element ? event.target.closest("[data-dt-zoom]") : null
    if (!button || !frame || !frame.figure.contains(button)) return
    frame.chosen = true
    setZoom(frame, button.dataset.dtZoom)
    // At full size, bring back where the path stands (or the root), as when the frame opened.
    frame.wanted = announced || frame.figure.dataset.dtRoot
    showWanted(frame, false)
  })

  document.addEventListener("dt:diagram-focus", function (event) {
    announced = event.detail && event.detail.id
    if (!frame || !announced) return
    frame.wanted = announced
    showWanted(frame, true)
  })

  var resizing = false
  window.addEventListener("resize", function () {
    if (resizing || !frame || frame.chosen) return
    resizing = true
    window.requestAnimationFrame(function () {
      resizing = false
      if (frame) chooseZoom(frame)
    })
  })

  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(setUp)
  } else {
    setUp()
  }
})()
