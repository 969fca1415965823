// Starts the decision engine as soon as the widget's markup has arrived (an async module
// script inside the widget), instead of waiting for the page to finish loading: the ~12 MB
// Pyodide download then overlaps with the theme's own loading. The widget module, mounted
// later on Material's `document$`, finds the same engine (one per document).

import { engineFor } from "./dt-engine.mjs";

const root = document.querySelector("[data-dt-widget]");
if (root !== null) {
  engineFor(root);
  // From here on JavaScript answers: an answer's form (for readers without JavaScript,
  // leading to /paths/) never takes a reader away, even before the widget has mounted.
  root.addEventListener("click", (event) => {
    if (event.target instanceof Element && event.target.closest("[data-answer]")) event.preventDefault();
  });
}
