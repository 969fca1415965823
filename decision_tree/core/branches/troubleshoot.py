"""Troubleshooting a model the team has already fine-tuned: one question, one outcome per symptom.

Half of the people who ask "should I fine-tune?" already did, and what they need is a
diagnosis, not a verdict on starting. Each answer names a symptom a team can observe, and
each outcome says what the symptom usually means, cites the guide's rule that explains it
(facts: CORE and NFT-1; parroting: BP-3 and BP-5; lost abilities: NFT-3), and says whether
to retrain, constrain the output, measure first or roll back to the base model.
"""

from __future__ import annotations

from decision_tree.core.authoring import facts
from decision_tree.core.model import Answer, Outcome, Question
from decision_tree.core.text import Text
from decision_tree.core.vocabulary import Action, OutcomeKind

SYMPTOM = Question(
    id="symptom",
    text=Text(zh="微调后的模型哪里不对？", en="What goes wrong with the model you fine-tuned?"),
    hint=Text(
        zh=(
            "“基座模型”指微调之前的那个模型。问题不止一个时，先选事实或安全方面的问题，解决后再回来选下一项。"
            "还没有把微调模型和基座模型放在同一批测试输入上比较过，就选最后一项。"
        ),
        en=(
            "The “base model” is the model before you fine-tuned it. If several things go wrong, choose facts "
            "or safety first, then come back for the next one. If you have not yet compared the tuned model "
            "with the base model on the same test inputs, choose the last answer."
        ),
    ),
    answers=(
        Answer(
            id="facts-not-learned",
            short=Text(zh="事实没学会", en="Facts not learned"),
            label=Text(
                zh="训练数据里的事实它答不上来，或者编造事实",
                en="It does not know the facts in its training data, or it makes facts up",
            ),
            facts=facts(symptom="facts_missing", need="knowledge"),
            next="move-facts-to-retrieval",
            reason=Text(
                zh="事实本该放进检索：微调学的是行为模式，新事实学得慢，还可能让模型更爱编造。",
                en="The facts belong in retrieval: fine-tuning teaches behaviour, learns new facts slowly, and can make a model invent more.",
            ),
        ),
        Answer(
            id="lost-skills",
            short=Text(zh="原有能力变差", en="Lost abilities"),
            label=Text(
                zh="原来会做的事做差了：其他任务、通用能力或某项基准分数下降",
                en="It got worse at what it did before: other tasks, general ability, a benchmark score",
            ),
            facts=facts(symptom="forgetting"),
            next="tuned-model-forgot",
            reason=Text(
                zh="这是灾难性遗忘：在一个窄任务上训练，会把模型从原来擅长的事情上拉开。",
                en="This is catastrophic forgetting: training on one narrow task pulls the model away from what it did well before.",
            ),
        ),
        Answer(
            id="parrots-training-data",
            short=Text(zh="照搬训练数据", en="Parrots its data"),
            label=Text(
                zh="照搬训练样本里的原话，或者不管问什么都套用训练数据的腔调",
                en="It parrots its training examples, or answers everything in the training data's voice",
            ),
            facts=facts(symptom="overfitting"),
            next="tuned-model-overfits",
            reason=Text(
                zh="这是过拟合：模型记住了样本本身，而不是样本背后的模式。",
                en="This is overfitting: the model memorised the examples instead of the pattern behind them.",
            ),
        ),
        Answer(
            id="invalid-outputs",
            short=Text(zh="输出越界或格式错", en="Invalid outputs"),
            label=Text(
                zh="输出允许范围以外的类别、字段或实体，或者格式出错",
                en="It outputs labels, fields or entities outside the allowed set, or breaks the format",
            ),
            facts=facts(symptom="invalid_outputs"),
            next="constrain-tuned-outputs",
            reason=Text(
                zh="微调只能让无效输出变少，不能让它不可能出现；要在解码和校验上把住关。",
                en="Fine-tuning makes invalid outputs rarer, never impossible; decoding and validation must rule them out.",
            ),
        ),
        Answer(
            id="worse-than-base",
            short=Text(zh="不如基座模型", en="Worse than the base"),
            label=Text(
                zh="在同一批测试输入上，它比不上基座模型配一个好提示词",
                en="On the same test inputs, it does worse than the base model with a good prompt",
            ),
            facts=facts(symptom="worse_than_base"),
            next="roll-back-to-base",
            reason=Text(
                zh="比基线还差的模型不该上线；先退回基座模型，再查原因。",
                en="A model that loses to its baseline should not serve traffic: roll back first, then find out why.",
            ),
        ),
        Answer(
            id="safety-changed",
            short=Text(zh="拒答行为变了", en="Refusals changed"),
            label=Text(
                zh="拒答行为变了：原来会拒绝的请求现在照做，或者连正常请求也拒绝",
                en="Its refusals changed: it now does what it used to refuse, or refuses harmless requests",
            ),
            facts=facts(symptom="safety_changed"),
            next="tuned-model-safety",
            reason=Text(
                zh="微调会削弱安全对齐，即使训练数据本身无害；这是上线前必须修好的回归。",
                en="Fine-tuning can erode safety training, even on harmless data; this regression must be fixed before it serves anyone.",
            ),
        ),
        Answer(
            id="unclear",
            short=Text(zh="说不清", en="Not sure"),
            label=Text(
                zh="说不清：就是效果不够好，也还没和基座模型比较过",
                en="Not sure: it just isn't good enough, and we have not compared it with the base model",
            ),
            facts=facts(symptom="unclear"),
            next="diagnose-tuned-model",
            reason=Text(
                zh="没有对照就分不清是微调没做好，还是任务本身没定义清楚；先测量。",
                en="Without a comparison you cannot tell a weak fine-tune from a weak task definition: measure first.",
            ),
        ),
    ),
)

MOVE_FACTS_TO_RETRIEVAL = Outcome(
    id="move-facts-to-retrieval",
    kind=OutcomeKind.RAG,
    title=Text(zh="把事实交给检索，别再靠训练灌进去", en="Move the facts to retrieval; stop training them in"),
    summary=Text(
        zh=(
            "微调塑造的是模型的行为；新事实它学得又慢又不牢，拿它原本不知道的事实去训练，还可能让它更爱编造。"
            "在回答时从你的文档或数据库检索这些事实。先在同一批事实类问题上比较“基座模型加检索”和微调模型："
            "如果当初微调只是为了灌事实，前者就够了；如果它还教会了某种格式或文风，就保留它做这件事，并在它的输入里放上检索到的段落。"
        ),
        en=(
            "Fine-tuning shapes behaviour; it learns new facts slowly and unreliably, and training on facts the model "
            "did not know can make it invent more. Retrieve the facts from your documents or database at answer time. "
            "First compare the base model with retrieval against the tuned model on the same fact questions: if the "
            "fine-tune was only meant to teach facts, the first is enough; if it also taught a format or voice, keep "
            "it for that and put the retrieved passages in its inputs."
        ),
    ),
    actions=frozenset({Action.RETRIEVAL, Action.EVALUATE}),
    cites=("CORE", "NFT-1", "BP-7", "BP-1"),
)

TUNED_MODEL_FORGOT = Outcome(
    id="tuned-model-forgot",
    kind=OutcomeKind.TROUBLESHOOT,
    title=Text(zh="它遗忘了：换一种伤害更小的方式重训", en="It forgot: retrain in a way that forgets less"),
    summary=Text(
        zh=(
            "在一个窄任务上训练，会把模型从原来擅长的事情上拉开（灾难性遗忘）；数据少、错或过于相似时更严重。"
            "先用一套回归测试量出丢了什么：其他任务、通用能力、原来的基准分数。在重训的模型通过这套测试之前，"
            "把依赖通用能力的请求交回基座模型处理；然后重训，让它少忘一些，数据也要覆盖它仍需胜任的那些任务。"
        ),
        en=(
            "Training on one narrow task pulls the model away from what it did well before (catastrophic "
            "forgetting), and small, flawed or alike data makes it worse. Measure what was lost with a regression "
            "suite first: the other tasks, general ability, the old benchmark scores. Until a retrained model "
            "passes that suite, send the requests that need general ability back to the base model; then retrain "
            "so it forgets less, with data that also covers the tasks it must keep doing."
        ),
    ),
    actions=frozenset({Action.RETRAIN, Action.EVALUATE, Action.ROLL_BACK}),
    cites=("NFT-3", "BP-6", "BP-3"),
    beyond_guide=Text(
        zh="原指南没有谈遗忘之后怎么办。研究发现，LoRA 这类适配器比全量微调学得少，也忘得少；下面的步骤据此重训。",
        en="The guide does not say what to do once a model has forgotten. Research found that adapters such as LoRA learn less than full fine-tuning, and forget less; the steps below retrain on that basis.",
    ),
)

TUNED_MODEL_OVERFITS = Outcome(
    id="tuned-model-overfits",
    kind=OutcomeKind.TROUBLESHOOT,
    title=Text(zh="它过拟合了：拓宽数据，少训一点", en="It overfits: widen the data and train less"),
    summary=Text(
        zh=(
            "照搬原话、一种腔调用到底，说明模型记住的是样本，而不是模式：样本太像，或者训练跑得太久。"
            "让样本像真实输入一样多样，删掉几乎重复的样本，再留出一份验证集，验证损失不再下降就停，然后重训。"
        ),
        en=(
            "Parroting, or one voice for every input, means the model learned the examples rather than the "
            "pattern: the examples are too alike, or training ran too long. Make the examples as varied as real "
            "inputs, thin out the near-duplicates, hold out a validation set and stop when its loss stops "
            "falling, then retrain."
        ),
    ),
    actions=frozenset({Action.RETRAIN}),
    cites=("BP-3", "BP-5", "NFT-3"),
)

CONSTRAIN_TUNED_OUTPUTS = Outcome(
    id="constrain-tuned-outputs",
    kind=OutcomeKind.TROUBLESHOOT,
    title=Text(zh="约束输出，再检查数据里的标签", en="Constrain the outputs, then check the labels in the data"),
    summary=Text(
        zh=(
            "微调后的模型仍然可以输出任何词元。让无效输出不可能出现，而不只是不太可能：用结构化输出或受限解码，"
            "把允许的类别列成枚举，再加一道校验，不合格就拒绝并重试。然后检查训练数据：每个标签都应在允许的集合里，"
            "每条样本都清楚地展示输入与输出的对应；没有合适类别的输入，要有一个明确的“无”作为答案。"
        ),
        en=(
            "A tuned model can still emit any token. Make invalid outputs impossible, not just unlikely: structured "
            "outputs or constrained decoding with the allowed labels as an enum, and a validator that rejects and "
            "retries. Then check the training data: every label should come from the allowed set, every example "
            "should show its input→output mapping plainly, and inputs that fit no label need an explicit “none” answer."
        ),
    ),
    actions=frozenset({Action.CONSTRAIN_OUTPUT}),
    cites=("BP-2", "BP-4", "FT-1"),
    beyond_guide=Text(
        zh="结构化输出和受限解码在生成时就把输出限制在允许的结构或类别里。",
        en="Structured outputs and constrained decoding restrict generation to the allowed structure or labels.",
    ),
)

ROLL_BACK_TO_BASE = Outcome(
    id="roll-back-to-base",
    kind=OutcomeKind.TROUBLESHOOT,
    title=Text(zh="退回基座模型", en="Roll back to the base model"),
    summary=Text(
        zh=(
            "比不上“基座模型加好提示词”的微调模型不该接流量。先换回基座模型和它的提示词，再在留出集上查原因："
            "常见的是数据太少、有错或过于相似，或者提示工程当初并没有做到头。只有新一轮训练在留出集上胜过这个基线，才再换上微调模型。"
        ),
        en=(
            "A fine-tune that loses to the base model with a good prompt should not serve traffic. Switch back to the "
            "base model and its prompt, then find out why on a held-out set: most often the data is small, flawed or "
            "too alike, or prompting was never pushed to its limit. Put a tuned model back only when a new run beats "
            "that baseline on the held-out set."
        ),
    ),
    actions=frozenset({Action.ROLL_BACK, Action.EVALUATE}),
    cites=("NFT-3", "FT-4", "NFT-4"),
)

TUNED_MODEL_SAFETY = Outcome(
    id="tuned-model-safety",
    kind=OutcomeKind.TROUBLESHOOT,
    title=Text(zh="先退回，再带着拒答样本重训", en="Roll back, then retrain with refusals in the data"),
    summary=Text(
        zh=(
            "先让基座模型或上一个安全的版本接流量。在训练数据里加入两类样本并写明期望的回应："
            "它必须拒绝的请求，以及看似敏感、其实无害、它必须回答的请求。重训之后、每次上线之前，都跑一遍拒答测试集。"
        ),
        en=(
            "Serve the base model, or the last safe version, while you fix it. Add two kinds of examples to the "
            "training data, each with the response you want: requests it must refuse, and harmless requests that "
            "look sensitive and that it must answer. After retraining, and before every release, run a refusal test set."
        ),
    ),
    actions=frozenset({Action.ROLL_BACK, Action.RETRAIN}),
    cites=("BP-4", "NFT-3"),
    beyond_guide=Text(
        zh="原指南没有谈安全：研究发现，即使用无害数据微调，也可能削弱模型的安全对齐。",
        en="The guide does not discuss safety: research found that fine-tuning, even on harmless data, can erode a model's safety training.",
    ),
)

DIAGNOSE_TUNED_MODEL = Outcome(
    id="diagnose-tuned-model",
    kind=OutcomeKind.TROUBLESHOOT,
    title=Text(zh="先测量，再改动", en="Measure before you change anything"),
    summary=Text(
        zh=(
            "没有对照，就分不清是微调没做好，还是任务本身没定义清楚。用真实输入建一个留出集并写明期望的输出，"
            "让“基座模型加你最好的提示词”和微调模型都跑一遍，再把微调模型的失败归类：缺事实、丢能力、照搬原话、输出越界或不安全。"
            "然后回到决策树，选出那个症状。"
        ),
        en=(
            "Without a comparison you cannot tell a weak fine-tune from a weak task definition. Build a held-out set "
            "of real inputs with the outputs you expect, run the base model with your best prompt and the tuned model "
            "on it, and sort the tuned model's failures: missing facts, lost abilities, parroting, invalid outputs or "
            "unsafe answers. Then walk the tree again and name the symptom."
        ),
    ),
    actions=frozenset({Action.EVALUATE}),
    cites=("BP-1", "FT-4", "NFT-4", "CORE"),
    beyond_guide=Text(
        zh="原指南没有谈怎样诊断一个已经微调过的模型；在留出集上与基线对照，是厂商微调指南里的做法。",
        en="The guide does not say how to diagnose a model already fine-tuned; comparing it with a baseline on a held-out set is the practice of vendors' fine-tuning guides.",
    ),
)

QUESTIONS = (SYMPTOM,)
OUTCOMES = (
    MOVE_FACTS_TO_RETRIEVAL,
    TUNED_MODEL_FORGOT,
    TUNED_MODEL_OVERFITS,
    CONSTRAIN_TUNED_OUTPUTS,
    ROLL_BACK_TO_BASE,
    TUNED_MODEL_SAFETY,
    DIAGNOSE_TUNED_MODEL,
)
