// Listed in extra_javascript, so it runs on every page: it stays tiny and only imports the
// widget (and through it the Web Worker and Pyodide) on a page that has one. Material's
// instant navigation swaps pages without a reload and announces each one on `document$`,
// so the widget is (re)mounted there rather than on DOMContentLoaded.

let widget = null; // the widget module, once imported

// The widget's one failure state: the engine did not load (here) or failed (the widget
// calls it too). `kind` says whose failure it was: "browser", "network" or "server".
function showFailure(root, kind) {
  const ui = JSON.parse(root.dataset.dtUi);
  const cause = { browser: ui.failed_browser, network: ui.failed_network, server: ui.failed_server };
  root.dataset.engine = "failed";
  for (const part of root.querySelectorAll("[data-dt-status], [data-dt-stage], [data-dt-trail], [data-dt-controls], [data-dt-message]")) {
    part.hidden = true;
  }
  root.querySelector("[data-dt-failure-cause]").textContent = cause[kind] ?? cause.browser;
  root.querySelector("[data-dt-failure]").hidden = false;
}

// Why the widget's module did not arrive: nothing came back (network), an error status or
// not a script (server), or a script this browser would not run.
async function whyNotLoaded(url) {
  try {
    const response = await fetch(url, { cache: "no-store" });
    return response.ok && /javascript/.test(response.headers.get("content-type") ?? "") ? "browser" : "server";
  } catch {
    return "network";
  }
}

function onPage(attempt = 0) {
  const root = document.querySelector("[data-dt-widget]");
  if (root === null) {
    widget?.unmount();
    return;
  }
  // Until the module arrives, remember the answer a fast reader already clicked (and keep
  // its form, meant for readers without JavaScript, from leaving the page).
  let early = null;
  const remember = (event) => {
    const button = event.target instanceof Element ? event.target.closest("[data-answer]") : null;
    if (!button) return;
    event.preventDefault();
    early = button.dataset.answer;
  };
  root.addEventListener("click", remember);
  // A retry asks for the module afresh: a failed import may be remembered under its URL.
  const url = new URL("./dt-widget.mjs", import.meta.url);
  if (attempt) url.searchParams.set("retry", String(attempt));
  import(url.href)
    .then((module) => {
      widget = module;
      root.removeEventListener("click", remember);
      if (root.isConnected) module.mount(root, early, showFailure);
    })
    .catch(async (error) => {
      console.warn("decision tree widget failed to load:", error);
      root.removeEventListener("click", remember);
      showFailure(root, navigator.onLine === false ? "network" : await whyNotLoaded(url.href));
      root.querySelector("[data-dt-retry]")?.addEventListener(
        "click",
        () => {
          root.querySelector("[data-dt-failure]").hidden = true;
          root.dataset.engine = "loading";
          for (const part of root.querySelectorAll("[data-dt-stage], [data-dt-controls]")) part.hidden = false;
          onPage(attempt + 1);
        },
        { once: true },
      );
    });
}

if (typeof window.document$?.subscribe === "function") {
  window.document$.subscribe(() => onPage());
} else if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => onPage());
} else {
  onPage();
}
