// Listed in extra_javascript, so it runs on every page: it stays tiny and only imports the
// widget (and through it the Web Worker and Pyodide) on a page that has one. Material's
// instant navigation swaps pages without a reload and announces each one on `document$`,
// so the widget is (re)mounted there rather than on DOMContentLoaded.

let widget = null; // the widget module, once imported

// The widget's one failure state: the engine did not load (here) or failed (the widget calls it too).
function showFailure(root) {
  root.dataset.engine = "failed";
  for (const part of root.querySelectorAll("[data-dt-status], [data-dt-stage], [data-dt-trail], [data-dt-controls], [data-dt-message]")) {
    part.hidden = true;
  }
  root.querySelector("[data-dt-failure]").hidden = false;
}

function onPage() {
  const root = document.querySelector("[data-dt-widget]");
  if (root === null) {
    widget?.unmount();
    return;
  }
  // Until the module arrives, remember the answer a fast reader already clicked.
  let early = null;
  const remember = (event) => {
    const button = event.target instanceof Element ? event.target.closest("[data-answer]") : null;
    if (button) early = button.dataset.answer;
  };
  root.addEventListener("click", remember);
  import("./dt-widget.mjs")
    .then((module) => {
      widget = module;
      root.removeEventListener("click", remember);
      if (root.isConnected) module.mount(root, early, showFailure);
    })
    .catch((error) => {
      console.warn("decision tree widget failed to load:", error);
      showFailure(root);
    });
}

if (typeof window.document$?.subscribe === "function") {
  window.document$.subscribe(onPage);
} else if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", onPage);
} else {
  onPage();
}
