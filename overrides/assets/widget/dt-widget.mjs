// The widget controller: clicks and URL in, engine requests out, views rendered.
//
// State is the path of answer IDs and nothing else; it lives in the URL fragment
// (`#path=a/b/c`, decision_tree.fragment), one history entry per step, so the browser's
// back and forward buttons walk the path and a shared link reopens it on either
// language site. The root question is pre-rendered in the page, so the widget starts
// working before the engine does: a click made while Pyodide loads is kept and
// answered once it is ready.

import { engineFor } from "./dt-engine.mjs";
import { fill, highlightDiagram, outcomeElement, questionElement, trailElements } from "./dt-render.mjs";

let mounted = null;

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
    this.fail = () => showFailure(root);
    // The fragment prefix of a path (`#path=`) comes from Python (views.path.PATH_FRAGMENT_PREFIX).
    this.pathHash = root.dataset.pathPrefix;
    this.lang = root.dataset.lang;
    this.ui = JSON.parse(root.dataset.dtUi);
    this.siteRoot = new URL(root.dataset.siteRoot, document.baseURI).href;
    this.path = [];
    this.pendingAnswer = earlyAnswer;
    this.opening = this.isPathHash(location.hash) && location.hash !== this.pathHash ? location.hash : null;
    this.started = false;
    this.inFlight = 0;
    this.queue = Promise.resolve();
    this.abort = new AbortController();
    const signal = this.abort.signal;
    root.addEventListener("click", (event) => this.onClick(event), { signal });
    window.addEventListener("popstate", () => this.onPopState(), { signal });
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
    if (status === "failed") return this.fail();
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
      await this.apply(await this.request({ op: "open", fragment: hash }), { push: false, focus: false });
    } else if (this.pendingAnswer) {
      const answer = this.pendingAnswer;
      this.pendingAnswer = null;
      await this.apply(await this.request({ op: "state", path: [answer] }), { push: true, focus: true });
    }
    this.root.dataset.engine = "ready";
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
    this.part("status-note").textContent = this.opening ? this.ui.opening : this.pendingAnswer ? this.ui.pending : "";
    status.hidden = false;
  }

  markPending(answer) {
    for (const button of this.root.querySelectorAll("[data-answer]")) {
      button.classList.toggle("dtw-answer--pending", button.dataset.answer === answer);
    }
  }

  // ---- reader actions ----------------------------------------------------------------

  onClick(event) {
    const button = event.target instanceof Element ? event.target.closest("button") : null;
    if (!button || !this.root.contains(button) || button.disabled) return;
    if (button.dataset.answer !== undefined) return this.answer(button.dataset.answer);
    if (button.hasAttribute("data-dt-back")) return this.navigate(() => this.path.slice(0, -1));
    if (button.hasAttribute("data-dt-restart")) return this.navigate(() => []);
    const goto = button.dataset.dtGoto;
    if (goto !== undefined) return this.navigate(() => this.path.slice(0, Number(goto)));
    if (button.hasAttribute("data-dt-copy")) return this.copyRecord();
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
    if (this.inFlight > 0) return;
    this.navigate(() => [...this.path, answer]);
  }

  // Back, restart and the trail are absolute moves: queued, and their path is computed
  // when their turn comes, from the path shown then.
  navigate(target) {
    if (this.engine.status !== "ready") return;
    this.enqueue(async () => this.apply(await this.request({ op: "state", path: target() }), { push: true, focus: true }));
  }

  onPopState() {
    if (!this.root.isConnected) return this.destroy();
    const hash = location.hash;
    if (hash && !this.isPathHash(hash)) return; // an ordinary heading anchor: not ours
    if (this.engine.status !== "ready" || !this.started) {
      this.opening = hash && hash !== this.pathHash ? hash : null;
      this.part("stage").hidden = this.opening !== null;
      return;
    }
    const focus = this.root.contains(document.activeElement);
    this.enqueue(async () => this.apply(await this.request({ op: "open", fragment: hash }), { push: false, focus }));
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

  // ---- rendering -------------------------------------------------------------------

  async apply(reply, { push, focus }) {
    if (!this.root.isConnected) return;
    if (!reply.ok) return this.showMessage(reply.error);
    const view = reply.state;
    this.render(view, focus);
    if (push) {
      const url = view.path.length ? `#${view.fragment}` : location.pathname + location.search;
      if (new URL(url, location.href).href !== location.href) history.pushState({ x: scrollX, y: scrollY }, "", url);
    }
  }

  render(view, focus) {
    this.path = view.path;
    const { ui } = this;
    this.part("message").hidden = true;
    const stage = this.part("stage");
    stage.replaceChildren(
      view.question ? questionElement(view.question, view.steps.length + 1, ui) : outcomeElement(view, ui, this.siteRoot),
    );
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
    if (focus) stage.querySelector(".dtw-heading")?.focus();
  }

  showMessage(error) {
    // A shared link that cannot be followed: say which step, offer a fresh start.
    if (error.detail) console.warn("decision tree engine:", error.detail);
    this.path = [];
    this.part("message-text").textContent = error.message || this.ui.engine_error;
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
    const reply = await this.request({ op: "record", path: this.path, page_url: page.href, site_root: this.siteRoot });
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
