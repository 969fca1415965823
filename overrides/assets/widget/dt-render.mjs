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
  for (const child of children.flat(Infinity)) {
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

export function outcomeElement(view, ui, siteRoot, notes = new Map()) {
  const outcome = view.outcome;
  return el(
    "article",
    { class: `dtw-outcome dtw-outcome--${outcome.kind} dt-kind-${outcome.kind}`, "data-outcome": outcome.id, "aria-labelledby": "dtw-heading" },
    view.older ? el("p", { class: "dtw-older", role: "note", "data-dt-older": view.older.path.join("/") }, view.older.message) : null,
    el("p", { class: "dtw-counter" }, ui.outcome),
    el("h2", { class: "dtw-heading", id: "dtw-heading", tabindex: "-1" }, outcome.title),
    el("p", { class: "dtw-summary" }, outcome.summary),
    outcome.beyond_guide
      ? el("p", { class: "dtw-beyond" }, el("strong", {}, outcome.beyond_guide_label), " ", outcome.beyond_guide)
      : null,
    partsElement(outcome, siteRoot),
    el("h3", { class: "dtw-subheading" }, outcome.next_steps_label),
    el("ol", { class: "dtw-next-steps" }, outcome.next_steps.map((step) => el("li", {}, stepContent(step, siteRoot)))),
    planElement(outcome),
    routesElement(outcome),
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
    outcome.stances.length
      ? [
          el("h3", { class: "dtw-subheading" }, outcome.stances_label),
          el(
            "ul",
            { class: "dtw-stances" },
            outcome.stances.map((rule) =>
              el(
                "li",
                { class: rule.favours ? "dtw-stance dtw-stance--for" : "dtw-stance dtw-stance--against" },
                ruleLink(rule, "data-stance-rule", siteRoot),
                el("span", { class: "dtw-rule-statement", "data-stance": rule.favours ? "for" : "against" }, rule.label),
              ),
            ),
          ),
        ]
      : null,
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
    changesElement(outcome, ui),
    el(
      "div",
      { class: "dtw-record" },
      notesElement(view, ui, notes),
      el("button", { type: "button", class: "dtw-control dtw-control--primary", "data-dt-copy": true }, ui.copy_record),
      el("p", { class: "dtw-record-status", role: "status", "data-dt-copy-status": true }),
      el("textarea", { class: "dtw-record-text", readonly: true, hidden: true, rows: 8, "aria-label": ui.copy_record, "data-dt-record-text": true }),
    ),
  );
}

// What else the path told us (decision_tree.views.card.parts_view): blockers and further
// needs, each with its rules. Their links carry data-part-rule: the card's cited rules
// (data-rule) already list them once.
function partsElement(outcome, siteRoot) {
  if (!outcome.parts.length) return null;
  return [
    el("h3", { class: "dtw-subheading" }, outcome.parts_label),
    el(
      "ul",
      { class: "dtw-parts" },
      outcome.parts.map((part) =>
        el(
          "li",
          { "data-part": part.id },
          part.beyond_guide ? [el("strong", {}, outcome.beyond_guide_label), " "] : null,
          el("strong", { class: "dtw-part-title" }, part.title_lead),
          " ",
          part.text,
          " ",
          part.rules.flatMap((rule, index) => [
            index ? " · " : null,
            el("a", { href: new URL(rule.href, siteRoot).href, "data-part-rule": rule.id, class: "dtw-rule" }, rule.id),
          ]),
          part.steps.length ? el("ul", { class: "dtw-part-steps" }, part.steps.map((step) => el("li", {}, stepContent(step, siteRoot)))) : null,
        ),
      ),
    ),
  ];
}

// One next step (decision_tree.views.guidance): its text, the beyond-the-guide tag when only
// some steps are, and its sources linked to their entries on the references page.
function stepContent(step, siteRoot) {
  return [
    step.tag ? [el("strong", { class: "dtw-step-tag" }, step.tag), " "] : null,
    step.text,
    step.sources.length
      ? el(
          "span",
          { class: "dtw-step-sources" },
          step.sources.flatMap((source, index) => [
            index ? " · " : null,
            el("a", { href: new URL(source.href, siteRoot).href, "data-source": source.id }, source.label),
          ]),
        )
      : null,
  ];
}

// Rough cost, effort and time to a first result of the recommended routes and the alternatives.
function routesElement(outcome) {
  const t = outcome.routes_labels;
  return [
    el("h3", { class: "dtw-subheading" }, t.title),
    el(
      "div",
      { class: "dtw-routes-scroll", tabindex: "0", role: "region", "aria-label": t.title },
      el(
        "table",
        { class: "dtw-routes" },
        el("thead", {}, el("tr", {}, [t.name, t.cost, t.effort, t.time].map((heading) => el("th", { scope: "col" }, heading)))),
        el(
          "tbody",
          {},
          outcome.routes.map((route) =>
            el(
              "tr",
              { "data-route": route.route, class: route.recommended ? "dtw-route--recommended" : null },
              el("th", { scope: "row" }, route.name, route.recommended ? el("span", { class: "dtw-route-mark" }, t.recommended) : null),
              el("td", {}, route.cost),
              el("td", {}, route.effort),
              el("td", {}, route.time),
            ),
          ),
        ),
      ),
    ),
  ];
}

// The plan questions (views.path.plan_view), right below the steps they change: each answer
// is a toggle whose path (chosen by Python) swaps in the steps that fit, or clears it.
function planElement(outcome) {
  if (!outcome.plan.length) return null;
  return el(
    "section",
    { class: "dtw-plan", "aria-labelledby": "dtw-plan-heading", "data-dt-plan-section": true },
    el("h3", { class: "dtw-subheading", id: "dtw-plan-heading" }, outcome.plan_label),
    el("p", { class: "dtw-plan-note" }, outcome.plan_note),
    outcome.plan.map((question) =>
      el(
        "div",
        { class: "dtw-plan-question", role: "group", "aria-label": question.text, "data-plan-question": question.id },
        el("p", { class: "dtw-plan-text" }, question.text),
        el("p", { class: "dtw-plan-hint" }, question.hint),
        el(
          "div",
          { class: "dtw-plan-answers" },
          question.answers.map((answer) =>
            el(
              "button",
              {
                type: "button",
                class: "dtw-plan-answer",
                "aria-pressed": String(answer.selected),
                "data-dt-plan": answer.path,
                "data-plan-answer": answer.id,
              },
              answer.label,
            ),
          ),
        ),
      ),
    ),
  );
}

// What would change the decision (views.card.changes_view): each other answer, as a button
// that opens that path.
function changesElement(outcome, ui) {
  if (!outcome.changes.length) return null;
  return el(
    "details",
    { class: "dtw-changes" },
    el("summary", {}, outcome.changes_label),
    outcome.changes.map((change) =>
      el(
        "div",
        { class: "dtw-change", "data-change-question": change.question },
        el("p", { class: "dtw-change-question" }, change.question_text),
        el(
          "ul",
          {},
          change.alternatives.map((alt) =>
            el(
              "li",
              {},
              el(
                "button",
                { type: "button", class: "dtw-change-button", "data-dt-change": alt.path.join("/") },
                el("span", { class: "dtw-change-if" }, fill(ui.change_if, { answer: alt.answer_text })),
                " ",
                el("strong", {}, alt.leads_to),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

// The team's notes for the decision record, one per answer: kept in this page only
// (never sent anywhere), written into the record as escaped plain text by Python.
function notesElement(view, ui, notes) {
  return el(
    "details",
    { class: "dtw-notes" },
    el("summary", {}, ui.notes_summary),
    el("p", { class: "dtw-notes-privacy" }, ui.notes_privacy),
    view.steps.map((step) =>
      el(
        "label",
        { class: "dtw-note" },
        el("span", { class: "dtw-note-question" }, step.question_text),
        noteArea(step.question, notes.get(step.question) ?? ""),
      ),
    ),
  );
}

function noteArea(question, value) {
  const area = el("textarea", { class: "dtw-note-text", rows: 2, maxlength: 1000, "data-dt-note": question });
  area.value = value;
  return area;
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
