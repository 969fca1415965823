# Data written by a reader who saw only the situations and the plan questions: long lines of prose.
# ruff: noqa: E501
"""Plan answers for the situations, and what their next steps must then say: a blind oracle.

A reader who saw only each situation (`SITUATIONS`) and the texts of the plan questions its
card offers picked the plan answers the situation states (none where it is silent), then wrote,
before seeing any step, what the next steps must tell that team, each with a loose English
pattern any fair wording would match. Nothing under `decision_tree/` was read. The same answer
always brings the same item. Written 2026-12-07 for issue 23 ("steps with conditions").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MustSay:
    item: str
    pattern: str


@dataclass(frozen=True)
class PlanExpectation:
    """The plan answers a situation states, what its steps must then say, and the words that justify them."""

    id: str
    plan: tuple[str, ...]
    must_say: tuple[MustSay, ...]
    why: str


PLAN_ORACLE: tuple[PlanExpectation, ...] = (
    PlanExpectation(
        id="json-schema-exhausted",
        plan=("thousands", "structured"),
        must_say=(
            MustSay("a few thousand checked examples is enough to start a tuning run", "enough|sufficient|start"),
            MustSay(
                "score outputs automatically: schema/field validity or exact-match accuracy", "schema|exact|automatic"
            ),
        ),
        why="'2,000 checked input→JSON pairs' and 'needs JSON that matches a fixed schema'; platform not stated.",
    ),
    PlanExpectation(
        id="shakespeare-untried",
        plan=("free-text",),
        must_say=(MustSay("judge outputs with human reviewers or a rubric, not exact match", "human|review|rubric"),),
        why="'chatbot should reply in a Shakespearean tone' (a voice).",
    ),
    PlanExpectation(
        id="format-untried-no-data",
        plan=("free-text",),
        must_say=(MustSay("judge outputs with human reviewers or a rubric, not exact match", "human|review|rubric"),),
        why="'answers must use a fixed bullet-point layout' — prose answers in a form, not JSON/fields/labels.",
    ),
    PlanExpectation(
        id="edge-cases-missing-untried",
        plan=("free-text",),
        must_say=(MustSay("judge outputs with human reviewers or a rubric, not exact match", "human|review|rubric"),),
        why="'Our chatbot's replies must always follow a fixed three-part layout' — chatbot prose replies.",
    ),
    PlanExpectation(
        id="xml-to-json-converter",
        plan=("thousands", "structured"),
        must_say=(
            MustSay("a few thousand checked examples is enough to start a tuning run", "enough|sufficient|start"),
            MustSay(
                "score outputs automatically: schema/field validity or exact-match accuracy", "schema|exact|automatic"
            ),
        ),
        why="'5,000 checked pairs' and 'into our JSON order format'; platform not stated.",
    ),
    PlanExpectation(
        id="radiology-coding-specialist",
        plan=("over-10k", "structured"),
        must_say=(
            MustSay("you need not train on everything: sample or deduplicate a subset first", "sample|subset|dedup"),
            MustSay(
                "score outputs automatically: schema/field validity or exact-match accuracy", "schema|exact|automatic"
            ),
        ),
        why="'20,000 reports checked by coders' and 'assigning diagnosis codes'; platform not stated.",
    ),
    PlanExpectation(
        id="ticket-classification-accuracy",
        plan=("thousands", "structured"),
        must_say=(
            MustSay("a few thousand checked examples is enough to start a tuning run", "enough|sufficient|start"),
            MustSay(
                "score outputs automatically: schema/field validity or exact-match accuracy", "schema|exact|automatic"
            ),
        ),
        why="'8,000 tickets labelled' and 'classify support tickets into 40 categories'; platform not stated.",
    ),
    PlanExpectation(
        id="invoice-extraction-plain-data",
        plan=("thousands", "structured"),
        must_say=(
            MustSay("a few thousand checked examples is enough to start a tuning run", "enough|sufficient|start"),
            MustSay(
                "score outputs automatically: schema/field validity or exact-match accuracy", "schema|exact|automatic"
            ),
        ),
        why="'Our 3,000 training pairs are correct' and 'extract twelve fields'; platform not stated.",
    ),
    PlanExpectation(
        id="tax-reasoning-xml-format",
        plan=("thousands", "structured"),
        must_say=(
            MustSay("a few thousand checked examples is enough to start a tuning run", "enough|sufficient|start"),
            MustSay(
                "score outputs automatically: schema/field validity or exact-match accuracy", "schema|exact|automatic"
            ),
        ),
        why="'4,000 checked case→XML pairs' and 'fixed XML layout our filing system imports'; platform not stated.",
    ),
    PlanExpectation(
        id="kb-house-style-exhausted",
        plan=("free-text",),
        must_say=(MustSay("judge outputs with human reviewers or a rubric, not exact match", "human|review|rubric"),),
        why="'always write in our house style (short sentences, a fixed greeting and sign-off…)'; platform not stated.",
    ),
    PlanExpectation(
        id="kb-house-style-untried-no-data",
        plan=("free-text",),
        must_say=(MustSay("judge outputs with human reviewers or a rubric, not exact match", "human|review|rubric"),),
        why="'answers from the current knowledge base, in our house style'.",
    ),
    PlanExpectation(
        id="regulations-eligibility-json",
        plan=("structured",),
        must_say=(
            MustSay(
                "score outputs automatically: schema/field validity or exact-match accuracy", "schema|exact|automatic"
            ),
        ),
        why="'output the decision as JSON with a fixed set of fields'.",
    ),
    PlanExpectation(
        id="email-reply-clustered-untried",
        plan=("free-text",),
        must_say=(MustSay("judge outputs with human reviewers or a rubric, not exact match", "human|review|rubric"),),
        why="'drafts replies to customer emails in our tone'.",
    ),
    PlanExpectation(
        id="prompt-never-measured",
        plan=("free-text",),
        must_say=(MustSay("judge outputs with human reviewers or a rubric, not exact match", "human|review|rubric"),),
        why="'summarises meeting notes into our fixed template' — prose summaries in a form.",
    ),
    PlanExpectation(
        id="regulation-answers-letter-layout",
        plan=("free-text",),
        must_say=(MustSay("judge outputs with human reviewers or a rubric, not exact match", "human|review|rubric"),),
        why="'every reply must use a fixed official-letter layout' — letters; platform not stated.",
    ),
    PlanExpectation(
        id="kb-voice-untried-clustered",
        plan=("free-text",),
        must_say=(MustSay("judge outputs with human reviewers or a rubric, not exact match", "human|review|rubric"),),
        why="'should sound like our brand' (a voice).",
    ),
    PlanExpectation(
        id="price-list-json-plain-data",
        plan=("structured",),
        must_say=(
            MustSay(
                "score outputs automatically: schema/field validity or exact-match accuracy", "schema|exact|automatic"
            ),
        ),
        why="'must return JSON with fixed fields to our app'; platform not stated.",
    ),
    PlanExpectation(
        id="encoder-bank-intents-cpu",
        plan=("over-10k", "structured"),
        must_say=(
            MustSay("you need not train on everything: sample or deduplicate a subset first", "sample|subset|dedup"),
            MustSay(
                "score outputs automatically: schema/field validity or exact-match accuracy", "schema|exact|automatic"
            ),
        ),
        why="'30,000 utterances labelled' and 'route … into 60 intents'; 'on a CPU' does not say server or device.",
    ),
    PlanExpectation(
        id="encoder-game-chat-toxicity",
        plan=("over-10k", "structured"),
        must_say=(
            MustSay("you need not train on everything: sample or deduplicate a subset first", "sample|subset|dedup"),
            MustSay(
                "score outputs automatically: schema/field validity or exact-match accuracy", "schema|exact|automatic"
            ),
        ),
        why="'100,000 messages labelled by moderators' and 'as a binary classifier'; platform not stated.",
    ),
    PlanExpectation(
        id="encoder-contract-clause-types",
        plan=("over-10k", "structured"),
        must_say=(
            MustSay("you need not train on everything: sample or deduplicate a subset first", "sample|subset|dedup"),
            MustSay(
                "score outputs automatically: schema/field validity or exact-match accuracy", "schema|exact|automatic"
            ),
        ),
        why="'labelled 12,000 clauses' and 'tag every clause … with one of 14 clause types'; platform not stated.",
    ),
    PlanExpectation(
        id="vlm-receipts-prompt-untried",
        plan=("structured",),
        must_say=(
            MustSay(
                "score outputs automatically: schema/field validity or exact-match accuracy", "schema|exact|automatic"
            ),
        ),
        why="'read photographed receipts into our expense JSON'.",
    ),
    PlanExpectation(
        id="vlm-weld-defects-exhausted",
        plan=("thousands", "structured"),
        must_say=(
            MustSay("a few thousand checked examples is enough to start a tuning run", "enough|sufficient|start"),
            MustSay(
                "score outputs automatically: schema/field validity or exact-match accuracy", "schema|exact|automatic"
            ),
        ),
        why="'6,000 inspector-labelled photos' and 'fixed format: defect type, location and grade'; platform not stated.",
    ),
    PlanExpectation(
        id="onprem-discharge-summaries-distil",
        plan=("own-servers",),
        must_say=(
            MustSay("train and serve an open-weights model on your own GPUs / hardware", "gpu|open.?weight|hardware"),
        ),
        why="'production must run an 8B model on our own GPUs'.",
    ),
    PlanExpectation(
        id="device-keyboard-smart-reply-distil",
        plan=("on-device",),
        must_say=(
            MustSay("quantise the model, check it fits, and re-test on the target device", "quantis|quantiz|device"),
        ),
        why="'keeps chat content on the device, and the device fits a model of about 1B parameters'.",
    ),
    PlanExpectation(
        id="bank-off-hosted-complaints-distil",
        plan=("own-servers",),
        must_say=(
            MustSay("train and serve an open-weights model on your own GPUs / hardware", "gpu|open.?weight|hardware"),
        ),
        why="'bring it in-house … onto a 14B open model on our own servers'.",
    ),
    PlanExpectation(
        id="edge-track-inspection-reports-distil",
        plan=("on-device",),
        must_say=(
            MustSay("quantise the model, check it fits, and re-test on the target device", "quantis|quantiz|device"),
        ),
        why="'on rugged tablets … the tablet runs only a 3B model'.",
    ),
    PlanExpectation(
        id="onprem-hotline-tickets-fine-tune",
        plan=("own-servers", "thousands", "structured"),
        must_say=(
            MustSay("train and serve an open-weights model on your own GPUs / hardware", "gpu|open.?weight|hardware"),
            MustSay("a few thousand checked examples is enough to start a tuning run", "enough|sufficient|start"),
            MustSay(
                "score outputs automatically: schema/field validity or exact-match accuracy", "schema|exact|automatic"
            ),
        ),
        why="'all data must stay inside the government cloud', '6,000 operator-checked … pairs', 'a ticket's 12 fixed fields'.",
    ),
    PlanExpectation(
        id="onprem-bank-test-scaffolds-fine-tune",
        plan=("own-servers", "thousands"),
        must_say=(
            MustSay("train and serve an open-weights model on your own GPUs / hardware", "gpu|open.?weight|hardware"),
            MustSay("a few thousand checked examples is enough to start a tuning run", "enough|sufficient|start"),
        ),
        why="'on-premises 7B code model (nothing may go to outside APIs)', '4,000 reviewed code→test pairs'; code output is neither structured data nor prose.",
    ),
    PlanExpectation(
        id="rag-answers-need-small-model-on-prem",
        plan=("own-servers",),
        must_say=(
            MustSay("train and serve an open-weights model on your own GPUs / hardware", "gpu|open.?weight|hardware"),
        ),
        why="'Compliance now requires the whole system on our own servers'.",
    ),
    PlanExpectation(
        id="sent-emails-only-no-customer-side",
        plan=("free-text",),
        must_say=(MustSay("judge outputs with human reviewers or a rubric, not exact match", "human|review|rubric"),),
        why="'reply the way our best agents write' from 'sent agent emails'.",
    ),
    PlanExpectation(
        id="signed-contracts-want-redlines",
        plan=("free-text",),
        must_say=(MustSay("judge outputs with human reviewers or a rubric, not exact match", "human|review|rubric"),),
        why="'writes redline comments … in our firm's style'.",
    ),
    PlanExpectation(
        id="quest-scripts-without-briefs",
        plan=("free-text",),
        must_say=(MustSay("judge outputs with human reviewers or a rubric, not exact match", "human|review|rubric"),),
        why="'turns a designer's three-line brief into a full side-quest script' (prose).",
    ),
    PlanExpectation(
        id="thumbs-ratings-support-exhausted",
        plan=("over-10k", "free-text"),
        must_say=(
            MustSay("you need not train on everything: sample or deduplicate a subset first", "sample|subset|dedup"),
            MustSay("judge outputs with human reviewers or a rubric, not exact match", "human|review|rubric"),
        ),
        why="'about 120,000 thumbs-up/down ratings' on support replies; platform not stated.",
    ),
    PlanExpectation(
        id="ab-choices-product-copy-exhausted",
        plan=("thousands", "free-text"),
        must_say=(
            MustSay("a few thousand checked examples is enough to start a tuning run", "enough|sufficient|start"),
            MustSay("judge outputs with human reviewers or a rubric, not exact match", "human|review|rubric"),
        ),
        why="'picked the better one 9,000 times' on 'product blurbs'; platform not stated.",
    ),
    PlanExpectation(
        id="unit-tests-grade-migration-scripts",
        plan=("thousands",),
        must_say=(
            MustSay("a few thousand checked examples is enough to start a tuning run", "enough|sufficient|start"),
        ),
        why="'about 3,000 tasks … with unit tests'; output is code and platform is not stated.",
    ),
    PlanExpectation(
        id="corrected-frontier-ticket-labels",
        plan=("own-servers",),
        must_say=(
            MustSay("train and serve an open-weights model on your own GPUs / hardware", "gpu|open.?weight|hardware"),
        ),
        why="'We want a small model we can host cheaply' — we host it ourselves.",
    ),
    PlanExpectation(
        id="companion-thumbs-one-line-prompt",
        plan=("free-text",),
        must_say=(MustSay("judge outputs with human reviewers or a rubric, not exact match", "human|review|rubric"),),
        why="'AI companion' replies from 'a friendly companion' character (a voice).",
    ),
    PlanExpectation(
        id="travel-itineraries-sent-no-requests",
        plan=("free-text",),
        must_say=(MustSay("judge outputs with human reviewers or a rubric, not exact match", "human|review|rubric"),),
        why="'writes a full itinerary from a customer's travel request' (prose document).",
    ),
    PlanExpectation(
        id="brand-slogans-without-briefs",
        plan=("free-text",),
        must_say=(MustSay("judge outputs with human reviewers or a rubric, not exact match", "human|review|rubric"),),
        why="'writes a one-line brand slogan … in our copy team's voice'.",
    ),
    PlanExpectation(
        id="travel-insurance-ab-replies-exhausted",
        plan=("free-text",),
        must_say=(MustSay("judge outputs with human reviewers or a rubric, not exact match", "human|review|rubric"),),
        why="agents 'reject about 30% of replies for a stiff tone and muddled structure' — prose replies; platform not stated.",
    ),
    PlanExpectation(
        id="cipai-poems-thumbs-no-prompt-work",
        plan=("free-text",),
        must_say=(MustSay("judge outputs with human reviewers or a rubric, not exact match", "human|review|rubric"),),
        why="'write ci poems to a named tune pattern' (a poem).",
    ),
    PlanExpectation(
        id="error-message-rewrite-checker-exhausted",
        plan=("under-100", "free-text"),
        must_say=(
            MustSay("write or collect more checked examples before training", "more examples|collect|write more"),
            MustSay("judge outputs with human reviewers or a rubric, not exact match", "human|review|rubric"),
        ),
        why="'we have only 50 hand-rewritten examples' and 'rewrite … error messages so that ordinary users understand them'; platform not stated.",
    ),
    PlanExpectation(
        id="merchant-copy-brand-voice-vendor-errors",
        plan=("free-text",),
        must_say=(MustSay("judge outputs with human reviewers or a rubric, not exact match", "human|review|rubric"),),
        why="'rewrites merchants' product descriptions in our platform's single brand voice'.",
    ),
    PlanExpectation(
        id="appliance-after-sales-voice-untried-good-pairs",
        plan=("free-text",),
        must_say=(MustSay("judge outputs with human reviewers or a rubric, not exact match", "human|review|rubric"),),
        why="'writes after-sales replies in our brand voice: empathy first, then the fix'.",
    ),
    PlanExpectation(
        id="car-quote-emails-template-few-stale-pairs",
        plan=("free-text",),
        must_say=(MustSay("judge outputs with human reviewers or a rubric, not exact match", "human|review|rubric"),),
        why="'writes quote emails in a fixed template' (e-mails).",
    ),
    PlanExpectation(
        id="airline-replies-brand-voice-thumbs-one-line",
        plan=("free-text",),
        must_say=(MustSay("judge outputs with human reviewers or a rubric, not exact match", "human|review|rubric"),),
        why="'answer passengers in one brand voice: polite but brief'.",
    ),
    PlanExpectation(
        id="supermarket-flyer-layout-checker-one-prompt",
        plan=("structured",),
        must_say=(
            MustSay(
                "score outputs automatically: schema/field validity or exact-match accuracy", "schema|exact|automatic"
            ),
        ),
        why="'one line per product, the name in at most 12 characters, then size, promotion price, unit price and promotion tag' (fixed fields checked by a script).",
    ),
)
"""Only the situations whose text states at least one plan answer (47 of the 57 offered one)."""
