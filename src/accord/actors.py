"""Resolve actor mentions in a parsed document to CAMEO-style codes.

A phrase matcher finds lexicon names (countries, demonyms, capitals and seats of
power, organisations, groups); agent nouns ("troops", "foreign ministry") and
person names in the same noun phrase complete the code: "German Chancellor Olaf
Scholz" -> DEU + GOV, person "Olaf Scholz". Mentions with an agent but no country
("the spokesman"), pronouns and surnames take the actor they continue in the
document.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .actor_words import (
    BODY_NOUNS,
    COMPANY_SUFFIXES,
    FORMER_AGENTS,
    FORMER_WORDS,
    HYPHENATED_OWNERS,
    IGO_BODIES,
    LOCATIVE_PREPS,
    MANY_WORDS,
    MEMBER_NOUNS,
    MILITARY_PLACES,
    MODIFIER_DEPS,
    MOTION_WORDS,
    NEAR_PREPS,
    NUMBER_WORDS,
    ORDINARY_JOBS,
    ORG_NOUNS,
    OUTSIDE,
    OWNED_TITLES,
    PAIR_NOUNS,
    PAIR_SENTENCES,
    PHRASE_PREPS,
    PLACE_NOUNS,
    PLACE_VERBS,
    PLURAL_TAGS,
    POSTED_ABROAD,
    QUANTITY_WORDS,
    RANKS,
    STATE_BODY_NOUNS,
    SUBJECT_DEPS,
    TITLE_PREFIXES,
    UN_BODY_NOUNS,
    US_STATE_WORDS,
    WEAK_HEADS,
)
from .context import DocumentContext
from .lexicon import ActorEntry, ActorLexicon, AgentLexicon, AgentNoun, Ambiguity
from .model import Actor, Mention
from .quotes import QuoteSpan


class ActorMatcher:
    """The phrase matcher over one lexicon, built once per pipeline and lexicon."""

    def __init__(self, nlp, lexicon: ActorLexicon, agents: AgentLexicon, event_nouns=frozenset()) -> None:
        self.lexicon = lexicon
        self.agents = agents
        self.event_nouns = frozenset(event_nouns)  # "US sanctions" is an event, "US officials" an actor
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        # the UN's own agencies and offices: what a later "the UN agency" may be
        self.un_family = frozenset(
            e.code for t, e in lexicon.names.items()
            if e.kind == "igo" and e.code != "UN" and t.startswith(("UN ", "U.N. ", "United Nations "))
        )  # fmt: skip
        self.entries: dict[int, ActorEntry] = {}
        texts = list(lexicon.names)
        for text, pattern in zip(texts, nlp.tokenizer.pipe(texts), strict=True):
            key = f"ACTOR:{text}"
            self.entries[nlp.vocab.strings.add(key)] = lexicon.names[text]
            self.matcher.add(key, [pattern])

    def find(self, doc: Doc) -> list[tuple[Span, ActorEntry]]:
        spans = [Span(doc, s, e, label=k) for k, s, e in self.matcher(doc)]
        kept = filter_spans(spans)
        return [(span, self.entries[span.label]) for span in sorted(kept, key=lambda s: s.start)]


@dataclass
class _Phrase:
    head: Token
    tokens: list[Token]


class DocActors(DocumentContext):
    """Actor resolution for one parsed document, with document-level context."""

    def __init__(
        self,
        doc: Doc,
        matcher: ActorMatcher,
        text: str | None = None,
        date: str | None = None,
        doc_text: str | None = None,
    ) -> None:
        self.doc = doc
        # Doc.text joins every token on each call: read it once, or take it from the caller, who
        # gave it to spaCy (`doc_text`: exactly the string the doc was parsed from)
        self.doc_text = doc_text if doc_text is not None else doc.text
        self._names_red_cross = "Red Cr" in self.doc_text  # "the Lebanese Red Cross": see _national_society
        self.text = text if text is not None else doc.text  # the original, dateline included
        self.date = date  # the document's date: which office a named person held
        self.matcher = matcher
        self._phrases: dict[int, _Phrase] = {}
        # One pass over the tokens: the sentence each is in, the noun-phrase heads (what can name
        # an actor), and the tokens that are or have a coordinating conjunction (the only ones a
        # phrase may be cut at).
        self.sentences = list(doc.sents)
        self.sentence_of: dict[int, int] = {}
        self._heads: list[Token] = []
        self._conjoined: set[int] = set()
        # the words an event or a quote can hang on, by sentence (the other stages reuse these
        # Token objects instead of walking the document again: spaCy builds a new one each time)
        self.content: list[list[Token]] = []
        for si, sent in enumerate(self.sentences):
            content: list[Token] = []
            self.content.append(content)
            for tok in sent:
                self.sentence_of[tok.i] = si
                pos, dep = tok.pos_, tok.dep_
                if pos in ("VERB", "AUX", "NOUN", "PROPN"):
                    content.append(tok)
                if pos in ("NOUN", "PROPN", "PRON") and (
                    dep not in ("compound", "amod", "nmod", "flat") or tok.head.i == tok.i
                ):
                    self._heads.append(tok)
                if pos == "CCONJ" or dep == "cc":
                    self._conjoined.update((tok.i, tok.head.i))
        self._conjoined_sorted = sorted(self._conjoined)
        self._agents: dict[int, AgentNoun | None] = {}
        self._person_ents = {e.start: e for e in doc.ents if e.label_ == "PERSON"}
        found = matcher.find(doc)
        self.by_token: dict[int, tuple[Span, ActorEntry]] = {}
        for span, entry in found:
            for i in range(span.start, span.end):
                self.by_token[i] = (span, entry)
        for span, entry in found:
            read = self._disambiguate(span, entry.at(date))
            for i in range(span.start, span.end):
                if read is None:
                    del self.by_token[i]
                else:
                    self.by_token[i] = (span, read)
        self._cache: dict[int, Actor | None] = {}
        self._resolving: set[int] = set()
        self._local: dict[int, Actor | None] = {}
        self._people: list[tuple[Token, Actor]] | None = None
        self._orgs: list[tuple[int, Actor]] | None = None
        self._title_holders: list[tuple[Token, Actor]] | None = None
        self._quotes: list[QuoteSpan] | None = None
        self._anchors: list[tuple[int, Actor]] | None = None
        self._home: str | None | bool = False  # not computed yet

    # ------------------------------------------------------------------ ambiguity and places

    def _disambiguate(self, span: Span, entry: ActorEntry) -> ActorEntry | None:
        """The reading of an ambiguous name here (data/ambiguous.tsv); None when it names no actor."""
        for rule in self.matcher.lexicon.ambiguous.get(span.text, ()):
            if rule.rule == "given_name" and self._in_person_name(span, self.doc[span.end : span.end + 1]):
                return None
            if rule.rule == "surname" and self._in_person_name(span, self.doc[max(span.start - 1, 0) : span.start]):
                return None
            if rule.rule == "us_state" and self._us_state(span, rule):
                return ActorEntry("USA", "USA", None, "place", f"{span.text} (U.S. state)", rule.source)
        return entry

    def _in_person_name(self, span: Span, neighbour: Span) -> bool:
        """Is the name part of a person's name with `neighbour` ("Chad Johnson", "Michael Jordan")?"""
        if not len(neighbour) or neighbour.start == span.start:
            return False
        tok = neighbour[0]
        if tok.pos_ != "PROPN" or not tok.is_title or tok.i in self.by_token or self.agent_at(tok):
            return False
        first, last = min(tok.i, span.start), max(tok.i, span.end - 1)
        return any(e.start <= first and last < e.end for e in self._person_ents.values())

    def _us_state(self, span: Span, rule: Ambiguity) -> bool:
        country_cues = [c for r in self.matcher.lexicon.ambiguous.get(span.text, ()) if r.rule == "country"
                        for c in r.cues]  # fmt: skip
        if any(cue in self.text for cue in rule.cues) and not any(cue in self.text for cue in country_cues):
            return True
        before = [t.lower_ for t in self.doc[max(span.start - 2, 0) : span.start]]
        if before[-2:] == ["state", "of"]:
            return True
        if before[-1:] == [","] and span.start >= 2:
            prev = self.doc[span.start - 2]
            if prev.pos_ == "PROPN" and prev.i not in self.by_token:  # "Atlanta, Georgia"
                return True
        after = [t.lower_.replace("’", "'") for t in self.doc[span.end : span.end + 2]]
        if after[:1] == ["'s"]:
            after = after[1:]
        return bool(after) and after[0] in US_STATE_WORDS

    def is_place(self, head: Token) -> bool:
        """A country or capital named only as where something happened: "in Madrid",
        "off the coast of Norway" (a name with an agent, "in Russian custody", is not)."""
        hit = self.by_token.get(head.i)
        if hit is None:  # "a car bomb near the presidential palace", "a protest outside the embassy"
            return head.dep_ == "pobj" and head.head.lower_ in NEAR_PREPS and self.agent_at(head) is not None
        span, entry = hit
        head = span.root  # "United" in "the United States" is where "States" is
        seat_of_igo = entry.kind == "igo" and not span.text.isupper() and span.text != entry.name  # "in Brussels"
        if not seat_of_igo and (entry.kind != "country" or entry.agent not in (None, "GOV")):
            return False
        while head.dep_ == "conj" and head.head != head:
            head = head.head
        if head.dep_ == "dobj":  # "left Mali", "entered Gaza", "fleeing Dhaka"
            return head.head.lemma_.lower() in PLACE_VERBS
        if head.dep_ != "pobj":
            return False
        prep = head.head
        word, governor = prep.lower_, prep.head.lemma_.lower()
        if word in LOCATIVE_PREPS:
            return True
        if word in ("from", "to"):  # "returned home from Jordan", "a trip to Washington"
            return governor in MOTION_WORDS or (prep.head.dep_ == "advmod" and prep.head.head.lemma_ in MOTION_WORDS)
        if word == "of":  # "off the coast of Norway", "out of eastern Congo"
            return governor in PLACE_NOUNS or prep.head.lower_ == "out"
        return False

    # ------------------------------------------------------------------ phrases

    def phrase(self, head: Token) -> _Phrase:
        found = self._phrases.get(head.i)
        if found is None:
            found = self._phrases[head.i] = self._phrase(head)
        return found

    def _phrase(self, head: Token) -> _Phrase:
        tokens = [head]
        stack = [c for c in head.children if self._inside(c)]
        for child in head.children:
            if child.dep_ == "appos" and not self._listed(head, child) and not self._past_role(head, child):
                stack.extend([child, *[c for c in child.children if self._inside(c)]])
        while stack:
            tok = stack.pop()
            tokens.append(tok)
            if tok.n_lefts or tok.n_rights:
                stack.extend(c for c in tok.children if self._inside(c))
        tokens.sort(key=lambda t: t.i)
        # A misparsed coordination inside the phrase ("host [Tshisekedi and Rwandan President Paul
        # Kagame]"): what comes before the conjunction is another actor.
        # (and "[Minister Kim Yong-hyun] and [Secretary Lloyd Austin]", which it reads as one name whose
        # first part is a modifier of the second)
        lo = bisect_left(self._conjoined_sorted, tokens[0].i)
        hi = bisect_left(self._conjoined_sorted, head.i)
        cut = None
        if lo < hi:  # a conjunction inside the phrase's reach: rare, so only then look closer
            inside = {t.i for t in tokens}
            cut = max(
                (i for i in self._conjoined_sorted[lo:hi] if (t := self.doc[i]) is not None and (
                    (i in inside and (t.pos_ == "CCONJ" or self._coordinated_apart(t)))
                    or (t.pos_ == "CCONJ" and t.head.dep_ == "nmod" and t.head.ent_type_ == "PERSON"))),
                default=None,
            )  # fmt: skip
        if cut is not None:
            tokens = [t for t in tokens if t.i > cut]
        return _Phrase(head, tokens)

    def _coordinated_apart(self, tok: Token) -> bool:
        """A modifier coordinated with something other than a country name: a separate actor."""
        conj = [c for c in tok.children if c.dep_ == "conj"]
        return any(c.dep_ == "cc" for c in tok.children) and not all(c.i in self.by_token for c in conj)

    def _past_role(self, head: Token, appos: Token) -> bool:
        """ "The junta leader, a former French Foreign Legion soldier": an office named by its own
        agent noun, and an appositive that tells what its holder once was (not whose he is now)."""
        if head.pos_ == "PROPN" or self.agent_at(head) is None:
            return False  # "Kim Hong-kyun, South Korea's former ambassador": the name needs it
        return any(c.dep_ == "amod" and c.lower_ in ("former", "ex", "onetime", "one-time") for c in appos.children)

    def _listed(self, head: Token, appos: Token) -> bool:
        """An "appositive" that is the next item of a list: "Türkiye, the European Union and ..."."""
        return (head.i in self.by_token and appos.i in self.by_token) or any(
            c.dep_ in ("conj", "cc") for c in appos.children
        )

    @staticmethod
    def _inside(tok: Token) -> bool:
        if tok.dep_ == "prep":  # not "of protecting mining companies" (what someone is accused of)
            return tok.lower_ in PHRASE_PREPS and not any(c.dep_ == "pcomp" for c in tok.children)
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "aux") for c in tok.children):
            return False  # a clause misparsed as a modifier: "[X's air force has since bombed] ... rights groups"
        return tok.dep_ not in OUTSIDE

    def agent_at(self, tok: Token) -> AgentNoun | None:
        if tok.i not in self._agents:
            self._agents[tok.i] = self._agent_at(tok)
        return self._agents[tok.i]

    def _agent_at(self, tok: Token) -> AgentNoun | None:
        noun = self._agent_noun(tok)
        if noun is not None and noun.words in RANKS and tok.dep_ == "compound" and tok.head.ent_type_ != "PERSON":
            return None  # "the General Confederation of Labour": a name, not a general
        if (
            noun is not None
            and noun.words[-1] in COMPANY_SUFFIXES
            and not (tok.text[0].isupper() and tok.i > 0 and self.doc[tok.i - 1].pos_ == "PROPN")
        ):
            return None  # "Tokyo Electric Power Co", not the "co" of "co-chair"
        return noun

    def _agent_noun(self, tok: Token) -> AgentNoun | None:
        by_last = self.matcher.agents.by_last
        word, lemma = tok.lower_, tok.lemma_.lower()
        if "’" in word:  # "chargé d’affaires"
            word, lemma = word.replace("’", "'"), lemma.replace("’", "'")
        # Capitalised plurals ("Rebels attacked") keep their -s as PROPN lemmas.
        keys = [lemma] if lemma in by_last else []
        if word != lemma and word in by_last:
            keys.append(word)
        if word.endswith("s"):
            for stem in (word[:-1], word[:-2] if word.endswith("es") else ""):
                if stem and stem in by_last and stem not in keys:
                    keys.append(stem)
        for key in keys:
            for noun in by_last[key]:  # longest first
                n = len(noun.words)
                if n == 1:
                    if noun.noun_only and tok.pos_ == "ADJ":
                        continue  # "a general strike"
                    return noun
                start = tok.i - n + 1
                if start < 0:
                    continue
                words = [t.lower_.replace("’", "'") for t in self.doc[start : tok.i]]
                if tuple(words) == noun.words[:-1]:
                    return noun
        return None

    def agent_span(self, tok: Token, noun: AgentNoun) -> tuple[int, int]:
        return tok.i - len(noun.words) + 1, tok.i

    # ------------------------------------------------------------------ resolution

    def actors(self, head: Token, places: bool = False) -> list[Actor]:
        """The actors a noun-phrase head names, one per coordinated conjunct; a name used
        as a place ("talks in Madrid") only with `places` (a pattern asked for that preposition)."""
        out: list[Actor] = []
        for tok in self.conjuncts(head):
            if not places and self.is_place(tok):
                continue
            for actor in self._members_of_pair(tok) or self.split_coordinated(tok, self.resolve(tok)) or self.pair(tok):
                if actor.code not in {a.code for a in out} and actor.start <= actor.end:
                    out.append(actor)
        if len(out) > 1 and out[-1].agent and out[-1].kind == "country":
            # "Kyrgyz and Tajik border guards": the bare demonyms share the last conjunct's noun
            agent = out[-1].agent
            out = [replace(a, code=f"{a.country}{agent}", agent=agent)
                   if a.kind == "country" and not a.agent and a.text in self.matcher.lexicon.demonyms else a
                   for a in out]  # fmt: skip
        return out

    def _members_of_pair(self, head: Token) -> list[Actor]:
        """ "Officials from the two governments", "delegations of both countries": the two sides,
        with the agent of the people named (officials -> GOV)."""
        noun = self.agent_at(head)
        if noun is None or any(c.i in self.by_token for c in head.subtree):
            return []
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                sides = self.pair(pobj)
                if sides:
                    span = {"text": self.doc_text[head.left_edge.idx : pobj.idx + len(pobj)],
                            "start": head.left_edge.idx, "end": pobj.idx + len(pobj)}  # fmt: skip
                    return [replace(a, code=f"{a.country}{noun.agent}", agent=noun.agent, **span) if a.country else a
                            for a in sides]  # fmt: skip
        return []

    def pair(self, head: Token) -> list[Actor]:
        """ "Both sides", "the two countries", "the two leaders", "both": the last two actors the
        story named (with the agent of the noun: "the two leaders" of Japan and Korea -> JPNGOV,
        KORGOV). Events use it; it is no mention of its own."""
        words = {c.lower_ for c in head.children if c.dep_ in ("det", "nummod", "predet", "amod", "preconj")}
        noun = head.lemma_.lower()
        many = {"three": 3, "four": 4, "five": 5}  # "accused the three governments": the last three named
        n = next((many[w] for w in words if w in many), 2)
        their = head.tag_ in PLURAL_TAGS and any(c.dep_ == "poss" and c.lower_ == "their" for c in head.children)
        if not (
            ((words & {"both", "two", "each", *many} or their) and noun in PAIR_NOUNS)  # "their countries"
            or (head.lower_ == "both" and head.pos_ == "PRON")
        ):
            return []
        agent = self.agent_at(head)
        keep = noun == "side"  # "the two sides": as the story named them (USAGOV and CHNGOV)
        agent_code = agent.agent if agent is not None and noun not in ("side", "country", "nation", "party") else None
        found: list[Actor] = []
        si = self.sentence_of[head.i]
        verb = head
        while verb.dep_ not in ("ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj") and verb.head.i != verb.i:
            verb = verb.head
        clause = {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS for c in c.subtree}  # "The US urged both"
        if verb.dep_ == "relcl":  # "Malaysia, which chairs ASEAN, called on both sides"
            clause |= {t.i for t in self.phrase(verb.head).tokens} | {verb.head.i}
        seen: set[int] = set(clause)
        span = {"text": head.text, "start": head.idx, "end": head.idx + len(head)}
        main = self.main_pair({self.by_token[i][1].country or self.by_token[i][1].code for i in clause
                                if i in self.by_token})  # fmt: skip
        if main and n == 2:
            return [
                replace(a, code=a.code if a.kind in ("igo", "group") else f"{a.country}{agent_code or ''}",
                        agent=a.agent if not a.country else agent_code, resolved_by="context", **span)
                for a in main
            ]  # fmt: skip
        for i in range(head.i - 1, -1, -1):
            if si - self.sentence_of[i] > PAIR_SENTENCES:
                break
            hit = self.by_token.get(i)
            if (
                hit is None
                or hit[0].start in seen
                or i in clause
                or hit[1].kind == "place"
                or self.is_place(self.doc[i])
            ):
                continue
            seen.add(hit[0].start)
            local = self.resolve_local(hit[0].root)
            if local is None or (local.country is None and local.kind not in ("igo", "group")):
                continue
            code = local.code if local.kind in ("igo", "group") or keep else f"{local.country}{agent_code or ''}"
            if any(a.code[:3] == code[:3] for a in found):
                continue
            name = self.matcher.lexicon.countries.get(local.country or "", local.name)
            agent = local.agent if keep or not local.country else agent_code
            found.append(replace(local, code=code, agent=agent, name=name, resolved_by="context", **span))
            if len(found) == n:
                return found[::-1]
        return []

    def main_pair(self, exclude: set[str]) -> list[Actor]:
        """The two sides the story is about: the two countries (or groups) it names most, when
        both are named at least twice and a third trails them ("both sides", "the two governments")."""
        counts: Counter[str] = Counter()
        first: dict[str, ActorEntry] = {}
        for span, entry in {hit[0].start: hit for hit in self.by_token.values()}.values():
            if entry.kind == "place" or self.is_place(span.root):
                continue
            key = entry.country or entry.code
            if key in exclude:
                continue
            counts[key] += 1
            first.setdefault(key, entry)
        top = counts.most_common(3)
        if len(top) < 2 or top[1][1] < 2 or (len(top) == 3 and top[2][1] == top[1][1]):
            return []
        out = []
        for key, _ in top[:2]:
            entry = first[key]
            name = self.matcher.lexicon.countries.get(entry.country or "", entry.name)
            code = key if entry.country else entry.code
            kind = "country" if entry.country else entry.kind
            out.append(Actor(code, entry.country, None if entry.country else entry.agent, name, "", 0, 0, kind))
        return out

    def civilians(self, head: Token) -> list[Actor]:
        """ "killed 14 people", "detained 40 people": civilians of the story's country (for events
        only: "people" is no mention of its own)."""
        inner = self._counted(head)
        if inner is not None and inner.i != head.i:
            head = inner  # "hundreds of people"
        lemma = head.lemma_.lower()
        counted = head.lower_ in ("thousands", "hundreds", "dozens", "scores") and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in head.children
        )
        if lemma not in ("people", "person", "man", "woman", "boy", "girl", "individual") and not counted:
            return []  # "thousands rallied", "killed dozens" count people; "thousands of tonnes" do not
        country = self._country_in_sentence(head) or self.home_country()
        if country is None:
            return []
        name = self.matcher.lexicon.countries.get(country, country)
        return [Actor(f"{country}CVL", country, "CVL", name, head.text, head.idx, head.idx + len(head), "country",
                      resolved_by="context")]  # fmt: skip

    @staticmethod
    def _counted(head: Token) -> Token | None:
        """What a quantity counts: "thousands of protesters" -> protesters."""
        if head.lemma_.lower() not in QUANTITY_WORDS and not (head.pos_ == "NUM" and head.dep_ in SUBJECT_DEPS):
            return None  # "thousands of protesters", "40 of its members"
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return DocActors._counted(pobj) or pobj
        return None

    def _in_hyphenated_word(self, tok: Token) -> bool:
        """ "military-to-military", "student-led": a common word glued to others by hyphens (not
        a name such as "Kim Hong-kyun")."""
        if tok.pos_ == "PROPN" or tok.i in self.by_token:
            return False
        doc = self.doc
        before = tok.i > 1 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_
        after = tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_
        if before:  # "vice-president", "ex-minister", "commander-in-chief": still the agent
            first = tok.i - 2
            while first > 1 and doc[first - 1].text == "-" and not doc[first - 2].whitespace_:
                first -= 2
            if doc[first].lower_ in TITLE_PREFIXES or self.agent_at(doc[first]):
                return False
        if after and not before and self.agent_at(tok):
            return False  # "commander-in-chief"
        return (before and doc[tok.i - 2].pos_ != "PROPN") or after

    def split_coordinated(self, head: Token, actor: Actor | None) -> list[Actor]:
        """One actor per coordinated country in front of an agent noun: "Indian and Chinese
        troops" -> INDMIL ("Indian") and CHNMIL ("Chinese troops")."""
        if actor is None:
            return []
        if not actor.agent or actor.kind != "country" or actor.country is None:
            return [actor]
        for mod in head.children:
            hit = self.by_token.get(mod.i)
            if mod.dep_ not in MODIFIER_DEPS or hit is None or hit[1].country != actor.country:
                continue
            others = [self.by_token.get(c.i) for c in self.conjuncts(mod)[1:]]
            others = [o for o in others if o is not None and o[1].kind == "country" and o[1].country]
            if not others:
                continue
            first_end = hit[0].end_char
            out = [replace(actor, text=self.doc_text[actor.start : first_end], end=first_end)]
            for n, (span, entry) in enumerate(others, 1):
                country = entry.country or ""
                end = actor.end if n == len(others) else span.end_char  # the last one holds the noun
                out.append(
                    replace(actor, code=f"{country}{actor.agent}", country=country, start=span.start_char, end=end,
                            text=self.doc_text[span.start_char : end],
                            name=self.matcher.lexicon.countries.get(country, entry.name))
                )  # fmt: skip
            return out
        return [actor]

    @staticmethod
    def conjuncts(head: Token) -> list[Token]:
        found = [head]
        stack = [c for c in head.children if c.dep_ == "conj"]
        # "Mali, Burkina Faso and Niger": the small model often reads the second name as an appositive
        stack += [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and head.pos_ == "PROPN"
                  and any(g.dep_ in ("cc", "conj") for g in c.children)]  # fmt: skip
        while stack:
            tok = stack.pop(0)
            found.append(tok)
            stack.extend(c for c in tok.children if c.dep_ == "conj")
        return found

    def resolve(self, head: Token) -> Actor | None:
        if head.i in self._cache:
            return self._cache[head.i]
        if head.i in self._resolving:  # context that leads back to itself: the words alone decide
            return self._resolve_phrase(head)
        self._resolving.add(head.i)
        try:
            return self._resolve_uncached(head)
        finally:
            self._resolving.discard(head.i)

    def _resolve_uncached(self, head: Token) -> Actor | None:
        if self._in_hyphenated_word(head):
            self._cache[head.i] = None  # "military-to-military talks": part of a hyphenated word
            return None
        counted = self._counted(head)
        if counted is not None:  # "Thousands of French farmers", "Dozens of parents"
            actor = self.resolve(counted)
            if actor is not None and actor.kind == "country" and actor.agent is None and actor.country:
                actor = replace(actor, code=f"{actor.country}CVL", agent="CVL")  # "thousands of Slovaks": people
            if actor is not None:
                actor = replace(actor, text=self.doc_text[head.idx : actor.end], start=head.idx)
            self._cache[head.i] = actor
            return actor
        actor = self._from_org_noun(head) or self._from_realm_noun(head) or self._resolve_phrase(head)
        if actor is not None and actor.code == "UN" and head.lemma_.lower() in UN_BODY_NOUNS:
            actor = self._un_body(head, actor)  # "the UN agency" after "the World Food Programme"
        if actor is None and head.lemma_.lower() in ("neighbour", "neighbor"):
            actor = self._neighbour(head)  # "accused its neighbour of backing rebels"
        if (actor is None or actor.agent == "CVL") and head.lemma_.lower() in (
            "member",
            "supporter",
            "activist",
            "militant",
            "fighter",
            "follower",
            "loyalist",
        ):
            poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her")),
                        None)  # fmt: skip
            owner = self.resolve(poss) if poss is not None else None  # "40 of its members", "his supporters"
            backers = head.lemma_.lower() in ("supporter", "follower", "loyalist")
            if (
                owner is not None
                and (owner.kind in ("igo", "group") or owner.agent)
                and not (backers and owner.agent in ("GOV", "MIL", "POL", "JUD", "LEG"))
            ):  # the president's supporters are citizens, the opposition leader's the opposition
                actor = replace(owner, text=head.text, start=head.idx, end=head.idx + len(head), resolved_by="alias")
        if (
            actor is not None and actor.kind == "country" and actor.agent is None and actor.country
            and head.text in self.matcher.lexicon.demonyms and any(c.dep_ == "nummod" for c in head.children)
        ):  # fmt: skip
            actor = replace(actor, code=f"{actor.country}CVL", agent="CVL")  # "five Iranians": people
        if actor is not None and actor.kind != "person":
            actor = self._national_society(head, actor)
        if actor is not None and head.lemma_.lower() == "counterpart" and actor.country:
            actor = self._counterpart(head, actor)
        if actor is not None and actor.agent in ("EDU", "HLH", "LAB") and _ordinary_job(head):
            actor = replace(actor, code=f"{actor.country or ''}CVL", agent="CVL")
        if actor is not None and actor.kind == "person" and head.pos_ == "PROPN":
            actor = self._earlier_mention(head, actor) or actor
        if actor is not None and actor.resolved_by == "agent":
            actor = self._same_person(head, actor) or self._from_title(head, actor) or self._from_context(head, actor)
        elif actor is None and head.pos_ == "NOUN" and (named := self._named_in_apposition(head)) is not None:
            actor = named  # "His party, the SPLM-IO, accused ..."
        elif actor is None and head.pos_ == "PRON":
            actor = self._from_pronoun(head)
        elif actor is None and head.pos_ == "PROPN":
            actor = self._from_surname(head) or self._described_in_apposition(head)
        elif actor is None and head.pos_ == "NOUN" and head.text[:1].isupper():
            actor = self._from_surname(head)  # "“...,” Zapata said": a surname the parser took for a plural
        self._cache[head.i] = actor
        return actor

    def _described_in_apposition(self, head: Token) -> Actor | None:
        """A name we do not know, described by its appositive: "the Sabin Vaccine Institute, a US
        non-profit group" is a US NGO."""
        for appos in (c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
            if appos.left_edge.i == 0 or self.doc[appos.left_edge.i - 1].text != ",":
                continue
            described = self._resolve_phrase(appos)
            if described is not None and described.country and described.agent and described.kind == "country":
                first = self.doc[head.left_edge.i + (head.left_edge.dep_ == "det")]  # not "the"
                span = {"text": self.doc_text[first.idx : head.idx + len(head)], "start": first.idx}
                return replace(described, end=head.idx + len(head), resolved_by="alias", **span)
        return None

    def _named_in_apposition(self, head: Token) -> Actor | None:
        """A common noun that says nothing by itself, named by its appositive ("his party, the SPLM-IO")."""
        for appos in (c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
            if appos.left_edge.i == 0 or self.doc[appos.left_edge.i - 1].text != ",":
                continue  # "the Arctic island Washington has said it wants": a misread subject
            named = self.resolve(appos)
            if named is not None and named.kind in ("igo", "group", "country"):
                return replace(named, text=head.text, start=head.idx, end=head.idx + len(head), resolved_by="alias")
        return None

    def resolve_local(self, head: Token) -> Actor | None:
        """The actor a phrase names by itself, without document context."""
        return self._resolve_phrase(head)

    def _resolve_phrase(self, head: Token) -> Actor | None:
        if head.i not in self._local:
            self._local[head.i] = self._resolve_phrase_uncached(head)
        return self._local[head.i]

    def owner_of(self, head: Token) -> Actor | None:
        """Whose thing a non-actor phrase names, from its modifiers alone: "an Israeli army
        position" -> ISRMIL, "a Russian-owned tanker" -> RUSBUS (events use it for targets)."""
        if head.i in self.by_token or self.agent_at(head):
            return None
        actor = self._resolve_phrase_uncached(head, as_owner=True)
        if actor is None or actor.resolved_by != "lexicon":
            return None
        owned = any(t.lower_ == "owned" and t.i > 0 and self.doc[t.i - 1].text == "-" for t in head.subtree)
        if owned and actor.country and not actor.agent:
            return replace(actor, code=f"{actor.country}BUS", agent="BUS")
        if head.lemma_.lower() in MILITARY_PLACES and actor.country and not actor.agent:
            return replace(actor, code=f"{actor.country}MIL", agent="MIL")  # "Cambodian positions"
        return actor

    def _resolve_phrase_uncached(self, head: Token, as_owner: bool = False) -> Actor | None:
        phrase = self.phrase(head)
        if not any(t.i in self.by_token or t.pos_ == "PROPN" or self.agent_at(t) for t in phrase.tokens):
            return None  # no name, no agent noun, no proper noun: "the economy", "new sanctions"
        positions = {t.i for t in phrase.tokens}
        entries: list[tuple[Span, ActorEntry]] = []
        seen: set[int] = set()
        for tok in phrase.tokens:
            hit = self.by_token.get(tok.i)
            if hit and hit[0].start not in seen and hit[0].start in positions:
                seen.add(hit[0].start)
                entries.append(hit)
        entries = [(span, self._congress(span, e) if span.text == "Congress" else e) for span, e in entries]
        head_agent = self.agent_at(head)
        # The telling agent noun among the modifiers: not a weak one ("spokesman") when there is
        # another ("Coast Guard spokesman Jay Tarriela" -> MIL), else the nearest to the head.
        in_head = set(range(*self.agent_span(head, head_agent))) | {head.i} if head_agent else {head.i}
        mods = [(tok, n) for tok in phrase.tokens if tok.i not in in_head and tok.i not in self.by_token
                and (n := self.agent_at(tok)) is not None]  # fmt: skip
        mods = [(tok, n) for tok, n in mods if tok.i - len(n.words) + 1 not in in_head]
        if head_agent is None:  # "the Headquarters for the Treatment of Prisoners" is not prisoners
            # (but a body "of" its members is theirs: "the General Confederation of Labour")
            body_of = head.lemma_.lower() in BODY_NOUNS
            mods = [
                (tok, n) for tok, n in mods
                if not any(a.dep_ == "prep" and a.head.i == head.i and not (body_of and a.lower_ == "of")
                           for a in tok.ancestors)
            ]  # fmt: skip
        # a word inside a longer agent noun is not one of its own ("Deputy" in "Deputy Prime Minister")
        inside = {i for tok, n in mods for i in range(tok.i - len(n.words) + 1, tok.i)}
        mods = [(tok, n) for tok, n in mods if tok.i not in inside]
        # the owner of a body is who it is ("the army's media wing" is the army's)
        owner_first = head.lemma_.lower() in BODY_NOUNS
        mod_agent = min(  # an office beats a rank ("Energy Minister Prince Abdulaziz" is GOV, not ELI)
            mods,
            key=lambda m: (
                owner_first and m[0].dep_ != "poss" and m[0].head.lower_ != "of",  # the army's wing, union of X
                m[1].words in WEAK_HEADS, m[1].agent == "ELI",
                m[1].words in RANKS,  # "junta spokesman Colonel Amadou Abdramane" speaks for the junta
                abs(m[0].i - head.i),
            ),
            default=None,
        )  # fmt: skip
        # "a Cook Islands-flagged vessel": a hyphenated name describes, it does not own.
        entries = [(span, e) for span, e in entries if not self._hyphen_after(span.end)]
        if head.lemma_.lower() == "party":  # "the opposition Congress party" is no legislature
            entries = [(span, e) for span, e in entries
                       if e.kind != "country" or e.agent != "LEG" or span.start <= head.i < span.end]  # fmt: skip
        # A place is no actor, but with an agent it gives its country ("Niger Delta militants").
        has_agent = bool(head_agent or mod_agent)
        entries = [
            (span, replace(e, code=e.country, kind="country") if e.kind == "place" else e)
            for span, e in entries
            if e.kind != "place" or (e.country and has_agent)
        ]
        person = self._person(phrase)
        head_is_person = person is not None and person.start <= head.i < person.end
        named_by_compound = (head.lemma_.lower() in MEMBER_NOUNS or head.lemma_.lower() in ORG_NOUNS) and any(
            c.dep_ in ("compound", "amod", "poss") and c.i in self.by_token for c in head.children
        )  # "UN experts", "NATO allies", "EU member states" (not "a U.S. statute", "Houthi targets")
        # "Argentina's largest union confederation", "the farmers' association": a body of its members
        named_by_compound = named_by_compound or (
            head.lemma_.lower() in MEMBER_NOUNS
            and any(p.dep_ == "prep" and p.lower_ in ("of", "from") and any(
                o.dep_ == "pobj" and self.by_token.get(o.i, (None, None))[1] is not None
                and self.by_token[o.i][1].kind in ("igo", "group") for o in p.children) for p in head.children)
        )  # "election observers from the OSCE", "a team of UN investigators"  # fmt: skip
        named_by_compound = named_by_compound or (
            head.lemma_.lower() in BODY_NOUNS
            and mod_agent is not None
            and (
                mod_agent[0].head.i == head.i  # "the farmers' association"
                or (mod_agent[0].head.lower_ == "of" and mod_agent[0].head.head.i == head.i)  # "Association of X"
            )
        )
        # "Britain's opposition Conservatives", "the ruling Socialists": a party named by its members
        party_members = head.text[:1].isupper() and head.tag_ in PLURAL_TAGS and mod_agent is not None
        # "French mining group Eramet", "US carmaker Ford": a firm or body named after what it is
        titled_org = (
            head.pos_ == "PROPN" and mod_agent is not None and mod_agent[0].dep_ == "compound"
            and mod_agent[0].head.i == head.i and mod_agent[1].agent in ("BUS", "MED", "NGO", "EDU", "HLH")
        )  # fmt: skip
        is_actor = (
            head.i in self.by_token or head_agent or head_is_person or named_by_compound or party_members or titled_org
        )
        if not is_actor and not as_owner:
            return None  # "Russia's invasion", "the Chinese economy": not actors themselves
        if not entries and not head_agent and not mod_agent:
            return None
        # The entry nearest the head speaks for the phrase ("Kremlin spokesman" -> Kremlin).
        by_distance = sorted(entries, key=lambda e: abs(e[0].end - 1 - head.i))
        # "Trump's chief of staff" is not Trump: a person in the possessive gives only a country
        by_distance = [
            (span, replace(e, code=e.country, agent=None, kind="country", terms=()))
            if e.kind == "person" and e.country and span.end < len(self.doc) and self.doc[span.end].tag_ == "POS"
            and head.i not in range(span.start, span.end) else (span, e)
            for span, e in by_distance
        ]  # fmt: skip
        org = next((e for e in by_distance if e[1].kind != "country"), None)
        country_hit = next((e for e in by_distance if e[1].kind == "country"), None)
        agent, agent_tokens, noun = None, [], None
        owned_body = (
            mod_agent is not None
            and mod_agent[0].dep_ == "poss"
            and (owner_first or head.lemma_.lower() in OWNED_TITLES)
        )  # "the army's headquarters", "the company's president"
        if head_agent and not (mod_agent and (head_agent.words in WEAK_HEADS or owned_body)):
            noun, agent_tokens = head_agent, list(self.agent_span(head, head_agent))
        elif mod_agent:
            noun, agent_tokens = mod_agent[1], list(self.agent_span(*mod_agent))
        elif head_agent:
            noun, agent_tokens = head_agent, list(self.agent_span(head, head_agent))
        agent = noun.agent if noun else None
        if agent == "LEG" and mod_agent is not None and mod_agent[1].agent == "OPP":
            agent = "OPP"  # "opposition senators", "opposition deputies": the opposition's
        if not entries and noun is not None:
            if head.dep_ == "pobj" and head.head.lower_ == "as":
                return None  # "list it as a terrorist organisation", "served as foreign minister"
            if noun.agent == "MED" and self._audience(head):
                return None  # "told reporters", "spoke to journalists": an audience, not an actor
            if _several(phrase, set(range(agent_tokens[0], agent_tokens[-1] + 1))):
                return None  # "the two leaders", "allied leaders", "both sides": several actors
            owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children)  # "his office"
            if not noun.bare and not (mod_agent and head_agent) and person is None and not owned:
                if not (noun.agent in ("REB", "INS") and self._armed_group(head)):
                    return None  # "shared intelligence", "a drone": no actor without a country
            seat = self._seat_in(head)  # "the new government in Damascus"
            if seat is not None:
                entries, country_hit = [seat], seat
        spans = [head.i, *agent_tokens]
        kind, resolved_by = "country", "lexicon"
        head_entry = self.by_token.get(head.i, (None, None))[1]
        # The title written beside a known person beats the table's office for them: "NATO
        # Secretary-General Mark Rutte" is NATO whatever post the table gives Rutte that day.
        titled_person = None
        if org and org[1].kind == "person" and noun is not None:
            other = next((e for e in by_distance if e[1].kind in ("igo", "group")), None) or country_hit
            if other is not None and other[1].code != org[1].code and other[1].country != org[1].country:
                titled_person = org
                org, country_hit = (other, None) if other[1].kind != "country" else (None, other)
            elif org[1].agent == "ELI" and noun.agent != "ELI" and org[1].country:
                # "Chief Cabinet Secretary Yoshimasa Hayashi": out of the table's offices, in this one;
                # a former leader now "leader" of a bloc or party leads the opposition
                titled_person = org
                held = "OPP" if noun.words == ("leader",) else noun.agent
                org = (org[0], replace(org[1], code=f"{org[1].country}{held}", agent=held))
        if org and country_hit is not None and country_hit[0].start == org[0].end:
            country_hit = None  # "Amnesty International Kenya": the organisation's own branch
        if org and org[1].kind == "igo" and country_hit is not None and country_hit[0].start < org[0].start:
            # "the Philippine National Security Council", "Russia's UN envoy": the country's body
            org = None
            agent = agent or "GOV"
        if country_hit is not None and country_hit[1].agent and not titled_person:
            # "South Korea's Joint Chiefs of Staff": the country written, the body's agent
            plain = next((e for e in by_distance if e[1].kind == "country" and e[1].agent is None), None)
            if plain is not None and plain[1].country != country_hit[1].country:
                country_hit = (plain[0], replace(plain[1], agent=country_hit[1].agent))
        if org and noun is not None and (org[1].code, noun.words[-1]) in IGO_BODIES:
            # "EU economy commissioner Valdis Dombrovskis" sits in the Commission
            body = self.matcher.lexicon.names.get(IGO_BODIES[org[1].code, noun.words[-1]])
            if body is not None:
                org = (org[0], replace(org[1], code=body.code, name=body.name))
        if org and (not country_hit or head_entry is org[1] or org[1].kind in ("igo", "person")):
            span, entry = org
            code, country, kind = entry.code, entry.country, entry.kind
            agent = entry.agent if entry.kind in ("igo", "person") else (agent or entry.agent)
            name = entry.name
            spans += [span.start, span.end - 1]
        elif country_hit:
            span, entry = country_hit
            country = entry.country
            if entry.agent and noun is not None and noun.words in WEAK_HEADS and entry.agent != "GOV":
                agent = entry.agent  # "Rosatom chief", "Pentagon spokesman": the body's agent
            agent = agent or entry.agent
            if agent is None and head.lemma_.lower() in STATE_BODY_NOUNS and head.i not in self.by_token:
                agent = "GOV"
            code = f"{country}{agent or ''}"
            name = self.matcher.lexicon.countries.get(country or "", entry.name)
            spans += [span.start, span.end - 1]
        else:
            code, country, name, resolved_by, kind = agent or "", None, head.text, "agent", "group"
        if person is not None and noun is None and country and code == country and self._owned_by(person, entries):
            agent, code = "GOV", f"{country}GOV"  # "Japan's Katsunobu Kato", "Kazakhstan's Tokayev": an official
        if titled_person is not None:
            person = titled_person[0]
            kind = "person"
            name = titled_person[1].name
            spans += [person.start, person.end - 1]
        elif person:
            kind = "person"
            name = person.text
            spans += [person.start, person.end - 1]
        if mod_agent is not None:
            spans += list(self.agent_span(*mod_agent))  # "its coast guard vessels"
        if not code:
            return None
        former = [t.i for t in phrase.tokens if t.lower_ in FORMER_WORDS and t.i < head.i]
        if agent in FORMER_AGENTS and former:
            agent, code = "ELI", f"{country or ''}ELI"  # "a former minister": context adds the country
            spans += former
        # One mention for the whole phrase: "Hungarian Prime Minister Viktor Orban", "EU foreign
        # policy chief Josep Borrell" (the names inside it are not mentions of their own).
        for span, _ in entries:
            spans += [span.start, span.end - 1]
        start_tok, end_tok = self.doc[min(spans)], self.doc[max(spans)]
        return Actor(
            code=code,
            country=country,
            agent=agent,
            name=name,
            text=self.doc_text[start_tok.idx : end_tok.idx + len(end_tok)],
            start=start_tok.idx,
            end=end_tok.idx + len(end_tok),
            kind=kind,
            resolved_by=resolved_by,
        )

    @staticmethod
    def _audience(head: Token) -> bool:
        """Reporters spoken to: "told reporters", "briefed journalists", "spoke to reporters"."""
        if head.dep_ in ("dobj", "dative"):
            return head.head.lemma_ in ("tell", "brief")
        if head.dep_ == "pobj" and head.head.lower_ == "to":
            return head.head.head.lemma_ in ("speak", "talk", "say", "explain", "reply")
        return False

    def _congress(self, span: Span, entry: ActorEntry) -> ActorEntry:
        """ "Congress" is the US Congress unless the story is about a country with a congress of its
        own (Peru, Colombia, the Philippines) and the sentence says nothing American; "the
        Congress party" is a party of the story's country (India's)."""
        if span.text != "Congress" or entry.code != "USALEG":
            return entry
        home = self.home_country()
        if home in (None, "USA"):
            return entry
        sent = self.sentences[self.sentence_of[span.start]]
        if any(self.by_token.get(t.i, (None, None))[1] is not None and self.by_token[t.i][1].country == "USA"
               for t in sent if t.i != span.start):  # fmt: skip
            return entry
        name = f"{self.matcher.lexicon.countries.get(home, home)} Congress"
        if span.end < len(self.doc) and self.doc[span.end].lemma_.lower() == "party":
            return replace(entry, code=home, country=home, agent=None, name=name)
        return replace(entry, code=f"{home}LEG", country=home, name=name)

    def _owned_by(self, person: Span, entries: list[tuple[Span, ActorEntry]]) -> bool:
        """Is the person's country a possessive in front of the name ("Japan's Katsunobu Kato")?"""
        return any(
            span.end < len(self.doc) and self.doc[span.end].tag_ == "POS" and span.end < person.start + 1
            for span, e in entries
            if e.kind == "country"
        )

    def _seat_in(self, head: Token) -> tuple[Span, ActorEntry] | None:
        """The country or capital in "<agent> in <place>" ("the government in Damascus"; not
        "the embassy in Beijing", which is someone else's)."""
        if head.lemma_.lower() in POSTED_ABROAD:
            return None
        return next((hit for _prep, hit in self._countries_in(head)), None)

    def _countries_in(self, tok: Token):
        """The "in <country or capital>" phrases hung on `tok`: (the preposition, the name's hit)."""
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for pobj in prep.children:
                    hit = self.by_token.get(pobj.i)
                    if pobj.dep_ == "pobj" and hit is not None and hit[1].kind == "country":
                        yield prep, hit

    def _person(self, phrase: _Phrase) -> Span | None:
        """A person's name in the phrase: a PERSON entity, or a titled proper name
        ("Chancellor Olaf Scholz"), which the small model often tags as ORG."""
        head = phrase.head
        for tok in phrase.tokens:
            ent = self._person_ents.get(tok.i)
            if ent is not None and not any(i in self.by_token for i in range(ent.start, ent.end)):
                rest = self.doc[ent.end : head.i + 1]
                if ent.end <= head.i and all(t.pos_ == "PROPN" for t in rest):
                    return self.doc[ent.start : head.i + 1]  # "Prince Abdulaziz" + "bin Salman"
                return ent
        for appos in head.children:  # "India's national security adviser, Ajit Doval"
            if appos.dep_ == "appos" and appos.pos_ == "PROPN" and appos.i not in self.by_token:
                start = min(t.i for t in appos.subtree if t.pos_ == "PROPN" and t.i <= appos.i)
                if not any(i in self.by_token or self.agent_at(self.doc[i]) for i in range(start, appos.i + 1)):
                    return self.doc[start : appos.i + 1]
        if head.pos_ == "PROPN" and head.i not in self.by_token and not self.agent_at(head):
            # "Japan's Katsunobu Kato": a name of two or more words after a country's possessive
            start = head.i
            while start > 0 and self.doc[start - 1].pos_ == "PROPN" and self.doc[start - 1].dep_ == "compound":
                start -= 1
            before = self.doc[start - 1] if start > 0 else None
            named = all(t.ent_type_ in ("PERSON", "") for t in self.doc[start : head.i + 1])  # not "Independence Day"
            if (
                head.i > start
                and named
                and before is not None
                and before.tag_ == "POS"
                and before.head.i in self.by_token
            ):
                return self.doc[start : head.i + 1]
        if head.pos_ != "PROPN" or head.i in self.by_token or self.agent_at(head):
            return None
        start = head.i
        while start > 0:
            prev = self.doc[start - 1]
            if prev.pos_ != "PROPN" or prev.dep_ != "compound" or prev.i in self.by_token or self.agent_at(prev):
                break
            start -= 1
        titled = any(self.agent_at(t) for t in phrase.tokens if t.i < start)
        name = self.doc[start : head.i + 1]
        if len(name) == 1 and head.ent_type_ not in ("PERSON", ""):
            return None  # "the Official Gazette", "the Defence Council": a titled thing, not a person
        return name if titled else None

    # ------------------------------------------------------------------ mentions

    def _visited(self, tok: Token) -> bool:
        """ "Trump, who visited Riyadh": a place in the list of mentions (the visit event, 042,
        still has its host as target)."""
        hit = self.by_token.get(tok.i)
        root = hit[0].root if hit else tok
        return (
            hit is not None
            and hit[1].kind == "country"
            and root.dep_ == "dobj"
            and root.head.lemma_ in ("visit", "tour")
        )

    def _hyphenated(self, tok: Token) -> bool:
        """A name inside a hyphenated modifier is no mention of its own: "a Greek-operated
        carrier", "the Iran-backed group", "Chinese-owned apps", "the student-led uprising"."""
        hit = self.by_token.get(tok.i)
        end = hit[0].end if hit else tok.i + 1
        return end < len(self.doc) and self.doc[end].text == "-" and not self.doc[end - 1].whitespace_

    def _hyphen_after(self, end: int) -> bool:
        """A hyphen glued to the name, not in "Hamas-run", "Taliban-appointed" (which say whose)."""
        if end >= len(self.doc) or self.doc[end].text != "-" or self.doc[end - 1].whitespace_:
            return False
        return not (end + 1 < len(self.doc) and self.doc[end + 1].lower_ in HYPHENATED_OWNERS)

    def _modifies_a_thing(self, tok: Token) -> bool:
        """A name that only describes a thing ("the Chinese economy", "Russian oil", "the U.S. state
        of Georgia") is no actor; one that says who did a nominal event ("US sanctions",
        "Russia's invasion") is."""
        if tok.dep_ not in MODIFIER_DEPS:
            return False
        head = tok.head
        while head.dep_ in ("compound", "amod") and head.head.i != head.i and head.i in self.by_token:
            head = head.head  # "South Korean" -> the noun it modifies
        if head.i == tok.i or head.pos_ not in ("NOUN", "PROPN") or head.i in self.by_token:
            return False
        if head.lemma_.lower() in PLACE_NOUNS:
            return True  # "the U.S. state of Georgia", "the Chinese coast"
        return head.lemma_.lower() not in self.matcher.event_nouns and self._resolve_phrase(head) is None

    def mentions(self, doc_id: str) -> list[Mention]:
        """Every noun phrase in the document that names an actor, and every lexicon name."""
        out: list[Mention] = []
        covered: set[int] = set()
        heads = self._heads
        found: list[tuple[Token, Actor]] = []
        for tok in [*heads, *(self.doc[i] for i in sorted(self.by_token))]:
            if tok.i in covered or (tok.pos_ == "PRON" and tok.dep_ not in SUBJECT_DEPS) or self.is_place(tok):
                continue
            if self._modifies_a_thing(tok) or self._hyphenated(tok) or self._visited(tok):
                continue
            for actor in self.split_coordinated(tok, self.resolve(tok)):
                if actor.start > actor.end:
                    continue  # a misparse gave words out of order: no mention rather than a wrong span
                span = self.doc.char_span(actor.start, actor.end, alignment_mode="expand")
                covered.update(t.i for t in span or [])
                if actor.resolved_by != "pronoun":  # "Department of Migrant Workers" is one actor
                    covered.update(t.i for t in self.phrase(tok).tokens)
                found.append((tok, actor))
        # "Georgia" inside "Georgia's governor" is part of one mention, not a second one; of two
        # readings of the same words, the one with an agent ("Russia" in "Russia and China's navies").
        found = [
            (tok, a)
            for n, (tok, a) in enumerate(found)
            if not any(_covers(b, a, m < n) for m, (_, b) in enumerate(found) if b.start <= a.start and a.end <= b.end)
        ]
        # A title and a name the parser split ("Rwandan President" + "Paul Kagame"): one mention.
        found.sort(key=lambda ta: ta[1].start)
        merged: list[tuple[Token, Actor]] = []
        for tok, actor in found:
            if (
                merged
                and merged[-1][1].code == actor.code
                and not self.doc_text[merged[-1][1].end : actor.start].strip()
            ):
                prev_tok, prev = merged[-1]
                keep = actor if actor.kind == "person" else prev
                merged[-1] = (prev_tok, replace(keep, start=prev.start, end=actor.end,
                                                text=self.doc_text[prev.start : actor.end]))  # fmt: skip
            else:
                merged.append((tok, actor))
        for tok, actor in merged:
            out.append(
                Mention(
                    doc_id=doc_id,
                    sentence_index=self.sentence_of[tok.i],
                    text=actor.text,
                    start=actor.start,
                    end=actor.end,
                    code=actor.code,
                    country=actor.country,
                    agent=actor.agent,
                    kind=actor.kind,
                    name=actor.name,
                    resolved_by=actor.resolved_by,
                )
            )
        return sorted(out, key=lambda m: m.start)


def _ordinary_job(head: Token) -> bool:
    """A named person described by an everyday job, not speaking from their workplace ("Thida
    Aung, a 34-year-old teacher" is a citizen; "a nurse at a treatment centre" a health worker)."""
    if head.pos_ != "PROPN":
        return False
    for desc in (c for c in head.children if c.dep_ == "appos"):
        if desc.lemma_.lower() in ORDINARY_JOBS:
            return not any(p.dep_ == "prep" and p.lower_ == "at" for p in desc.children)
    return False


def _several(phrase: _Phrase, agent_words: set[int]) -> bool:
    """Is an agent phrase with no country several actors ("the two leaders", "allied troops")?"""
    definite = any(t.dep_ == "det" and t.lower_ == "the" for t in phrase.tokens)
    return any(
        t.i not in agent_words
        and t.i < phrase.head.i
        and (t.lower_ in MANY_WORDS or (definite and t.lower_ in NUMBER_WORDS))
        and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-")  # "foreign-funded NGOs" are at home
        for t in phrase.tokens
    )


def _covers(b: Actor, a: Actor, b_first: bool) -> bool:
    """Does mention `b` make `a` redundant: it holds `a`'s words and is longer, or reads the same
    words with an agent, or is the same reading found first?"""
    if b is a or not (b.start <= a.start and a.end <= b.end):
        return False
    return b.end - b.start > a.end - a.start or bool(b.agent and not a.agent) or (b.agent == a.agent and b_first)
