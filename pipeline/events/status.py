"""Status, evidentiality and confidence of an event mention (issue #4 stage 5).

Cue words come from data/lexicons/cues.yaml. The window sizes below decide how far from the
trigger a cue may stand; negation must be close ("did not meet"), modality may be a little
farther ("prepare for Blinken's first visit").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.events.dating import clause_spans
from pipeline.events.lexicon import load_cues
from pipeline.events.triggers import Trigger

# Characters before / after the trigger searched for each status window. Chosen on our golden
# texts (tests/golden) so that "reportedly to take place this weekend" (after a nominal trigger)
# and "prepare for US Secretary of State Antony Blinken's first visit" are reached.
CUE_WINDOW_BEFORE = 80
CUE_WINDOW_AFTER = 60
# Negation must sit right before the trigger ("did not meet", "has no plans to visit").
NEGATION_WINDOW_BEFORE = 24
# Hypothetical "if" reaches back over a short conditional clause.
HYPOTHETICAL_WINDOW_BEFORE = 60


_TEMPORAL_LINK_WORD = re.compile(r"\b(?:after|before|following|since|until)\b", re.IGNORECASE)
_PLAIN_NEGATION = re.compile(r"not|never|\w+n['’]t", re.IGNORECASE)
# ", due to take place in Glasgow in November," between a noun and its verb: an apposition the
# "after" window steps over ("The COP26 summit, due to ..., has been postponed"; held-out set 2).
_APPOSITION_AFTER = re.compile(r",[^,;.]{1,80},")
# A clause after a comma that comments on the whole sentence or tells another moment: its cues
# ("met on the sidelines of the summit, in what is expected to be their last meeting", "met Putin on
# Monday, a meeting that is expected to deepen ties") are not the trigger's.
_OTHER_CLAUSE = re.compile(
    r",\s+(?:in\s+what|where|when|while|whereas|(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:that|which)\b)",
    re.IGNORECASE,
)
# "marchers fill streets a day after Lam suspends the bill": what follows an offset clause tells
# the earlier event, its cues ("suspends") are not the trigger's (web-copy dev set 2).
_OFFSET_CLAUSE = re.compile(
    r"\s(?:a|an|one|two|three|four|five|six|seven|\d+)\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before)\b",
    re.IGNORECASE,
)


# "extended an invitation to Prime Minister Modi to visit Washington", "Biden invites Modi for state
# visit": the visit the invitation asks for is not made yet (the cue list's "invitation to" reaches
# only a visit right after it, "invites X to" only the verb).
_INVITED_TO = re.compile(
    r"\b(?:invit(?:ed|es|e|ing)|invitations?)\s+(?:[\w'’.\-]+\s+){0,6}?(?:to|for)\s+"
    r"(?:(?:an?|the|his|her|their|its)\s+)?(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)


_ANNOUNCED_OBJECT = re.compile(r"announced\s+(?:a|an|the|his|her)", re.IGNORECASE)
# At most two words (an adjective or a name's) between a determiner and its noun: "his first visit".
_NEXT_WORDS = re.compile(r"\s*(?:[\w'’\-]+\s+){0,2}")
_AND_WORD = re.compile(r"\band\b", re.IGNORECASE)
# "won Mexico's presidential election", "held talks": a noun that a past verb governs is done.
_PAST_VERB_BEFORE = re.compile(
    r"\b(?:won|lost|held|made|met|paid|began|took|\w+ed)\s+(?:[\w\-’']+\s+){0,3}$", re.IGNORECASE
)
_AND_MODAL_VERB = re.compile(r"\s(?:and|but)\s+(?:will|would|shall|is\s+to|are\s+to)\b", re.IGNORECASE)


_HAD_RIGHT_BEFORE = re.compile(
    r"\bhad\s+(?:already\s+|also\s+|previously\s+|once\s+|repeatedly\s+)?$", re.IGNORECASE
)


_SUSPEND_CUE = re.compile(r"suspend", re.IGNORECASE)
# Between "suspended" and the event it stops: a determiner and a few modifiers, no clause break
# ("suspended the planned talks", "suspending its visit").
_SUSPEND_OBJECT_GAP = re.compile(r"\s+(?:[\w'’\-]+\s+){0,4}", re.IGNORECASE)
# Between a nominal event and a passive "suspended" after it: "the talks were suspended".
_SUSPEND_PASSIVE_GAP = re.compile(
    r"\s+(?:[\w'’\-]+\s+){0,6}?(?:was|were|is|are|has\s+been|have\s+been|had\s+been|been|be)\s+"
    r"(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


def _suspends_the_trigger(text: str, hit: re.Match[str], trigger: Trigger) -> bool:
    """Whether a cancelling cue stops the trigger's event itself.

    "suspend" has other objects than events: "voted on Thursday to suspend Russia from the
    council", "issued a proclamation suspending the sitting" tell an act that happened (webcopy5).
    It cancels only an event it governs: "suspended the talks", "the visit was suspended".
    Other cancelling cues ("called off", "scrapped") keep their plain reading.
    """
    if not _SUSPEND_CUE.match(hit.group(0)):
        return True
    if hit.end() <= trigger.start:
        return bool(_SUSPEND_OBJECT_GAP.fullmatch(text, hit.end(), trigger.start))
    if hit.start() >= trigger.end:
        return trigger.nominal and bool(_SUSPEND_PASSIVE_GAP.fullmatch(text, trigger.end, hit.start()))
    return True


@dataclass(frozen=True)
class StatusReading:
    status: str
    evidentiality: str
    cue: str  # the cue text that decided the status ("" when tense/default did)


def _before_window(status: str) -> int:
    if status == "denied":
        return NEGATION_WINDOW_BEFORE
    if status == "hypothetical":
        return HYPOTHETICAL_WINDOW_BEFORE
    return CUE_WINDOW_BEFORE


# The opening of a relative clause right before its verb: ", who also met", ", which signed".
_RELATIVE_PAST = re.compile(
    r",\s+(?:who|which|that)\s+(?:(?:also|later|then|first|\w+ly)\s+)?$", re.IGNORECASE
)
# The visit entry "is due in Beijing", "had been due in Copenhagen" (triggers.yaml).
_DUE_AT_PLACE = re.compile(r"(is|was|are|were|be|been)\s+(?:also\s+)?due\b", re.IGNORECASE)


# The last sentence's evidentiality cue answers: (text, start, end, the sentence, one entry per
# cue index: None until asked, then whether that cue occurs in the sentence).
_evidentiality_last: tuple[str, int, int, str, list[bool | None]] | None = None


def sentence_has_cue(text: str, start: int, end: int, index: int, regex: re.Pattern[str]) -> bool:
    """Whether `regex` (evidentiality cue number `index`) occurs in text[start:end].

    Why: read_status runs once per trigger and searched the whole sentence for the same cues
    again for each trigger of the sentence (issue #6). The last sentence's answers are kept,
    each found when first asked (so a sentence pays only for the cues up to its first hit).
    The cue is searched in the sentence cut out of the text, as before: with a start offset
    into the whole text its lookbehind would see the character before the sentence.
    """
    global _evidentiality_last
    last = _evidentiality_last
    if last is None or last[0] is not text or last[1] != start or last[2] != end:
        last = _evidentiality_last = (text, start, end, text[start:end], [])
    answers = last[4]
    if index < len(answers):
        known = answers[index]
        if known is not None:
            return known
    else:
        answers.extend([None] * (index + 1 - len(answers)))
    found = regex.search(last[3]) is not None
    answers[index] = found
    return found


_GATHERINGS = frozenset({"meeting", "summit", "negotiation"})
# The gap from a plan cue to a gathering noun told as the occasion: "... a regional force at an
# extraordinary" before "summit".
_AT_OCCASION_GAP = re.compile(
    r"[^;.:]{0,120}?\s(?:at|during)\s+(?:a|an|the|their|its)\s+(?:[\w\-]+\s+){0,5}", re.IGNORECASE
)


def read_status(
    text: str, trigger: Trigger, sent_start: int, sent_end: int, official_speaker: bool = False
) -> StatusReading:
    """Status and evidentiality of the event named by `trigger` inside its sentence.

    Without any cue a finite past verb or a nominal event is 'occurred'; a present-tense
    progressive is 'ongoing' only when a cue says so. Evidentiality: a reporting cue in the
    sentence makes it 'reported'; a statement by a state actor 'official'; modal cues near the
    trigger 'speculative'; otherwise 'asserted'.
    """
    cues = load_cues()
    status, cue_text = "occurred", ""
    # What follows a statement's trigger is its content ("said the visit will be..."), not its status.
    # Nor is what follows a warning or a criticism ("warned that any attack would be met ...").
    look_after = trigger.event_type not in ("statement", "threat", "criticism")
    # Cues before the trigger count only inside its clause ("ECOWAS will hold a summit on Sunday
    # to discuss the coup": the coup is not planned).
    clause_start = max(
        (cs for cs, _ in clause_spans(text, sent_start, sent_end) if cs <= trigger.start), default=sent_start
    )
    after_end = min(sent_end, trigger.end + CUE_WINDOW_AFTER)
    if trigger.nominal:
        apposition = _APPOSITION_AFTER.match(text, trigger.end, sent_end)
        if apposition:
            after_end = min(sent_end, apposition.end() + CUE_WINDOW_AFTER)
    other = _OTHER_CLAUSE.search(text, trigger.end, after_end) or _OFFSET_CLAUSE.search(
        text, trigger.end, after_end
    )
    if other:
        after_end = other.start()  # ", in what is expected to be their last meeting" is about another event
    told_done = trigger.finite_form == "past" or (
        trigger.nominal
        and bool(_PAST_VERB_BEFORE.search(text, max(clause_start, trigger.start - 40), trigger.start))
    )
    coordinated = _AND_MODAL_VERB.search(text, trigger.end, after_end) if told_done else None
    if coordinated:
        # "won the election on June 2 by a landslide and will be the first woman to lead Mexico": a
        # verb told in the past is done; the plan after "and will" is its subject's next act (H54,
        # webcopy6 draft: the win was dated to next June as a plan).
        after_end = coordinated.start()
    # "a pact that Seoul had threatened to scrap": a verb in the pluperfect tells what was done;
    # a plan cue before it ("agreed to restore ... a pact that") belongs to another verb.
    pluperfect = not trigger.nominal and bool(
        _HAD_RIGHT_BEFORE.search(text, max(sent_start, trigger.start - 20), trigger.start)
    )
    past_verb = trigger.finite_form == "past"
    for name, window, regex in cues.status:
        if window != "before" and not look_after:
            continue
        if pluperfect and name in ("planned", "expected") and window == "before":
            continue
        if window == "before":
            lo = max(clause_start, trigger.start - _before_window(name))
            hits = list(regex.finditer(text, lo, trigger.start))
        elif window == "after":
            hits = list(regex.finditer(text, trigger.end, after_end))
        else:
            # Not across a temporal link: "Netanyahu cancels delegation's trip to Washington after
            # US lets UN ceasefire call pass" does not cancel the ceasefire (webcopy2 note 5).
            link = [m for m in _TEMPORAL_LINK_WORD.finditer(text, sent_start, trigger.start)]
            lo = max(sent_start, trigger.start - CUE_WINDOW_BEFORE, link[-1].end() if link else sent_start)
            hits = list(regex.finditer(text, lo, after_end))
        # A cue inside the trigger itself ("announced" in a statement trigger) is no cue.
        # A cue around it does count: "called the meeting off".
        hits = [
            h
            for h in hits
            if h.end() <= trigger.start
            or h.start() >= trigger.end
            or (h.start() < trigger.start and h.end() > trigger.end)
        ]
        if (
            past_verb
            and name in ("planned", "expected")
            and window == "after"
            and _RELATIVE_PAST.search(text, max(sent_start, trigger.start - 40), trigger.start)
        ):
            # "Xi, who also met Biden in Bali earlier this week, is due to hold talks": a verb told
            # in the past in a relative clause is done; the plan after it is the main clause's (webcopy7).
            hits = []
        if past_verb and name in ("planned", "expected") and window == "after":
            # "won the presidential election on June 2 by a landslide and will be the first woman
            # to lead Mexico": a plan word after "and" past a verb told in the past is the next
            # verb's (webcopy6: the win was read as planned, then dated a year on). "signed a
            # ceasefire that is due to take effect on Monday" keeps its plan.
            hits = [h for h in hits if not _AND_WORD.search(text, trigger.end, h.start())]
        if past_verb and name in ("planned", "expected") and window == "before":
            # "Orban invited Netanyahu to visit and said the warrant would not be enforced": the
            # plan word before "and" plans the first verb's object; a verb told in the past after
            # the "and" is done (webcopy6 item 13).
            hits = [h for h in hits if not _AND_WORD.search(text, h.end(), trigger.start)]
        if name == "planned":
            # "announced his visit" plans the visit named right after it, nothing further on
            # ("had announced his resignation in a televised address": the address was given), and
            # a resignation announced is a resignation made (webcopy6 item 11).
            hits = [
                h
                for h in hits
                if not _ANNOUNCED_OBJECT.fullmatch(h.group(0))
                or (
                    _NEXT_WORDS.fullmatch(text, h.end(), trigger.start)
                    and not trigger.text.lower().startswith("resign")
                )
            ]
        # "May told the House of Commons", "in May": the capitalised name or month is no modal.
        hits = [h for h in hits if h.group(0) != "May"]
        if (
            name in ("planned", "expected")
            and window == "before"
            and trigger.nominal
            and trigger.event_type in _GATHERINGS
        ):
            # "leaders agreed to send a force at an extraordinary summit in Maputo on June 23": a
            # plan made in the past at a gathering; the gathering is where it was made, held then
            # (webcopy8: the summit became a plan for the next June).
            hits = [
                h
                for h in hits
                if not (
                    h.group(0).split()[0].lower().endswith("ed")
                    and _AT_OCCASION_GAP.fullmatch(text, h.end(), trigger.start)
                )
            ]
        if name == "planned" and trigger.event_type == "agreement":
            # "announced a new agreement on trade rules": a deal announced is a deal reached
            # (webcopy7: the Windsor Framework became a plan for next Monday)
            hits = [h for h in hits if not h.group(0).lower().startswith("announced")]
        if name == "planned" and trigger.event_type in ("aid", "sanction"):
            # "announced a further $500 million in aid": announcing aid or sanctions is the event,
            # and so is agreeing to them ("EU leaders agreed on Monday to ban Belarusian airlines").
            hits = [h for h in hits if not h.group(0).lower().startswith(("announced", "agreed"))]
        if name == "denied" and trigger.nominal:
            # "they do not think the expected trip will...": a plain negation before a noun negates
            # another verb; only explicit denials ("denied", "ruled out") deny a nominal event.
            hits = [h for h in hits if not _PLAIN_NEGATION.fullmatch(h.group(0))]
        if name == "cancelled":
            hits = [h for h in hits if _suspends_the_trigger(text, h, trigger)]
        if not hits and name == "planned" and trigger.event_type == "visit":
            invited = _INVITED_TO.search(
                text, max(clause_start, trigger.start - CUE_WINDOW_BEFORE), trigger.start
            )
            hits = [invited] if invited else []
        if hits:
            status, cue_text = name, hits[-1].group(0)
            break
    due = (
        _DUE_AT_PLACE.match(trigger.text) if status == "occurred" and trigger.event_type == "visit" else None
    )
    if due is not None:
        # "is due in Beijing on Sunday": the plan word is the trigger's own, so no cue saw it; the
        # pluperfect ("had been due in Copenhagen") is a plan that did not go ahead, like "had been
        # due to" in cues.yaml.
        had = _HAD_RIGHT_BEFORE.search(text, max(sent_start, trigger.start - 20), trigger.start)
        status, cue_text = (
            ("cancelled" if had and due.group(1).lower() == "been" else "planned"),
            due.group(0),
        )
    evidentiality = "asserted"
    near = text[
        max(sent_start, trigger.start - CUE_WINDOW_BEFORE) : min(sent_end, trigger.end + CUE_WINDOW_AFTER)
    ]
    for i, (name, regex) in enumerate(cues.evidentiality):
        if (
            regex.search(near)
            if name == "speculative"
            else sentence_has_cue(text, sent_start, sent_end, i, regex)
        ):
            evidentiality = name
            break
    if evidentiality == "asserted" and official_speaker:
        evidentiality = "official"
    return StatusReading(status, evidentiality, cue_text)


# Confidence: a start value and what each signal adds or removes. Hand-set on the golden
# texts; the numbers only order rows (dashboard sorting, merge tie-breaks), they are not calibrated.
CONFIDENCE_BASE = 0.45
CONFIDENCE_ACTOR = 0.15
CONFIDENCE_DATE_TEXT = 0.15
CONFIDENCE_DATE_KNOWLEDGE = 0.1
CONFIDENCE_LOCATION = 0.05
CONFIDENCE_VERB = 0.05
CONFIDENCE_SPECULATIVE = -0.15
CONFIDENCE_REPORTED = -0.05
CONFIDENCE_OFFICIAL = 0.05


def confidence(
    has_actor: bool, date_basis: str, has_location: bool, is_verb: bool, evidentiality: str
) -> float:
    """A 0..1 score from the signals an event row rests on."""
    score = CONFIDENCE_BASE
    score += CONFIDENCE_ACTOR if has_actor else 0.0
    score += {"text": CONFIDENCE_DATE_TEXT, "knowledge": CONFIDENCE_DATE_KNOWLEDGE}.get(date_basis, 0.0)
    score += CONFIDENCE_LOCATION if has_location else 0.0
    score += CONFIDENCE_VERB if is_verb else 0.0
    score += {
        "speculative": CONFIDENCE_SPECULATIVE,
        "reported": CONFIDENCE_REPORTED,
        "official": CONFIDENCE_OFFICIAL,
    }.get(evidentiality, 0.0)
    return round(min(1.0, max(0.0, score)), 2)
