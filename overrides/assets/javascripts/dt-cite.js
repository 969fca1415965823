/*
 * "Copy citation" on every rule section (macros/rules.py renders the button).
 *
 * The button carries the exact Markdown to copy and its labels in both states, so
 * this file holds no text of its own. It is hidden in the HTML and shown here: without
 * JavaScript the reader still has the visible permalink. When the asynchronous
 * clipboard API is missing or refuses (an insecure origin, a denied permission), the
 * citation appears in a read-only field, selected, and the status line says how to
 * copy it by hand.
 */
;(function () {
  "use strict"

  var BUTTONS = "button[data-dt-cite]"
  var RESET_AFTER_MS = 2500

  function parts(button) {
    var actions = button.closest(".dt-rule__actions")
    return {
      status: actions && actions.querySelector(".dt-rule__status"),
      field: actions && actions.querySelector(".dt-rule__fallback"),
    }
  }

  function say(button, message) {
    var status = parts(button).status
    if (status) status.textContent = message
  }

  function copied(button) {
    button.dataset.dtState = "copied"
    say(button, button.dataset.dtCopied)
    window.clearTimeout(Number(button.dataset.dtTimer || 0))
    button.dataset.dtTimer = String(
      window.setTimeout(function () {
        delete button.dataset.dtState
        say(button, "")
      }, RESET_AFTER_MS)
    )
  }

  /* No clipboard API: show the citation selected; try the legacy copy command on it. */
  function fallback(button, text) {
    var field = parts(button).field
    if (!field) return
    field.value = text
    field.hidden = false
    field.focus()
    field.select()
    var done = false
    try {
      done = document.execCommand("copy")
    } catch (error) {
      done = false
    }
    if (done) copied(button)
    else say(button, button.dataset.dtManual)
  }

  function copy(button) {
    var text = button.dataset.dtCite
    if (!navigator.clipboard || !window.isSecureContext) {
      fallback(button, text)
      return
    }
    navigator.clipboard.writeText(text).then(
      function () {
        copied(button)
      },
      function () {
        fallback(button, text)
      }
    )
  }

  /* One listener for every page, so instant navigation needs no re-binding. */
  document.addEventListener("click", function (event) {
    var button = event.target instanceof Element ? event.target.closest(BUTTONS) : null
    if (button) copy(button)
  })

  function reveal() {
    var buttons = document.querySelectorAll(BUTTONS)
    for (var i = 0; i < buttons.length; i++) buttons[i].hidden = false
  }

  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(reveal)
  } else {
    reveal()
  }
})()
