"""Quotes in a parsed document: what was said, by whom, and the event the saying is.

Direct quotes are the words between matching marks, curly “ ” or straight ". A quote
belongs to the speech verb next to it, outside the marks, in the sentence the quote ends
or starts in ("“We will not negotiate under fire,” the president said.", "The minister
said: “...”", "“X,” she said, “Y.”"), or to "according to X"; a quote with no speech
verb near it continues the quote before it. Indirect quotes are the content clauses of
speech verbs ("said that the talks had failed", "The talks had failed, the ministry
said", "warned that ...", "urged Japan to resume talks") and what follows "according to
X,". The speaker is the verb's subject, resolved by the actor stage (so "she" and "the
minister" become the person named before).
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .model import Event, Quote, Speaker

# Verbs that introduce a direct quote.
SPEECH_VERBS = {
    "say", "tell", "add", "announce", "state", "declare", "insist", "argue", "claim", "warn", "urge", "deny",
    "write", "note", "stress", "explain", "reply", "respond", "ask", "recall", "acknowledge", "vow", "pledge",
    "promise", "accuse", "criticise", "criticize", "call", "describe", "tweet", "post", "conclude", "continue",
    "confirm", "report", "predict", "suggest", "admit", "emphasise", "emphasize", "reiterate", "assert",
    "maintain", "concede", "complain", "allege", "caution", "demand", "appeal", "plead", "quip", "retort",
    "observe", "remark", "question", "thank", "praise", "condemn", "threaten", "repeat", "charge",
}  # fmt: skip
# Verbs whose content clause is an indirect quote ("said that ...", "warned that ...").
CLAUSE_VERBS = {
    "say", "tell", "add", "announce", "state", "declare", "insist", "argue", "claim", "warn", "deny", "write",
    "note", "stress", "explain", "reply", "respond", "acknowledge", "confirm", "report", "predict", "suggest",
    "admit", "emphasise", "emphasize", "reiterate", "assert", "maintain", "concede", "complain", "allege",
    "caution", "vow", "pledge", "promise", "threaten", "tweet", "post", "repeat", "signal", "indicate", "hint",
}  # fmt: skip
APPEAL_VERBS = {"urge", "call", "appeal", "ask", "press", "implore", "encourage"}  # "urged X to do Y"
# What a speaker goes on to do after what they said: "said X and proposed Y" ends the quote at "and".
FOLLOW_ON_ACTS = {"propose", "offer", "demand", "accuse", "criticise", "criticize", "condemn", "praise", "thank"}
OPENING = {"“": "”", '"': '"'}
_TITLE_WORDS = {"a", "an", "the", "of", "in", "on", "and", "for", "to", "without", "with", "at", "by"}
PRONOUN_SENTENCES = 3  # "she said" looks this many sentences back for the person (a quote may fill two)
CONTINUATION_CHARS = 400  # a quote with no verb of its own continues one ending this close before it
# Documents that "say" things for whoever wrote them.
DOCUMENT_NOUNS = {
    "report", "readout", "statement", "estimate", "assessment", "communique", "communiqué", "letter", "filing",
    "document", "analysis", "survey", "study", "memo", "transcript", "notice", "declaration", "resolution",
}  # fmt: skip
# What the name of an unknown body says it is ("... Organization", "... University"); else a business.
BODY_NAME_AGENTS = (
    ("GOV", {"authority", "ministry", "agency", "commission"}),
    ("NGO", {"organization", "organisation", "foundation", "association", "institute", "network", "watch"}),
    ("EDU", {"university", "college", "school"}),
    ("MED", {"radio", "television", "tv", "news", "times", "post"}),
)
# A named person who did one of these is a refugee ("a widow who fled Aleppo in 2015").
FLIGHT_VERBS = {"flee", "escape", "cross"}
PERSON_TITLES = {
    "minister", "president", "spokesman", "spokeswoman", "spokesperson", "official", "chancellor", "premier",
    "ambassador", "envoy", "secretary", "commander", "general", "chief", "leader", "governor", "mayor", "king",
    "queen", "prince", "senator", "judge", "prosecutor", "director", "head", "diplomat", "negotiator", "adviser",
    "advisor", "lawmaker", "commissioner", "ombudsman", "farmer", "refugee", "nurse", "doctor", "resident",
    "student", "activist", "worker", "officer", "candidate", "vendor", "fisherman", "teacher", "mother", "father",
    "welder", "electrician", "carpenter", "plumber", "baker", "labourer", "laborer", "builder",
    "cleaner", "chef", "cashier", "tailor", "bookkeeper", "accountant", "clerk",
    "widow", "widower", "grandmother", "grandfather", "shopkeeper", "driver", "engineer", "trader", "pensioner",
    "villager", "survivor", "woman", "man", "owner", "lawyer", "miner", "deckhand", "sailor", "pilot",
    "journalist", "reporter", "priest", "imam", "pastor", "analyst", "economist", "researcher", "professor",
    "waitress", "waiter", "cook", "mechanic", "midwife", "volunteer", "returnee", "migrant",
}  # fmt: skip


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # char offsets of the quoted words, marks excluded
    end: int
    kind: str  # direct | indirect
    speaker: Token | None  # the head of the phrase that names who spoke
    cue: Token | None  # the speech verb ("said") or "according"


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Char spans inside matching quotation marks, curly or straight, paragraph by paragraph:
    a quote still open at the end of a paragraph runs to its end (and reopens in the next)."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for paragraph in text.split("\n"):
        opened: int | None = None
        closer = ""
        for i, ch in enumerate(paragraph):
            if opened is None and ch in OPENING:
                opened, closer = i, OPENING[ch]
            elif opened is not None and ch == closer:
                if i - opened > 1:
                    spans.append((offset + opened + 1, offset + i))
                opened = None
            elif opened is not None and ch == "“" and closer == "”":
                opened = i  # a new quote opens before the last one closed
        if opened is not None and len(paragraph) - opened > 1:
            end = len(paragraph.rstrip())
            if end - opened > 1:
                spans.append((offset + opened + 1, offset + end))
        offset += len(paragraph) + 1
    return spans


def _is_speech(words: str) -> bool:
    """Scare quotes and titles ("a so-called “special operation”", the tanker “Eagle S”) are not
    quotes: a quote is a few words, or a short sentence of its own (“No,” he said)."""
    words = words.strip()
    if not words:
        return False
    tokens = words.split()
    title = all(t[:1].isupper() or t.lower() in _TITLE_WORDS for t in tokens) and words[-1] not in ",.!?"
    return not title and (len(tokens) >= 4 or words[-1] in ",.!?")


def find_quotes(
    doc: Doc, sents: list[Span] | None = None, words: list[Token] | None = None, text: str | None = None
) -> list[QuoteSpan]:
    """Direct quotes, then indirect ones outside them, in document order (`sents`: the
    document's sentences, `words` its verbs and nouns, `text` its text, when the caller has
    them already: Doc.text joins every token on each call)."""
    sents = sents if sents is not None else list(doc.sents)
    direct: list[QuoteSpan] = []
    text = text if text is not None else doc.text
    marks = quote_spans(text)
    for start, end in marks:
        if not _is_speech(text[start:end]):
            continue
        cue = _speech_verb(text, sents, marks, start, end)
        speaker = _speaker_of(cue)
        if cue is None and direct and start - direct[-1].end <= CONTINUATION_CHARS:
            cue, speaker = direct[-1].cue, direct[-1].speaker  # the quote goes on
        direct.append(QuoteSpan(start, end, "direct", speaker, cue))
    indirect = [q for q in _indirect(doc, direct, words) if not _overlaps(q, direct)]
    return sorted(direct + indirect, key=lambda q: q.start)


def _overlaps(q: QuoteSpan, others: list[QuoteSpan]) -> bool:
    return any(o.start < q.end and q.start < o.end for o in others)


def _inside_any(tok: Token, spans: list[tuple[int, int]]) -> bool:
    return any(a - 1 <= tok.idx < b + 1 for a, b in spans)


def _speech_verb(text: str, sents: list[Span], quotes: list[tuple[int, int]], start: int, end: int) -> Token | None:
    """The speech verb (or "according") outside the quote: in the sentence the quote starts in
    ("“X,” she said, “Y.”", "According to an official, “...”"), else the one it ends in, else
    the sentence before when that one ends with a colon ("The minister said: “...”")."""
    starting = [s for s in sents if s.start_char <= start < s.end_char + 1]
    # (a sentence that only begins where the quote ends, after a paragraph break, is not its own)
    ending = [s for s in sents if s.start_char < end < s.end_char + 1 and s not in starting]
    groups = [starting, ending]
    first = starting[0] if starting else None
    if first is not None and first.start > 0:
        before = sents[next(i for i, s in enumerate(sents) if s.start == first.start) - 1]
        if before.text.rstrip().endswith(":") or text[max(0, start - 3) : start].strip().endswith(":"):
            groups.append([before])
    # "“Where will we go?” she said.": the parser may end the sentence inside the marks
    after = [s for s in sents if end < s.start_char <= end + 3 and not text[end : s.start_char].strip(' ”"\n')]
    if after and len(after[0]) <= 8 and text[:end].rstrip()[-1:] in ("?", "!", "."):
        groups.append(after[:1])
    for group in groups:
        candidates = [t for sent in group for t in sent if _is_cue(t) and not _inside_any(t, quotes)]
        if candidates:
            return min(candidates, key=lambda t: _cue_rank(t, start, end))
    return None


def _cue_rank(tok: Token, start: int, end: int) -> tuple[int, int]:
    """Nearest first, but a verb with a speaker of its own before one without, and the main
    "said" of a sentence before a verb inside the reported clause ("said the coast guard had
    acted “in a restrained manner” and urged ...")."""
    distance = min(abs(tok.idx - end), abs(tok.idx - start))
    penalty = 0 if _speaker_of(tok) is not None else 200
    if any(a.lemma_.lower() in SPEECH_VERBS and a.dep_ != "conj" for a in tok.ancestors):
        penalty += 100  # a verb inside someone else's reported speech
    return penalty + distance, tok.i


def _is_cue(tok: Token) -> bool:
    if tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ in ("VERB", "AUX"):
        return True
    return tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children)


def _speaker_of(cue: Token | None) -> Token | None:
    if cue is None:
        return None
    if cue.lower_ == "according":
        return next((p for c in cue.children if c.lower_ == "to" for p in c.children if p.dep_ == "pobj"), None)
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("which", "who", "that") and cue.dep_ == "relcl":
        subject = cue.head  # "The United States, which argued that ..."
    if subject is None:
        for agent in (c for c in cue.children if c.dep_ == "agent"):
            subject = next((p for p in agent.children if p.dep_ == "pobj"), None)
    if subject is None and cue.dep_ in ("conj", "advcl", "xcomp"):
        return _speaker_of(cue.head) if cue.head.pos_ in ("VERB", "AUX") else None
    return subject


def _indirect(doc: Doc, direct: list[QuoteSpan], words: list[Token] | None = None) -> list[QuoteSpan]:
    spans = [(q.start, q.end) for q in direct]
    out: list[QuoteSpan] = []
    for tok in words if words is not None else doc:
        lemma = tok.lemma_.lower()
        if lemma not in CLAUSE_VERBS and lemma not in APPEAL_VERBS and tok.lower_ != "according":
            continue
        if tok.pos_ not in ("VERB", "AUX") or _inside_any(tok, spans):
            continue
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
            continue  # "the talks were said to be productive"
        nested = tok.dep_ == "ccomp" and tok.head.lemma_.lower() in CLAUSE_VERBS and not _reports(tok)
        if lemma in CLAUSE_VERBS and not nested:  # "said Trudeau had confirmed what ...": one quote, said's
            for clause in (c for c in tok.children if c.dep_ == "ccomp" and not _reports(c)):
                # "said X and that Y": two things said, two quotes
                second = [c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                          and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]  # fmt: skip
                for part, cut in ((clause, second[0] if second else None), *((c, None) for c in second[:1])):
                    span = _clause_span(part, skip=cut)
                    if span is not None:
                        out.append(QuoteSpan(*span, "indirect", _speaker_of(tok), tok))
        if lemma in APPEAL_VERBS:
            # "urged Japan to resume talks": what was asked, "Japan to resume talks"
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
            comp = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > tok.i), None)
            if obj is not None and comp is not None and any(a.lower_ == "to" for a in comp.children):
                span = _clause_span(comp, first=obj)
                if span is not None:
                    out.append(QuoteSpan(*span, "indirect", _speaker_of(tok), tok))
        if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            clause = tok.head if tok.head.pos_ in ("VERB", "AUX") else None
            if clause is not None and not _inside_any(clause, spans):
                span = _clause_span(clause, skip=tok)
                if span is not None:
                    out.append(QuoteSpan(*span, "indirect", _speaker_of(tok), tok))
    return out


def _reports(clause: Token) -> bool:
    """A clause that is itself a report ("said Beijing insisted that ..."): its own quote is the one
    (not "said Trudeau had confirmed what many Sikhs had suspected": no report, a free relative)."""
    return clause.lemma_.lower() in CLAUSE_VERBS and any(
        c.dep_ == "ccomp" and c.left_edge.tag_ not in ("WP", "WDT", "WRB") for c in clause.children
    )


def _clause_span(clause: Token, first: Token | None = None, skip: Token | None = None) -> tuple[int, int] | None:
    """The words of a content clause: without its "that", its trailing punctuation, an
    "according to X," inside it, or a speech verb's attribution after it."""
    skipped = {t.i for t in skip.subtree} if skip is not None else set()
    tokens = [
        t for t in clause.subtree
        if t.i not in skipped and not (t.dep_ == "mark" and t.head.i == clause.i and t.lower_ in ("that", "whether"))
    ]  # fmt: skip
    if first is not None:
        tokens = [t for t in first.subtree] + [t for t in tokens if t.i > first.i]
    tokens = [t for t in tokens if not (t.dep_ in ("ccomp", "parataxis") and t.head.i == clause.i and t.i > clause.i
                                         and t.lemma_.lower() in CLAUSE_VERBS)]  # fmt: skip
    tokens.sort(key=lambda t: t.i)
    tokens = _trim(tokens, clause)
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "cc"):
        tokens.pop()
    if len(tokens) < 3:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _trim(tokens: list[Token], clause: Token) -> list[Token]:
    """Where the reported words end: before ", while <someone> said ...", before ", a day after
    <narration>", before "and <the speaker's next act>" ("said X and urged Y", "and that Y")."""
    for n, tok in enumerate(tokens):
        if n == 0:
            continue
        word = tok.lower_
        prev = tokens[n - 1]
        if word == "while" and prev.text == "," and tok.dep_ == "mark":
            return tokens[: n - 1]
        if prev.text == "," and any(t.lower_ in ("after", "before") for t in tokens[n : n + 4]) \
                and word in ("a", "an", "one", "two", "three", "hours", "days", "weeks", "minutes"):  # fmt: skip
            return tokens[: n - 1]
        if tok.dep_ == "cc" and n + 1 < len(tokens):
            nxt = tokens[n + 1]
            acts = nxt.lemma_.lower() in CLAUSE_VERBS | APPEAL_VERBS | FOLLOW_ON_ACTS
            if (
                nxt.dep_ == "conj"
                and nxt.pos_ == "VERB"
                and acts
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children)
            ):
                return tokens[:n]  # "the city would give 50 million euros and proposed a conference"
    return tokens


def inside(quotes: list[QuoteSpan], tok: Token) -> QuoteSpan | None:
    """The direct quote a token lies in, if any."""
    for q in quotes:
        if q.kind == "direct" and q.start <= tok.idx < q.end:
            return q
    return None


def _body_before(pronoun: Token, actors) -> Token | None:
    """The body "it" continues when the sentence before was about one the lexicons do not know
    ("The World Sikh Organization of Canada said ... It urged"): that sentence's subject."""
    si = actors.sentence_of[pronoun.i]
    if si == 0:
        return None
    for tok in actors.sentences[si - 1]:
        if tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT":
            return tok if _named_body(tok) and actors.resolve(tok) is None else None
    return None


REPORTED_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl"}  # clauses inside another one


def _person_before(pronoun: Token, sents: list[Span]) -> Token | None:
    """The person "he" or "she" continues: the nearest subject before it, in its sentence or the
    few before, that names one person (a name, "the minister", "a 38-year-old shopkeeper")."""
    doc = pronoun.doc
    starts = [s.start for s in sents]
    si = bisect_right(starts, pronoun.i) - 1
    first_sentence = sents[max(si - PRONOUN_SENTENCES, 0)].start
    nearest = None
    for i in range(pronoun.i - 1, first_sentence - 1, -1):
        tok = doc[i]
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ != "PRON" and _is_person(tok):
            if tok.head.dep_ not in REPORTED_DEPS or bisect_right(starts, tok.i) - 1 == si:
                return tok  # the one who said, not the one they spoke about
            nearest = nearest or tok  # "Tsikhanouskaya said [Protasevich] could face ... She urged"
    return nearest


def _is_person(tok: Token | None) -> bool:
    """Does the speaker's phrase name one person (a name, a title, "he")?"""
    if tok is None:
        return False
    if tok.pos_ == "PRON":
        return tok.lower_ in ("he", "she")
    return _named_person(tok) or tok.tag_ == "NN" and tok.lemma_.lower() in PERSON_TITLES


def _named_person(tok: Token) -> bool:
    """A person's name: what the tagger calls one, or a proper name described as a person
    ("Marie-Ange Pierre, a street vendor", "Claudine Uwase is a nurse": the tagger may miss them)."""
    if tok.ent_type_ == "PERSON":
        return True
    if tok.pos_ != "PROPN":
        return False
    titled = any(c.dep_ == "compound" and c.lemma_.lower() in PERSON_TITLES for c in tok.children)  # "General X"
    return titled or any(d.lemma_.lower() in PERSON_TITLES for d in _descriptions(tok))


def _person_speaker(doc: Doc, head: Token, actors) -> Speaker:
    """A speaker the actor stage does not know: a named person with no office ("Marie-Ange Pierre,
    a market vendor") speaks as a civilian of the story's country; anything else stays uncoded."""
    first = head.left_edge.i
    while first < head.i and doc[first].is_space:
        first += 1  # the blanked dateline
    phrase = doc[first : head.i + 1]
    code = ""
    if _named_person(head):
        # described here, or where the story first named them ("Conti, a ransomware gang based in Russia")
        head = next((t for t in doc[: head.i] if t.text == head.text and _descriptions(t)), head)
        described = [a for a in map(actors.resolve, _descriptions(head)) if a is not None and a.agent]
        written = [a for a in described if a.country and a.resolved_by == "lexicon"]
        agent = next((a.agent for a in described if a.kind != "igo"), None)
        placed = _country_in(head, actors) or _place_of_clause(head, actors)
        fled, origin = _fled(head, actors)
        if fled and not written:  # "Fatima Haj Ali, a widow who fled Aleppo": a refugee from there
            agent, placed = "REF", origin or actors.story_country()
        if written:  # "Um Ahmad, a Syrian refugee": the appositive says what and where from
            code = written[0].code
        elif placed:  # "Conti, a ransomware gang based in Russia"
            code = f"{placed}{agent or 'CVL'}"
        elif described and described[0].country:  # "X is a nurse": the story's nurse
            code = described[0].code
        elif actors.story_country():  # "Ana Ruiz said": a civilian of the story's country
            code = f"{actors.story_country()}{agent or 'CVL'}"
    elif _named_body(head) and actors.story_country():
        # "Tonga Cable said", "the World Sikh Organization of Canada said": a body the lexicons
        # do not know, of the country its name gives, else the story's, by what its name says it is
        words = {t.lower_ for t in head.subtree}
        agent = next((a for a, cues in BODY_NAME_AGENTS if words & cues), "BUS")
        named = [hit[1].country for t in head.subtree if (hit := actors.by_token.get(t.i)) and hit[1].country]
        code = f"{named[0] if named else actors.story_country()}{agent}"
    return Speaker(phrase.text, head.text if not code else phrase.text, code, phrase.start_char, phrase.end_char)


def _named_body(head: Token) -> bool:
    """A name of two or more capitalised words that is no person's ("Tonga Cable", "Naval Group")."""
    if head.pos_ != "PROPN" or head.ent_type_ == "PERSON":
        return False
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children)


def _speaker(actor) -> Speaker:
    """A speaker from the actor stage; a named person with a nationality and no office
    ("Ramon Dizon, a Filipino deckhand") speaks as a civilian of that country."""
    code = actor.code
    if actor.kind == "person" and not actor.agent and actor.country:
        code = f"{actor.country}CVL"
    return Speaker(actor.text, actor.name, code, actor.start, actor.end)


def _descriptions(head: Token) -> list[Token]:
    """What the text says a named speaker is: an appositive ("X, a nurse"), a copular attribute
    ("X is a nurse at a district hospital"), the object of a relative clause ("X, who led the
    government delegation")."""
    out = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "nsubj" and head.head.lemma_ == "be":
        out += [c for c in head.head.children if c.dep_ == "attr"]
    for clause in (c for c in head.children if c.dep_ == "relcl"):
        out += [c for c in clause.children if c.dep_ in ("dobj", "attr")]
    return out


def _country_in(head: Token, actors) -> str | None:
    """A country the speaker's description places them in: "a gang based in Russia"."""
    for desc in _descriptions(head):
        for tok in desc.subtree:
            hit = actors.by_token.get(tok.i)
            if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "from") and hit is not None and hit[1].country:
                return hit[1].country
    return None


def _fled(head: Token, actors) -> tuple[bool, str | None]:
    """Did the text say the person fled ("a widow who fled Aleppo", "X crossed into Rwanda after
    walking for six hours")? And from which country, when it names the place left."""
    owners = [head, *(c for c in head.children if c.dep_ == "appos")]  # "X, a widow who fled Aleppo"
    verbs = [v for o in owners for c in o.children if c.dep_ in ("relcl", "acl") for v in (c, *c.children)
             if v.pos_ == "VERB"]  # fmt: skip
    if head.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(head.head)
    for verb in verbs:
        if verb.lemma_.lower() not in FLIGHT_VERBS:
            continue
        for obj in (o for o in verb.subtree if o.dep_ in ("dobj", "pobj") and o.i in actors.by_token):
            if obj.dep_ == "dobj" or obj.head.lower_ == "from":
                return True, actors.by_token[obj.i][1].country
        return True, None
    return False, None


def _place_of_clause(head: Token, actors) -> str | None:
    """The country of a place in the clause that introduces a named person: "Oleh Kovalenko grows
    wheat near Odesa" is Ukrainian, whatever the dateline says."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for tok in head.head.subtree:
        hit = actors.by_token.get(tok.i)
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ in ("in", "near", "from", "outside")
            and hit is not None
            and hit[1].country
            and hit[1].kind in ("place", "country")
        ):
            return hit[1].country
    return None


def _author(doc: Doc, head: Token, actors) -> Speaker | None:
    """Who wrote the document that speaks: "a UN report" -> UN, "a Chinese readout" -> CHNGOV,
    "the agency's latest report" -> the agency named before."""
    if head.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    for child in head.children:
        if child.dep_ not in ("poss", "compound", "amod", "nmod"):
            continue
        found = actors.resolve(child)
        if found is None:
            continue
        code = f"{found.code}GOV" if found.kind == "country" and not found.agent else found.code
        first = head.left_edge.i
        while first < head.i and doc[first].is_space:
            first += 1  # the blanked dateline
        phrase = doc[first : head.i + 1]
        return Speaker(phrase.text, found.name, code, phrase.start_char, phrase.end_char)
    return None


def quote_id(doc_id: str, start: int, end: int, kind: str) -> str:
    return hashlib.sha256(f"{doc_id}|{start}|{end}|{kind}".encode()).hexdigest()[:16]


def build_quotes(doc: Doc, doc_id: str, text: str, spans: list[QuoteSpan], actors, events: list[Event]) -> list[Quote]:
    """Quotes in the output contract's shape: the speaker resolved to an actor, the speech act
    linked to the event it is (its trigger is the cue and its source the speaker)."""
    sentence_of = {}
    for si, sent in enumerate(actors.sentences):
        sentence_of[sent.start_char] = si
    starts = sorted(sentence_of)
    out = []
    last: Speaker | None = None  # the latest person who spoke: who "she said" most likely is
    for q in spans:
        speaker = None
        if q.speaker is not None:
            pronoun = q.speaker.pos_ == "PRON" and q.speaker.lower_ in ("he", "she")
            antecedent = _person_before(q.speaker, actors.sentences) if pronoun else None
            if antecedent is not None:  # "Ko Thet Naing, a shopkeeper, lost his home. ... he said"
                found = actors.resolve(antecedent)
                prior = (_speaker(found) if found is not None
                         else _person_speaker(doc, antecedent, actors))  # fmt: skip
                fled, origin = _fled(antecedent, actors)
                if fled and prior.code.endswith("CVL"):  # "Esther Kahindo, a mother of four, crossed into Rwanda"
                    prior = replace(prior, code=f"{origin or prior.code[:-3]}REF")
                speaker = replace(prior, text=q.speaker.text, start=q.speaker.idx, end=q.speaker.idx + len(q.speaker))
            else:
                body = _body_before(q.speaker, actors) if q.speaker.lower_ == "it" else None
                actor = actors.resolve(q.speaker) if body is None else None
                if body is not None:  # "The World Sikh Organization of Canada said ... It urged"
                    prior = _person_speaker(doc, body, actors)
                    speaker = replace(prior, text=q.speaker.text, start=q.speaker.idx,
                                      end=q.speaker.idx + len(q.speaker))  # fmt: skip
                elif actor is not None:
                    speaker = _speaker(actor)
                elif pronoun and last is not None:  # "“...,” she said" after someone else's quote
                    span = {"text": q.speaker.text, "start": q.speaker.idx, "end": q.speaker.idx + len(q.speaker)}
                    speaker = replace(last, **span)
                else:
                    speaker = _author(doc, q.speaker, actors) or _person_speaker(doc, q.speaker, actors)
        if speaker is not None and speaker.code and _is_person(q.speaker):
            last = speaker
        cue = q.cue
        cue_text = "according to" if cue is not None and cue.lower_ == "according" else (cue.text if cue else "")
        event_id = None
        if cue is not None and speaker is not None:
            for e in events:
                if e.trigger.start <= cue.idx < e.trigger.end and e.source.code == speaker.code:
                    event_id = e.event_id
                    break
        si = max((sentence_of[s] for s in starts if s <= q.start), default=0)
        out.append(
            Quote(
                quote_id=quote_id(doc_id, q.start, q.end, q.kind),
                doc_id=doc_id,
                sentence_index=si,
                text=text[q.start : q.end],
                start=q.start,
                end=q.end,
                kind=q.kind,
                speaker=speaker,
                cue=cue_text,
                event_id=event_id,
            )
        )
    return out
