"""Code events from a parsed document: lexicon patterns over the dependency parse.

For each verb or noun whose lemma starts a lexicon pattern, the most specific
pattern whose object words and prepositions are present fires. The source comes
from the subject (or the `by` agent of a passive, the possessor or adjective of a
nominal event, the subject of a governing verb); the target from the pattern's
`$target` slot or, by default, the object or a with/against/to/on phrase. A
governor verb with an event in its complement ("agreed to hold talks") gives one
combined event from `complements.tsv`; future tense makes the act an intention;
hypothetical acts ("might recognise") are not coded.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .actors import DocActors
from .lexicon import EventPattern, Lexicons
from .model import Actor, Document, Event, Trigger

VERB_OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "oprd", "dative", "acomp"}
VERB_PREP_DEPS = {"prep", "prt", "agent", "dative"}
DEFAULT_VERB_PREPS = ("with", "against", "to", "toward", "towards", "on", "upon", "at", "into")
DEFAULT_NOUN_PREPS = ("against", "on", "upon", "to", "with", "toward", "towards", "of", "into", "at")
GOVERNOR_ROOTS = {"02", "03", "10", "12", "13"}
RECIPROCAL_ROOTS = {"03", "04", "05", "06", "07", "08"}
NOUN_SOURCE_DEPS = {"poss", "compound", "amod", "nmod"}
REPORTING_VERBS = {"say", "tell", "announce", "state", "confirm", "report", "add", "insist", "claim", "indicate"}


@dataclass
class _Hit:
    """A pattern that fired on a trigger token, before actors are attached."""

    token: Token
    pattern: EventPattern
    code: str
    path: list[str] = field(default_factory=list)
    start_token: Token | None = None
    governor: Token | None = None  # the token whose subject and negation count
    targets_from: Token | None = None
    target_pattern: EventPattern | None = None
    penalty: float = 0.0


def event_id(doc_id: str, sentence_index: int, source: str, target: str | None, cameo: str, start: int) -> str:
    key = f"{doc_id}|{sentence_index}|{source}|{target or ''}|{cameo}|{start}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


class EventCoder:
    """Applies the event lexicon to one parsed document at a time."""

    def __init__(self, lexicons: Lexicons) -> None:
        self.lex = lexicons

    # ------------------------------------------------------------------ matching

    def match(self, tok: Token) -> EventPattern | None:
        if tok.pos_ == "VERB":
            index, scope = self.lex.events.verbs, self._verb_scope(tok)
        elif tok.pos_ in ("NOUN", "PROPN"):
            index, scope = self.lex.events.nouns, [t for t in tok.subtree if t.i != tok.i]
        else:
            return None
        candidates = index.get(tok.lemma_.lower()) or index.get(tok.lower_)
        if not candidates:
            return None
        words = {t.lemma_.lower() for t in scope} | {t.lower_ for t in scope}
        preps = {p.lower_ for p in self._preps(tok, scope)}
        for pattern in candidates:  # most specific first
            if all(group & words for group in pattern.objects) and all(group & preps for group in pattern.preps):
                return pattern
        return None

    @staticmethod
    def _verb_scope(tok: Token) -> list[Token]:
        scope: list[Token] = []
        for child in tok.children:
            if child.dep_ in VERB_OBJECT_DEPS:
                scope.extend(child.subtree)
            elif child.dep_ == "prt":
                scope.append(child)
        return scope

    @staticmethod
    def _preps(tok: Token, scope: list[Token]) -> list[Token]:
        heads = [tok, *(t for t in scope if t.head.i == tok.i or t.head in scope)]
        deps = VERB_PREP_DEPS if tok.pos_ == "VERB" else {"prep"}
        out = [c for h in heads for c in h.children if c.dep_ in deps or (c.dep_ == "prep" and h is not tok)]
        return out

    # ------------------------------------------------------------------ actors

    def _subjects(self, tok: Token, actors: DocActors, depth: int = 0) -> tuple[list[Actor], str]:
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        if passive:
            for child in tok.children:
                if child.dep_ == "agent":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            return actors.actors(pobj), "passive-agent"
        else:
            for child in tok.children:
                if child.dep_ == "nsubj":
                    found = actors.actors(child)
                    if found:
                        return found, "subject"
                    if passive is False and child.pos_ != "PRON":
                        return [], "subject-not-actor"
        if depth < 3 and tok.dep_ in ("xcomp", "conj", "advcl") and tok.head.pos_ in ("VERB", "AUX"):
            found, how = self._subjects(tok.head, actors, depth + 1)
            return found, f"{tok.dep_}>{how}"
        if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
            return actors.actors(tok.head), "relative-clause"
        return [], "none"

    def _pobj_actors(self, preps: list[Token], words: tuple[str, ...] | frozenset[str], actors: DocActors):
        for prep in preps:
            if prep.lower_ in words:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        found = actors.actors(pobj)
                        if found:
                            return found, f"prep-{prep.lower_}"
        return [], ""

    def _targets(self, tok: Token, pattern: EventPattern, actors: DocActors) -> tuple[list[Actor], str]:
        is_verb = tok.pos_ == "VERB"
        scope = self._verb_scope(tok) if is_verb else [t for t in tok.subtree if t.i != tok.i]
        preps = self._preps(tok, scope)
        if pattern.target == "prep":
            return self._pobj_actors(preps, pattern.target_preps, actors)
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "dative")] if is_verb else []
        for obj in objects:
            found = actors.actors(obj)
            if found:
                return found, obj.dep_
        if pattern.target == "dobj":
            return self._possessor(objects, actors)
        found, how = self._pobj_actors(preps, DEFAULT_VERB_PREPS if is_verb else DEFAULT_NOUN_PREPS, actors)
        if found:
            return found, how
        return self._possessor(objects, actors)

    @staticmethod
    def _possessor(objects: list[Token], actors: DocActors) -> tuple[list[Actor], str]:
        """ "criticised Russia's invasion" -> Russia."""
        for obj in objects:
            for child in obj.children:
                if child.dep_ in ("poss", "amod", "compound") and child.i in actors.by_token:
                    found = actors.actors(child)
                    if found:
                        return found, "object-possessor"
        return [], ""

    def _noun_sources(self, tok: Token, actors: DocActors, verb_hits: set[int]) -> tuple[list[Actor], str]:
        for child in tok.children:
            if child.dep_ in NOUN_SOURCE_DEPS and (child.i in actors.by_token or child.dep_ == "poss"):
                found = actors.actors(child)
                if found:
                    return found, f"noun-{child.dep_}"
        found, how = self._pobj_actors([c for c in tok.children if c.dep_ == "prep"], ("by", "between", "from"), actors)
        if found:
            return found, how
        head = tok.head
        if tok.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.i not in verb_hits:
            found, how = self._subjects(head, actors)
            return found, f"light-verb>{how}"
        return [], "none"

    # ------------------------------------------------------------------ coding

    def _modality(self, tok: Token) -> str | None:
        for child in tok.children:
            if child.dep_ in ("aux", "auxpass"):
                word = child.lower_
                # "said Canberra would hold talks": reported future, not a hypothetical
                if word == "would" and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in REPORTING_VERBS:
                    return "future"
                if word in self.lex.modality.hypothetical or child.lemma_.lower() in self.lex.modality.hypothetical:
                    return "hypothetical"
                if word in self.lex.modality.future or child.lemma_.lower() in self.lex.modality.future:
                    return "future"
        return None

    def _hits(self, sent) -> list[_Hit]:
        matched: dict[int, EventPattern] = {}
        for tok in sent:
            pattern = self.match(tok)
            if pattern is not None:
                matched[tok.i] = pattern
        consumed: set[int] = set()
        hits: list[_Hit] = []
        for i, pattern in matched.items():
            if i in consumed:
                continue
            tok = sent.doc[i]
            hit = _Hit(tok, pattern, pattern.cameo, [f"{pattern.pos}:{pattern.pattern}"], governor=tok)
            hit.targets_from, hit.target_pattern = tok, pattern
            complement = self._complement(tok, matched)
            if complement is not None and pattern.cameo[:2] in GOVERNOR_ROOTS:
                negated = any(c.dep_ == "neg" for c in complement.children)
                combined = self._combine(pattern.cameo[:2], matched[complement.i].cameo, negated)
                if combined:
                    consumed.add(complement.i)
                    hit.code = combined.code
                    hit.path.append(f"+{complement.lemma_}:{matched[complement.i].pattern} ({combined.source})")
                    hit.start_token, hit.token = tok, complement
                    if pattern.cameo[:2] not in ("02", "10"):
                        hit.targets_from, hit.target_pattern = complement, matched[complement.i]
            hits.append(hit)
        return [h for h in hits if h.token.i not in consumed or h.start_token is not None]

    def _complement(self, tok: Token, matched: dict[int, EventPattern]) -> Token | None:
        for child in tok.children:
            if child.dep_ in ("xcomp", "ccomp") and child.i in matched and child.pos_ == "VERB":
                if child.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in child.children):
                    continue
                return child
        return None

    def _combine(self, governor_root: str, code: str, negated: bool):
        table = self.lex.complements
        if negated:
            return table.combine(governor_root, "not:" + code) or table.combine(governor_root, code)
        return table.combine(governor_root, code)

    def _apply_modality(self, hit: _Hit) -> bool:
        """Future and intent make an act an intention; returns False for hypotheticals."""
        governor = hit.governor or hit.token
        mood = self._modality(hit.token) or self._modality(governor)
        if mood == "hypothetical":
            return False
        intent_head = governor.head if governor.dep_ == "xcomp" else None
        is_intent = intent_head is not None and intent_head.lemma_.lower() in self.lex.modality.intent
        if (mood == "future" or is_intent) and hit.code[:2] not in GOVERNOR_ROOTS:
            combined = self.lex.complements.combine("03", hit.code)
            if combined:
                hit.path.append(f"{'future' if mood == 'future' else 'intent:' + intent_head.lemma_} ({combined.source})")
                hit.code = combined.code
                if is_intent and intent_head is not None:
                    hit.start_token = intent_head
        return True

    def code(self, doc: Doc, document: Document, actors: DocActors) -> list[Event]:
        events: dict[str, Event] = {}
        for si, sent in enumerate(doc.sents):
            hits = self._hits(sent)
            verb_hits = {h.token.i for h in hits if h.pattern.pos == "verb"} | {
                h.start_token.i for h in hits if h.start_token is not None
            }
            for hit in hits:
                if not self._apply_modality(hit):
                    continue
                for event in self._events_for(hit, si, sent, document, actors, verb_hits):
                    events.setdefault(event.event_id, event)
        return list(events.values())

    def _events_for(self, hit: _Hit, si: int, sent, document: Document, actors: DocActors, verb_hits: set[int]):
        governor = hit.governor or hit.token
        if hit.pattern.pos == "noun":
            if hit.token.dep_ in ("dobj", "pobj") and hit.token.head.i in verb_hits:
                own = any(c.dep_ in NOUN_SOURCE_DEPS and c.i in actors.by_token for c in hit.token.children)
                if not own:
                    return
            sources, how_source = self._noun_sources(hit.token, actors, verb_hits)
        else:
            sources, how_source = self._subjects(governor, actors)
        if not sources:
            return
        targets, how_target = self._targets(hit.targets_from or hit.token, hit.target_pattern or hit.pattern, actors)
        negated = any(c.dep_ == "neg" for c in governor.children)
        pairs: list[tuple[Actor, Actor | None]]
        if not targets and len(sources) > 1 and hit.code[:2] in RECIPROCAL_ROOTS:
            pairs = [(a, b) for a in sources for b in sources if a.code != b.code]
            how_target = "reciprocal"
        else:
            pairs = [(s, t) for s in sources for t in (targets or [None]) if t is None or t.code != s.code]
        cameo = self.lex.cameo[hit.code]
        start_tok = hit.start_token or hit.token
        first, last = sorted((start_tok, hit.token), key=lambda t: t.i)
        trigger = Trigger(doc_text(sent, first.idx, last.idx + len(last)), first.idx, last.idx + len(last))
        rule = f"{hit.pattern.source} {' + '.join(hit.path)} [source: {how_source}; target: {how_target or 'none'}]"
        for source, target in pairs:
            conf = confidence(hit, source, target, how_source)
            yield Event(
                event_id=event_id(document.doc_id, si, source.code, target.code if target else None, hit.code, trigger.start),
                doc_id=document.doc_id,
                url=document.url,
                title=document.title,
                doc_date=document.date,
                event_date=document.date,
                sentence_index=si,
                sentence=sent.text,
                sentence_start=sent.start_char,
                sentence_end=sent.end_char,
                trigger=trigger,
                source=source,
                target=target,
                cameo=hit.code,
                cameo_root=hit.code[:2],
                cameo_name=cameo.name,
                quad_class=cameo.quad_class,
                goldstein=cameo.goldstein,
                plover_type=cameo.plover_type,
                plover_mode=cameo.plover_mode,
                negated=negated,
                confidence=conf,
                rule=rule,
            )


def doc_text(sent, start: int, end: int) -> str:
    return sent.doc.text[start:end]


def confidence(hit: _Hit, source: Actor, target: Actor | None, how_source: str) -> float:
    """A score from pattern specificity, parse distance and actor certainty."""
    score = 0.55 + 0.08 * min(hit.pattern.specificity, 3)
    if target is not None:
        score += 0.05
    if source.resolved_by in ("context", "pronoun", "alias"):
        score -= 0.15
    if source.country is None and source.kind not in ("igo", "group"):
        score -= 0.1
    if ">" in how_source:
        score -= 0.05
    distance = abs(source.start - hit.token.idx)
    if distance > 80:
        score -= 0.05
    return round(max(0.05, min(0.99, score - hit.penalty)), 2)
