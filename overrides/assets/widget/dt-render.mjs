// Turn one view of decision_tree.views.path.state() into DOM: nothing here decides anything.
//
// Every string comes from Python (the view, or the widget strings the macro embedded);
// it is placed with text nodes and attributes only, never parsed as HTML. The question
// markup matches what macros/widget.py pre-renders, so the first question the server
// sent and the ones rendered here look and behave the same.

// el("a", {href, "data-rule": id}, "text", child, …): attributes and text nodes only.
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (match, key) => (key in values ? String(values[key]) : match));
}

// `languageRoot` is the widget root's `data-site-root` as written ("../"): each answer's
// `formaction` (its rows on /paths/, for a reader without JavaScript) reads as served.
export function questionElement(question, number, ui, languageRoot) {
  return el(
    "section",
    { class: "dtw-question", "data-question": question.id, "aria-labelledby": "dtw-heading" },
    el("p", { class: "dtw-counter" }, fill(ui.question_n, { n: number })),
    el("h2", { class: "dtw-heading", id: "dtw-heading", tabindex: "-1" }, question.text),
    question.hint ? el("p", { class: "dtw-hint" }, question.hint) : null,
    el(
      "form",
      { class: "dtw-answers", method: "get", role: "group", "aria-label": ui.answers },
      question.answers.map((answer) =>
        el(
          "button",
          { type: "submit", class: "dtw-answer", "data-answer": answer.id, formaction: languageRoot + answer.paths_href },
          answer.label,
        ),
      ),
    ),
  );
}

// Beside the answer pressed while the engine loads, where the reader is looking: how far
// the download is, that the answer is kept, and (once the rate is known) how long is left.
export function pendingElement(ui) {
  return el(
    "div",
    { class: "dtw-pending", "data-dt-pending": true },
    el("progress", { class: "dtw-progress", "aria-label": ui.loading }),
    el("span", { class: "dtw-pending-text", "data-dt-pending-text": true }),
    el("span", { class: "dtw-pending-kept", role: "status" }, ui.pending),
    el("span", { class: "dtw-pending-time", "data-dt-pending-time": true }),
  );
}

function ruleLink(rule, attribute, siteRoot) {
  return el("a", { href: new URL(rule.href, siteRoot).href, [attribute]: rule.id, class: "dtw-rule" }, `${rule.id} · ${rule.title}`);
}

export function outcomeElement(view, ui, siteRoot) {
  const outcome = view.outcome;
  return el(
    "article",
    { class: `dtw-outcome dtw-outcome--${outcome.kind} dt-kind-${outcome.kind}`, "data-outcome": outcome.id, "aria-labelledby": "dtw-heading" },
    el("p", { class: "dtw-counter" }, ui.outcome),
    el("h2", { class: "dtw-heading", id: "dtw-heading", tabindex: "-1" }, outcome.title),
    el("p", { class: "dtw-summary" }, outcome.summary),
    outcome.beyond_guide
      ? el("p", { class: "dtw-beyond" }, el("strong", {}, outcome.beyond_guide_label), " ", outcome.beyond_guide)
      : null,
    el("h3", { class: "dtw-subheading" }, ui.reasons),
    el(
      "ol",
      { class: "dtw-reasons" },
      view.steps.map((step) =>
        el(
          "li",
          {},
          el("span", { class: "dtw-reason-question" }, step.question_text),
          " ",
          el("strong", { class: "dtw-reason-answer" }, step.answer_text),
          el("span", { class: "dtw-reason-why" }, step.reason),
        ),
      ),
    ),
    el("h3", { class: "dtw-subheading" }, ui.cited_rules),
    el(
      "ul",
      { class: "dtw-rules" },
      outcome.rules.map((rule) => el("li", {}, ruleLink(rule, "data-rule", siteRoot), el("span", { class: "dtw-rule-statement" }, rule.statement))),
    ),
    outcome.checklist.length
      ? [
          el("h3", { class: "dtw-subheading" }, ui.checklist),
          el(
            "ul",
            { class: "dtw-checklist" },
            outcome.checklist.map((rule) =>
              el("li", {}, ruleLink(rule, "data-checklist-rule", siteRoot), el("span", { class: "dtw-rule-statement" }, rule.statement)),
            ),
          ),
        ]
      : null,
    readinessElement(view, siteRoot),
    el(
      "div",
      { class: "dtw-record" },
      el("button", { type: "button", class: "dtw-control dtw-control--primary", "data-dt-copy": true }, ui.copy_record),
      el("p", { class: "dtw-record-status", role: "status", "data-dt-copy-status": true }),
      el("textarea", { class: "dtw-record-text", readonly: true, hidden: true, rows: 8, "aria-label": ui.copy_record, "data-dt-record-text": true }),
    ),
  );
}

// Readiness checks for fine-tune outcomes (decision_tree.views.evidence): each with the
// sources behind it, linked to their entries on the references page.
function readinessElement(view, siteRoot) {
  const checks = view.outcome.readiness ?? [];
  if (!checks.length) return null;
  return [
    el("h3", { class: "dtw-subheading" }, view.outcome.readiness_label),
    el(
      "ul",
      { class: "dtw-readiness" },
      checks.map((check) =>
        el(
          "li",
          { "data-readiness": check.id },
          check.text,
          " ",
          el(
            "span",
            { class: "dtw-readiness-sources" },
            check.sources.length
              ? check.sources.flatMap((source, index) => [
                  index ? " · " : null,
                  el("a", { href: new URL(source.href, siteRoot).href, "data-source": source.id }, source.label),
                ])
              : check.unsourced,
          ),
        ),
      ),
    ),
  ];
}

export function trailElements(view, ui) {
  return view.steps.map((step, index) =>
    el(
      "li",
      {},
      el(
        "button",
        { type: "button", class: "dtw-step", "data-dt-goto": index },
        el("span", { class: "dtw-sr-only" }, `${ui.trail_go_to} `),
        el("span", { class: "dtw-step-question" }, step.question_text),
        el("span", { class: "dtw-step-answer" }, step.answer_text),
        el("span", { class: "dtw-step-change", "aria-hidden": "true" }, ui.trail_change),
      ),
    ),
  );
}

// Mark the path on the page's diagram: the view lists its DOM ids (decision_tree/views/diagram.py),
// the node where the path stands last. The diagram's own script (dt-diagram.js) scrolls that node
// into view inside its frame, if the frame is on screen, once the browser has laid it out: this
// only sets classes and announces the node, so an answer never waits for layout.
//
// Cheap on purpose (every answer pays it): only the groups that join or leave the path change
// class, and whether the rest of the tree is dimmed (once the path holds an answer, an edge) is
// one attribute on the drawing's root, changed only when it flips. The browser then restyles a
// handful of groups per answer instead of the whole drawing (diagram.css).
export function highlightDiagram(ids) {
  const next = new Set(ids);
  for (const node of document.querySelectorAll(".dt-on-path")) {
    if (!next.has(node.id)) node.classList.remove("dt-on-path");
  }
  let answered = false;
  let svg = null;
  for (const id of next) {
    const node = document.getElementById(id);
    if (node === null) continue;
    if (!node.classList.contains("dt-on-path")) node.classList.add("dt-on-path");
    answered ||= node.classList.contains("edge");
    svg ??= node.closest("svg");
  }
  svg ??= document.querySelector("svg.dt-diagram__svg");
  if (svg !== null && svg.hasAttribute("data-dt-answered") !== answered) svg.toggleAttribute("data-dt-answered", answered);
  if (ids.length) document.dispatchEvent(new CustomEvent("dt:diagram-focus", { detail: { id: ids.at(-1) } }));
}
