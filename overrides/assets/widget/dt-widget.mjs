// The widget controller: clicks and URL in, engine requests out, views rendered.
//
// State is the path of answer IDs and nothing else; it lives in the URL fragment
// (`#path=a/b/c`, decision_tree.fragment), one history entry per answer, so the browser's
// back and forward buttons walk the path and a shared link reopens it on either
// language site. The widget's own Back, Start over and trail walk that same history
// when they can (see "history" below), so they and the browser's Back always agree.
// The root question is pre-rendered in the page, so the widget starts working before
// the engine does: a click made while Pyodide loads is kept and answered once it is ready.

import { engineFor, retryEngine } from "./dt-engine.mjs";
import { fill, highlightDiagram, outcomeElement, pendingElement, questionElement, trailElements } from "./dt-render.mjs";

// The rest of a double click or double tap is ignored, as GOV.UK's
// `data-prevent-double-click` does: the next question renders within milliseconds, under
// the pointer, and would take the second click as its answer. A mouse's second click is
// the one the browser counts as such (`detail` 2, within the system's double-click
// interval); a touch or pen activation is a second one when it follows the last within
// this interval. Keyboard activations (`detail` 0) are never held back, and a reader who
// reads a question before answering it is slower than either.
const DOUBLE_TAP_MS = 500;
const STATES_KEPT = 256; // replies kept for paths (~13 KB at most each); beyond, the cache starts afresh
// How long the widget's queue waits for the popstate of a history traversal it started
// (measured here: 7–9 ms); a traversal that never lands must not hold the widget up.
const LANDING_MS = 1000;

let mounted = null;

// Material's instant navigation turns every popstate into a location on `location$`, and
// the first one of a document reloads the page even when only the fragment changed: the
// widget would be rebuilt under the reader and lose their focus. A step between two paths
// of the mounted widget's page is the widget's to render, so it is kept from `location$`.
function keepPathStepsFromInstantNavigation() {
  const location$ = window.location$;
  if (typeof location$?.next !== "function" || location$.dtKeepsPathSteps) return;
  const next = location$.next;
  location$.next = function (url) {
    if (mounted !== null && url instanceof URL) {
      if (window.event?.type === "popstate" && mounted.ownsStep(url)) return;
      // Material is loading another page: until it has, no step is the widget's to keep.
      if (url.pathname !== mounted.pagePath) mounted.leaving = true;
    }
    return next.call(this, url);
  };
  location$.dtKeepsPathSteps = true;
}

// Material's instant navigation writes the scroll offset into history.state on every
// scroll (`replaceState({x, y}, "")`), which would erase the widget's `dtBack` (see
// "history" below): keep it through any replacement that leaves the URL alone.
const nativeReplaceState = history.replaceState;
history.replaceState = function replaceState(state, unused, url) {
  const back = history.state?.dtBack;
  const keep = url === undefined && Number.isInteger(back) && state !== null && typeof state === "object" && !("dtBack" in state);
  return nativeReplaceState.call(this, keep ? { ...state, dtBack: back } : state, unused, url);
};

// `showFailure` comes from the loader, which also needs it when this module cannot load.
export function mount(root, earlyAnswer, showFailure) {
  unmount();
  mounted = new Widget(root, earlyAnswer, showFailure);
  return mounted;
}

export function unmount() {
  mounted?.destroy();
  mounted = null;
}

class Widget {
  constructor(root, earlyAnswer, showFailure) {
    this.root = root;
    this.fail = (kind) => showFailure(root, kind);
    // The fragment prefix of a path (`#path=`) comes from Python (views.path.PATH_FRAGMENT_PREFIX).
    this.pathHash = root.dataset.pathPrefix;
    this.lang = root.dataset.lang;
    this.ui = JSON.parse(root.dataset.dtUi);
    this.siteRoot = new URL(root.dataset.siteRoot, document.baseURI).href;
    this.path = [];
    this.notes = new Map();
    this.lastTap = -Infinity; // when the last touch or pen activation was taken
    this.broken = false; // the URL holds a link the engine could not follow
    this.prefix = null; // what of that link still opens
    this.afterPop = null; // a path to put in place once a history traversal lands
    this.landing = null; // settles the traversal the widget started, its view already shown
    this.shownHref = null; // the URL of the path on show (null while a message is)
    this.pendingBox = null;
    this.pendingAnswer = earlyAnswer;
    this.opening = this.isPathHash(location.hash) && location.hash !== this.pathHash ? location.hash : null;
    this.started = false;
    this.inFlight = 0;
    this.queue = Promise.resolve();
    this.states = new Map(); // path key → the engine's reply for that path (see `state`)
    this.abort = new AbortController();
    const signal = this.abort.signal;
    this.pagePath = location.pathname;
    this.leaving = false; // instant navigation is loading another page over this one
    root.addEventListener("click", (event) => this.onClick(event), { signal });
    root.addEventListener("input", (event) => this.onInput(event), { signal });
    window.addEventListener("popstate", () => this.onPopState(), { signal });
    keepPathStepsFromInstantNavigation();
    this.engine = engineFor(root);
    this.unsubscribe = this.engine.subscribe(() => this.onEngine());
    if (this.opening) {
      this.part("stage").hidden = true;
    } else {
      // The pre-rendered first question is the whole path so far: light it on the diagram too.
      highlightDiagram(JSON.parse(root.dataset.dtHighlight));
    }
    if (this.pendingAnswer) this.markPending(this.pendingAnswer);
    this.onEngine();
  }

  isPathHash(hash) {
    return hash.startsWith(this.pathHash);
  }

  part(name) {
    return this.root.querySelector(`[data-dt-${name}]`);
  }

  destroy() {
    this.abort.abort();
    this.unsubscribe();
  }

  // ---- engine status -------------------------------------------------------------

  onEngine() {
    if (!this.root.isConnected) return this.destroy();
    const { status } = this.engine;
    if (status === "loading") return this.showProgress();
    if (status === "failed") return this.fail(this.engine.failureKind);
    if (!this.started) {
      this.started = true;
      this.part("status").hidden = true;
      this.enqueue(() => this.startAnswering());
    }
  }

  async startAnswering() {
    if (this.opening) {
      const hash = this.opening;
      this.opening = null;
      await this.apply(await this.request({ op: "open", fragment: hash }), { history: null, focus: false });
    } else if (this.pendingAnswer) {
      const answer = this.pendingAnswer;
      this.pendingAnswer = null;
      await this.apply(await this.state([answer]), { history: "push", focus: true });
    }
    this.root.dataset.engine = "ready";
    this.prefetch();
    // Only now, and at idle time: the site's offline copy (dt-offline.mjs), then the engine's
    // snapshot for the next visits (never both at once: see Engine.snapshotWhenIdle).
    import("./dt-offline.mjs")
      .then((offline) => offline.keepOffline(this.root))
      .catch(() => {})
      .then(() => this.engine.snapshotWhenIdle());
  }

  showProgress() {
    const status = this.part("status");
    const bar = status.querySelector("progress");
    const { loaded } = this.engine.progress;
    const total = Number(this.root.dataset.engineBytes) || this.engine.progress.total;
    let text = this.ui.loading;
    if (total > 0) {
      bar.max = total;
      bar.value = Math.min(loaded, total);
      const mb = (bytes) => (bytes / 1e6).toFixed(1);
      text = fill(this.ui.loading_bytes, { loaded: mb(loaded), total: mb(total) });
    }
    this.part("status-text").textContent = text;
    this.part("status-note").textContent = this.opening ? this.ui.opening : "";
    status.hidden = false;
    // The same, beside the answer the reader pressed: that is where they are looking.
    const box = this.pendingBox;
    if (box?.isConnected) {
      const boxBar = box.querySelector("progress");
      if (total > 0) {
        boxBar.max = bar.max;
        boxBar.value = bar.value;
      }
      box.querySelector("[data-dt-pending-text]").textContent = text;
      box.querySelector("[data-dt-pending-time]").textContent = this.timeLeft(total);
    }
  }

  timeLeft(total) {
    const seconds = this.engine.secondsLeft(total);
    if (seconds === null) return "";
    if (seconds < 90) return fill(this.ui.time_left_seconds, { n: Math.max(5, Math.ceil(seconds / 5) * 5) });
    return fill(this.ui.time_left_minutes, { n: Math.ceil(seconds / 60) });
  }

  markPending(answer) {
    let pressed = null;
    for (const button of this.root.querySelectorAll("[data-answer]")) {
      button.classList.toggle("dtw-answer--pending", button.dataset.answer === answer);
      if (button.dataset.answer === answer) pressed = button;
    }
    this.pendingBox ??= pendingElement(this.ui);
    pressed?.after(this.pendingBox);
  }

  // ---- reader actions ----------------------------------------------------------------

  onClick(event) {
    const button = event.target instanceof Element ? event.target.closest("button") : null;
    if (!button || !this.root.contains(button)) return;
    // An answer's form leads to /paths/ for readers without JavaScript; here the widget answers.
    if (button.dataset.answer !== undefined) event.preventDefault();
    if (button.disabled || this.secondActivation(event)) return;
    if (button.dataset.answer !== undefined) return this.answer(button.dataset.answer);
    if (button.hasAttribute("data-dt-back")) return this.navigate(() => this.path.slice(0, -1));
    if (button.hasAttribute("data-dt-restart")) return this.navigate(() => []);
    const goto = button.dataset.dtGoto;
    if (goto !== undefined) return this.navigate(() => this.path.slice(0, Number(goto)));
    if (button.hasAttribute("data-dt-prefix")) return this.openPrefix();
    if (button.hasAttribute("data-dt-retry")) return this.retry();
    if (button.hasAttribute("data-dt-copy")) return this.copyRecord();
    const change = button.dataset.dtChange;
    if (change !== undefined) return this.openChange(change.split("/"));
    const plan = button.dataset.dtPlan;
    if (plan !== undefined) return this.openPlan(plan.split("/"), button.dataset.planAnswer);
  }

  // A plan answer on the card: a history step like any answer, but the reader stays where they
  // are, on the answer just pressed (the steps above it change; the verdict does not).
  openPlan(path, answer) {
    if (this.engine.status !== "ready" || this.inFlight > 0) return;
    this.enqueue(async () => {
      await this.apply(await this.state(path), { history: "push", focus: false });
      this.part("stage").querySelector(`[data-plan-answer="${CSS.escape(answer)}"]`)?.focus();
    });
  }

  // A neighbouring answer from "What would change the decision": open that path as a new step.
  openChange(path) {
    if (this.engine.status !== "ready" || this.inFlight > 0) return;
    this.enqueue(async () => this.apply(await this.state(path), { history: "push", focus: true }));
  }

  // Notes live in this object only: kept across re-renders, sent nowhere but to the engine
  // in this page's own worker when the record is made.
  onInput(event) {
    const area = event.target instanceof HTMLTextAreaElement ? event.target : null;
    const question = area?.dataset.dtNote;
    if (question === undefined || !this.root.contains(area)) return;
    if (area.value) this.notes.set(question, area.value);
    else this.notes.delete(question);
  }

  // True for the rest of a double click or double tap (see DOUBLE_TAP_MS).
  secondActivation(event) {
    if (event.detail === 0) return false; // keyboard (Enter, Space): every press counts
    if (event.detail > 1) return true;
    if (event.pointerType === "mouse") return false;
    const repeated = event.timeStamp - this.lastTap < DOUBLE_TAP_MS;
    if (!repeated) this.lastTap = event.timeStamp;
    return repeated;
  }

  answer(answer) {
    if (this.engine.status === "loading") {
      // Kept, not lost: answered as soon as the engine is ready (last choice wins).
      this.pendingAnswer = answer;
      this.markPending(answer);
      this.showProgress();
      return;
    }
    // Dropped while another step is on its way: this click was aimed at a question that
    // is about to be replaced, and its answer may not exist on the next one.
    if (this.inFlight > 0 || this.engine.status !== "ready") return;
    const path = [...this.path, answer];
    this.enqueue(async () => this.apply(await this.state(path), { history: "push", focus: true }));
  }

  // Back, restart and the trail go back to a shorter path: queued, and their path is
  // computed when their turn comes, from the path shown then.
  navigate(target) {
    if (this.engine.status !== "ready") return;
    this.enqueue(() => this.goBackTo(target()));
  }

  openPrefix() {
    const path = this.prefix;
    if (path === null || this.engine.status !== "ready") return;
    this.enqueue(async () => this.apply(await this.state(path), { history: "replace", focus: true }));
  }

  retry() {
    this.unsubscribe();
    this.engine = retryEngine(this.root);
    this.unsubscribe = this.engine.subscribe(() => this.onEngine());
    this.root.dataset.engine = "loading";
    this.part("failure").hidden = true;
    this.part("stage").hidden = this.opening !== null;
    this.part("controls").hidden = false;
    this.onEngine();
  }

  // ---- history -------------------------------------------------------------------
  //
  // Each history entry the widget makes records how many entries right below it hold its
  // own path one, two, … answers shorter (`dtBack` in history.state). Going back to a
  // shorter path then walks the browser's history when it can, instead of adding an
  // entry: afterwards the browser's Back does what the widget's Back would, and never
  // returns to the path just left. Where history does not reach (a shared link opened
  // deep in the tree), the entry is replaced instead.

  entryBack() {
    const back = this.broken ? 0 : history.state?.dtBack;
    return Number.isInteger(back) ? back : 0;
  }

  async goBackTo(target) {
    const steps = this.path.length - target.length;
    const back = this.entryBack();
    if (steps > 0 && back >= steps) {
      // The target's own entry lies `steps` below: show it at once (its reply is usually at
      // hand), then walk history onto it. The traversal's popstate comes 7–9 ms later here;
      // rendering on it made Back and Start over the slowest clicks.
      await this.apply(await this.state(target), { history: null, focus: true });
      await this.traverse(-steps);
      return;
    }
    if (steps > 0 && back > 0) {
      this.afterPop = target; // as far as history goes, then put the target there
      history.go(-back);
      return;
    }
    await this.apply(await this.state(target), { history: "replace", focus: true });
  }

  // history.go(delta), holding the queue until its popstate: an answer pushed before the
  // traversal lands would be pushed onto the entry about to be left.
  traverse(delta) {
    return new Promise((resolve) => {
      const landed = () => {
        clearTimeout(timer);
        this.landing = null;
        resolve();
      };
      const timer = setTimeout(landed, LANDING_MS);
      this.landing = landed;
      history.go(delta);
    });
  }

  // A history step between two paths of this page (see keepPathStepsFromInstantNavigation).
  ownsStep(url) {
    if (this.leaving || !this.root.isConnected) return false;
    return url.pathname === this.pagePath && (url.hash === "" || this.isPathHash(url.hash));
  }

  onPopState() {
    if (!this.root.isConnected) return this.destroy();
    const landing = this.landing;
    landing?.();
    const hash = location.hash;
    if (location.pathname !== this.pagePath) return; // another page: Material's instant navigation loads it
    if (hash && !this.isPathHash(hash)) return; // an ordinary heading anchor: not ours
    if (this.engine.status !== "ready" || !this.started) {
      this.opening = hash && hash !== this.pathHash ? hash : null;
      this.part("stage").hidden = this.opening !== null;
      return;
    }
    // The widget's own Back, Start over or trail showed this path before walking history to it.
    if (landing && location.href === this.shownHref) return;
    const focus = this.root.contains(document.activeElement);
    const target = this.afterPop;
    this.afterPop = null;
    if (target !== null) {
      this.enqueue(async () => this.apply(await this.state(target), { history: "replace", focus }));
      return;
    }
    this.enqueue(async () => this.apply(await this.request({ op: "open", fragment: hash }), { history: null, focus }));
  }

  enqueue(task) {
    this.inFlight += 1;
    this.queue = this.queue
      .then(task)
      .catch((error) => console.error("decision tree widget:", error))
      .finally(() => {
        this.inFlight -= 1;
      });
    return this.queue;
  }

  request(body) {
    return this.engine.request({ ...body, lang: this.lang });
  }

  // The engine's view of a path: asked once, then kept. A path's view never changes while
  // the page is open (same engine, same language), so a reply asked for ahead of time
  // (`prefetch`) is exactly the one a click would get: the click then renders in its own
  // task, without waiting on the worker.
  state(path) {
    const key = path.join("/");
    const known = this.states.get(key);
    if (known !== undefined) return known;
    const reply = this.request({ op: "state", path });
    this.states.set(key, reply);
    const forget = () => this.states.delete(key); // an error is said again, not remembered
    reply.then((answer) => answer.ok || forget(), forget);
    return reply;
  }

  // Once a view is shown, ask the worker in the background for the view behind each of its
  // answers (or plan answers), the previous step and the first question (Back, Start over),
  // so the reader's next click has its reply at hand.
  prefetch() {
    if (this.engine.status !== "ready") return;
    if (this.states.size > STATES_KEPT) this.states.clear();
    const stage = this.part("stage");
    const next = [...stage.querySelectorAll("[data-answer]")].map((button) => [...this.path, button.dataset.answer]);
    // On an outcome card, the paths its plan answers open (views.path.plan_view computed them).
    const plans = [...stage.querySelectorAll("[data-dt-plan]")].map((button) => button.dataset.dtPlan.split("/"));
    for (const path of [...next, ...plans, this.path.slice(0, -1), []]) this.state(path);
  }

  // ---- rendering -------------------------------------------------------------------

  // `history`: "push" adds an entry (an answer), "replace" puts the view in place of the
  // current one, null leaves history alone (the URL already says this path).
  async apply(reply, { history: mode, focus }) {
    if (!this.root.isConnected) return;
    if (!reply.ok) return this.showMessage(reply.error);
    const view = reply.state;
    const url = view.path.length ? `#${view.fragment}` : location.pathname + location.search;
    const moved = new URL(url, location.href).href !== location.href;
    // {x, y} as Material's instant navigation records its entries; dtBack as above.
    if (mode === "push" && moved) history.pushState({ x: scrollX, y: scrollY, dtBack: this.entryBack() + 1 }, "", url);
    if (mode === "replace") history.replaceState({ x: scrollX, y: scrollY, dtBack: 0 }, "", url);
    this.shownHref = new URL(url, location.href).href;
    this.broken = false;
    this.render(view, focus);
  }

  render(view, focus) {
    this.path = view.path;
    const { ui } = this;
    this.part("message").hidden = true;
    const stage = this.part("stage");
    stage.replaceChildren(
      view.question
        ? questionElement(view.question, view.steps.length + 1, ui, this.root.dataset.siteRoot)
        : outcomeElement(view, ui, this.siteRoot, this.notes),
    );
    this.pendingBox = null;
    stage.hidden = false;
    const trail = this.part("trail");
    trail.querySelector("ol").replaceChildren(...trailElements(view, ui));
    trail.hidden = view.steps.length === 0;
    this.part("controls").hidden = false;
    this.part("back").disabled = view.path.length === 0;
    this.part("restart").disabled = view.path.length === 0;
    highlightDiagram(view.highlight);
    this.part("live").textContent = view.question
      ? fill(ui.announce_question, { n: view.steps.length + 1, text: view.question.text })
      : fill(ui.announce_outcome, { text: view.outcome.title });
    if (focus) this.reveal(stage, view.outcome !== null);
    queueMicrotask(() => this.prefetch());
  }

  // Focus the new heading and bring it into view below Material's fixed header (its
  // height is the heading's `scroll-margin-top` in widget.css): an outcome's title at
  // the top, since the verdict is what the reader came for; a question only as far as
  // needed to see it and its answers.
  reveal(stage, outcome) {
    const heading = stage.querySelector(".dtw-heading");
    if (!heading) return;
    heading.focus({ preventScroll: true });
    if (outcome) heading.scrollIntoView({ block: "start" });
    else stage.firstElementChild.scrollIntoView({ block: "nearest" });
  }

  showMessage(error) {
    // A shared link that cannot be followed: say which step, offer a fresh start.
    if (error.detail) console.warn("decision tree engine:", error.detail);
    this.path = [];
    this.broken = true;
    this.shownHref = null;
    this.part("message-text").textContent = error.message || this.ui.engine_error;
    // The part of the link that still opens, computed by the engine (views.path.prefix_offer).
    this.prefix = error.prefix?.path ?? null;
    const offer = this.part("prefix");
    offer.textContent = error.prefix?.label ?? "";
    offer.hidden = this.prefix === null;
    this.part("message").hidden = false;
    for (const name of ["stage", "trail"]) this.part(name).hidden = true;
    this.part("back").disabled = true;
    this.part("restart").disabled = false;
    this.part("live").textContent = this.part("message-text").textContent;
  }

  async copyRecord() {
    const status = this.part("copy-status");
    const text = this.part("record-text");
    const page = new URL(location.href);
    page.hash = "";
    const onPath = new Set([...this.root.querySelectorAll("[data-dt-note]")].map((area) => area.dataset.dtNote));
    const notes = Object.fromEntries([...this.notes].filter(([question]) => onPath.has(question)));
    const now = new Date();
    const date = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, "0")).join("-");
    const reply = await this.request({ op: "record", path: this.path, page_url: page.href, site_root: this.siteRoot, notes, date });
    if (!reply.ok) {
      status.textContent = reply.error.message;
      return;
    }
    try {
      await navigator.clipboard.writeText(reply.record);
      status.textContent = this.ui.record_copied;
      text.hidden = true;
    } catch {
      status.textContent = this.ui.copy_failed;
      text.value = reply.record;
      text.hidden = false;
      text.select();
    }
  }
}
