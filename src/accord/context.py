"""What a mention that names no country refers to, from the rest of the document: a bare
agent ("the spokesman", "the junta") takes the country its context gives; pronouns, titles
("the chancellor"), surnames ("Scholz") and organisation nouns ("the bloc") continue an actor
named before; and the story has a country of its own (its dateline, else most of its names).

`DocumentContext` holds these lookups; `DocActors` (in actors.py) inherits them and provides
the document, its phrases and its lexicon matches they read."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import replace

from spacy.tokens import Span, Token

from .actor_words import (
    ALLIANCES,
    ARMED_ACTOR_AGENTS,
    ARMED_ORG_NOUNS,
    CONTEXT_SENTENCES,
    DOMESTIC_AGENTS,
    FIRST_PERSON,
    GROUP_PRONOUNS,
    HOME_NOUNS,
    MODIFIER_DEPS,
    NAME_NOUNS,
    NAMED_ORG_NOUNS,
    NEAR_SENTENCES,
    ORG_NOUNS,
    PAIR_SENTENCES,
    PEOPLE_AGENTS,
    PERSON_PRONOUNS,
    PLURAL_TAGS,
    QUANTITY_WORDS,
    REALM_NOUNS,
    SEVERAL,
    SUBJECT_DEPS,
    TITLES_OF_PEOPLE,
    TOWN_PREPS,
)
from .dateline import find_dateline
from .gazetteer import city_country
from .lexicon import strip_accents
from .model import Actor
from .quotes import QuoteSpan, find_quotes, inside


class DocumentContext:
    """Document-level resolution, mixed into `DocActors`."""

    def anchors(self) -> list[tuple[int, Actor]]:
        """Subject actors with a country, in document order: what context resolves to."""
        if self._anchors is None:
            self._anchors = []
            for tok in self._heads:
                if tok.dep_ in SUBJECT_DEPS or (tok.dep_ == "conj" and tok.head.dep_ in SUBJECT_DEPS):
                    actor = self._from_org_noun(tok) or self._resolve_phrase(tok)  # "the court said"
                    if actor is not None and (actor.country or actor.kind == "igo"):
                        self._anchors.append((tok.i, actor))
        return self._anchors

    def _recent(self, head: Token, want) -> Actor | None:
        si = self.sentence_of[head.i]
        for pos, actor in reversed(self.anchors()):
            if pos >= head.i:
                continue
            if head.dep_ not in (*SUBJECT_DEPS, "poss") and _verb_of(self.doc[pos]) == _verb_of(head):
                continue  # "the president hosted him", "Norway urged the government": not one's own subject
            if si - self.sentence_of[pos] > CONTEXT_SENTENCES:
                break
            if want(actor, self.doc[pos]):
                return actor
        return None

    def home_country(self) -> str | None:
        """The country a story is about: its dateline, else a clear majority of its country
        mentions (each name counted once, "New Delhi" too)."""
        if self._home is False:
            self._home = None
            spans = {hit[0].start: hit[1] for hit in self.by_token.values()}  # one count per name
            counts = Counter(e.country for e in spans.values() if e.country and e.kind == "country")
            top, n = counts.most_common(1)[0] if counts else (None, 0)
            dateline = find_dateline(self.text)
            if dateline:
                entry = self.matcher.lexicon.by_lower(dateline[0].replace("’", "'"))  # "PORT-AU-PRINCE"
                if entry is not None and entry.country:
                    self._home = entry.country
                elif entry is None:
                    self._home = city_country(dateline[0])  # "MARRAKECH": any town the gazetteer knows
            if self._home is not None and counts[self._home] == 0 and top and n >= 2:
                self._home = top  # "THE HAGUE -- ... the Taliban ... Afghan women": a seat of courts, not the story
            if self._home is None and top and n * 2 > sum(counts.values()):
                self._home = top
        return self._home  # type: ignore[return-value]

    def _spoken_for(self, head: Token) -> Actor | None:
        """ "The Chinese foreign ministry went further. “...,” spokesman Lin Jian said": a bare
        spokesman speaks for the ministry, government or body named in the sentence before."""
        tokens = self.phrase(head).tokens
        spokes = [t for t in tokens if t.lemma_.lower() in ("spokesman", "spokeswoman", "spokesperson")]
        if not spokes:
            return None
        body = [t for t in tokens if t.i < spokes[0].i and self.agent_at(t)]
        si = self.sentence_of[head.i]
        for pos, prior in reversed(self.anchors()):
            if pos < head.i and si - self.sentence_of[pos] <= 1 and (prior.agent or prior.kind in ("igo", "group")):
                if body and not any(t.lower_ in prior.text.lower().split() for t in body):
                    continue  # "foreign ministry spokesman Wang Wenbin" speaks for his ministry, not another
                return prior  # "The Russian embassy in Oslo rejected ... an embassy spokesman said"
        return None

    def _accused_of(self, head: Token) -> str | None:
        """The country of whoever is accused of sending or using these forces: "accused Pyongyang of
        sending thousands of soldiers" (its own soldiers)."""
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in QUANTITY_WORDS:
            head = head.head.head  # "thousands of soldiers"
        gerund = head.head if head.dep_ == "dobj" else None
        if gerund is None or gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or gerund.head.lower_ not in ("of", "for"):
            return None
        if gerund.lemma_.lower() not in ("send", "deploy", "use", "mobilise", "mobilize", "move", "station", "mass"):
            return None  # "blamed Kigali for arming the rebels": the rebels are not Kigali's
        verb = gerund.head.head
        if verb.lemma_.lower() not in ("accuse", "blame", "condemn", "criticise", "criticize", "suspect"):
            return None
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            hit = self.by_token.get(obj.i)
            if hit is not None and hit[1].country and hit[1].kind == "country":
                return hit[1].country
        return None

    def _ruled_country(self, head: Token) -> str | None:
        """ "The junta", "the regime" with no country of its own: the country its sentence names,
        place or not ("constitutional rule in Niger, after the junta seized power")."""
        if head.lemma_.lower() not in ("junta", "regime"):
            return None
        sent = self.sentences[self.sentence_of[head.i]]
        named = [hit[1].country for i in range(sent.start, sent.end) if (hit := self.by_token.get(i)) is not None
                 and hit[1].kind in ("country", "place") and hit[1].country
                 and not self._describes_people(hit[0])]  # fmt: skip
        return named[-1] if len(set(named)) == 1 else None

    def _describes_people(self, span: Span) -> bool:
        """ "a Japanese filmmaker": a name that says where people are from, not where one rules."""
        root = span.root
        return root.dep_ in MODIFIER_DEPS and self.agent_at(root.head) is not None

    def _addressed_abroad(self, head: Token, agent: str | None = None) -> str | None:
        """ "The US urged the authorities to ...", "Russian troops killed civilians": a government or
        the people a foreign subject acts on are the story's country's, not the subject's."""
        if (head.lemma_.lower() not in HOME_NOUNS and agent not in ("CVL", "REF")) or head.dep_ in SUBJECT_DEPS:
            return None
        verb = _verb_of(head)
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head  # "criticised the decision and urged the authorities"
        home = self.home_country()
        for subj in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
            actor = self.resolve(subj)
            if actor is not None and actor.country and home and actor.country != home:
                # a state acting abroad ("Russian troops killed civilians"); a gang's victims are its own
                if agent not in ("CVL", "REF") or actor.agent in (None, "GOV", "MIL"):
                    return home
        return None

    def _domestic_accuser(self, head: Token) -> str | None:
        """The country of a domestic actor (opposition, protesters, unions, courts ...) whose verb
        has "the government" or "the authorities" as object: they are that country's."""
        if head.lemma_.lower() not in HOME_NOUNS or head.dep_ in SUBJECT_DEPS:
            return None
        verb = _verb_of(head)
        for subj in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
            actor = self.resolve(subj) if subj.i != head.i else None
            if actor is not None and actor.country and actor.agent in DOMESTIC_AGENTS:
                return actor.country
        return None

    def _owner(self, head: Token) -> Actor | None:
        """Whose "its coast guard vessels", "their embassies": the latest country or organisation
        named before, in this sentence or the one before."""
        poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her")), None)
        if poss is None:
            return None
        if poss.lower_ in ("his", "her"):  # "his office said": the person named before
            return self._recent_person(poss)
        si = self.sentence_of[head.i]
        named = []
        for i in range(head.i - 1, -1, -1):
            if si - self.sentence_of[i] > 1:
                break
            hit = self.by_token.get(i)
            if hit is not None and hit[1].kind in ("country", "igo", "group") and not self.is_place(self.doc[i]):
                named.append(hit[0].root)
        # a trailing attribution speaks for the reported clause's subject: "China will scrap the
        # duties on Australian barley, its commerce ministry said"
        report = next((c for c in head.head.children if c.dep_ == "ccomp" and c.i < head.i), None)
        if head.dep_ in SUBJECT_DEPS and report is not None:
            subject = next((t for t in named if t.dep_ in SUBJECT_DEPS and t.head.i == report.i), None)
            if subject is not None:
                return self.resolve_local(subject)
        return self.resolve_local(named[0]) if named else None

    def _armed_group(self, head: Token) -> Actor | None:
        """ "The attackers", "the militants", "the rebels": the armed group the story named last."""
        si = self.sentence_of[head.i]
        for pos, prior in reversed(self.organisations()):
            if pos < head.i and si - self.sentence_of[pos] <= PAIR_SENTENCES and prior.agent in ("REB", "INS"):
                return prior
        return None

    def story_country(self) -> str | None:
        """The story's country, or failing a clear one, the country it names most."""
        if self.home_country():
            return self.home_country()
        spans = {hit[0].start: hit[1] for hit in self.by_token.values()}
        counts = Counter(e.country for e in spans.values() if e.country and e.kind == "country")
        return counts.most_common(1)[0][0] if counts else None

    def counterpart(self, country: str) -> str | None:
        """The other side of a story about `country`: the other country it names most (every
        name counts, places too: "strikes on Kharkiv" name Ukraine), when one leads clearly."""
        spans = {hit[0].start: hit[1] for hit in self.by_token.values()}
        counts = Counter(
            e.country for e in spans.values() if e.country and e.country != country and e.kind not in ("igo", "group")
        ).most_common(2)
        if not counts or counts[0][1] < 2 or (len(counts) > 1 and counts[1][1] == counts[0][1]):
            return None
        return counts[0][0]

    def _from_context(self, head: Token, actor: Actor) -> Actor:
        if actor.agent in ("REB", "INS"):
            group = self._armed_group(head)
            if group is not None:
                return replace(group, text=actor.text, start=actor.start, end=actor.end, resolved_by="context")
        domestic = self._domestic_accuser(head)
        if domestic is not None:  # "the opposition accused the government": its own government
            return self._with_country(actor, domestic)
        accused = self._accused_of(head)
        if accused is not None:  # "accused Pyongyang of sending thousands of soldiers": Pyongyang's
            return self._with_country(actor, accused)
        ruled = self._ruled_country(head)
        if ruled is not None:  # "to restore constitutional rule in Niger, after the junta ..."
            return self._with_country(actor, ruled)
        foreign = self._addressed_abroad(head, actor.agent)
        if foreign is not None:  # "the US secretary of state urged the authorities": the story's
            return self._with_country(actor, foreign)
        speaks_for = self._spoken_for(head)
        if speaks_for is not None:
            name = actor.name if actor.kind == "person" else speaks_for.name
            span = {"text": actor.text, "start": actor.start, "end": actor.end}
            return replace(speaks_for, kind=actor.kind, name=name, resolved_by="context", **span)
        owner = self._owner(head)
        if owner is not None and owner.kind in ("igo", "group"):
            return replace(owner, text=actor.text, start=actor.start, end=actor.end, resolved_by="context")
        if owner is not None and owner.country:
            return self._with_country(actor, owner.country)
        where = self._capital_of_clause(head)
        if where is not None:  # "In Beijing, a foreign ministry spokesman said"
            return self._with_country(actor, where)
        if actor.agent in PEOPLE_AGENTS:
            town = self._town_of_clause(head)
            if town is not None:  # "At a school in Sisaket province, Somchai Boonmee, a farmer, said"
                return self._with_country(actor, town)
        si = self.sentence_of[head.i]
        want = lambda a, tok: a.country is not None and a.kind != "igo"  # noqa: E731
        same = self._recent(head, lambda a, tok: want(a, tok) and si - self.sentence_of[tok.i] <= NEAR_SENTENCES)
        country = same.country if same is not None else self._country_in_sentence(head)
        if country is None:
            prior = None if self.home_country() else self._recent(head, want)
            country = prior.country if prior is not None else self.home_country()
        if country is None:
            return actor
        return self._with_country(actor, country)

    def _capital_of_clause(self, head: Token) -> str | None:
        """The country of a capital the subject's clause is set in: "In Moscow, officials said"."""
        if head.dep_ not in SUBJECT_DEPS:
            return None
        seats = (hit[1].country for prep, hit in self._countries_in(head.head)
                 if prep.i < head.i and hit[1].agent == "GOV" and hit[1].country)  # fmt: skip
        return next(seats, None)

    def _town_of_clause(self, head: Token) -> str | None:
        """The country of a place named in a phrase that opens the subject's clause, by the
        lexicons or the town gazetteer: "At a school in Sisaket province, a farmer said" (THA)."""
        if head.dep_ not in SUBJECT_DEPS:
            return None
        sent = self.sentences[self.sentence_of[head.i]]
        for tok in self.doc[sent.start : head.left_edge.i]:
            if tok.pos_ != "PROPN" or not any(a.dep_ == "prep" and a.lower_ in TOWN_PREPS for a in tok.ancestors):
                continue
            hit = self.by_token.get(tok.i)
            if hit is not None:
                if hit[1].country and hit[1].kind in ("place", "country"):
                    return hit[1].country
                continue
            country = city_country(tok.text)  # the parser may hang the phrase on another verb
            if country is not None:
                return country
        return None

    def _country_in_sentence(self, head: Token) -> str | None:
        """The country named nearest the agent in its own sentence, before or after it, as (part of)
        a subject ("The junta ... named a civilian prime minister, and Niger closed its airspace")."""
        sent = self.sentences[self.sentence_of[head.i]]
        best: tuple[int, str] | None = None
        for span, entry in {hit[0].start: hit for hit in self.by_token.values()}.values():
            if not (sent.start <= span.start < sent.end) or entry.kind != "country" or not entry.country:
                continue
            if self.is_place(span.root) or self._hyphenated(span.root):
                continue
            root = span.root if span.root.dep_ not in MODIFIER_DEPS else span.root.head
            if root.dep_ not in SUBJECT_DEPS and not (root.dep_ == "conj" and root.head.dep_ in SUBJECT_DEPS):
                continue  # "a spokesman accused Japan": the target is not the speaker's country
            if head.dep_ not in SUBJECT_DEPS and _verb_of(root) == _verb_of(head):
                continue  # "Norway urged the government": the government is not Norway's
            if _embedded(_verb_of(root), _verb_of(head)):
                continue  # "The department said ... and demanded that China leave": China is reported
            distance = abs(span.start - head.i)
            if best is None or distance < best[0]:
                best = (distance, entry.country)
        return best[1] if best else None

    def _with_country(self, actor: Actor, country: str) -> Actor:
        name = self.matcher.lexicon.countries.get(country, country)
        return replace(
            actor,
            code=f"{country}{actor.agent or ''}",
            country=country,
            kind="person" if actor.kind == "person" else "country",
            name=actor.name if actor.kind == "person" else name,
            resolved_by="context",
        )

    def people(self) -> list[tuple[Token, Actor]]:
        """People and officials (phrases with an agent or a person's name), in document order
        ("German Chancellor Olaf Scholz", "Japan's foreign minister"): what a later bare title
        or surname refers to. Each with the actor it resolves to in context."""
        if self._people is None:
            self._people, self._title_holders = [], []
            for tok in self._heads:
                if tok.pos_ != "PRON":
                    local = self._resolve_phrase(tok)
                    if local is None:
                        continue
                    if (local.agent or local.kind == "person") and local.kind != "igo":
                        self._people.append((tok, local))
                        self._title_holders.append((tok, local))
                    elif local.kind == "igo" and tok.i not in self.by_token and self.agent_at(tok):
                        self._title_holders.append((tok, local))  # "seven UN officials", "EU diplomats"
        return self._people

    def _holders_of_titles(self) -> list[tuple[Token, Actor]]:
        """The people, and the staff of organisations named by their job, in document order: what
        "the minister" or "the officials" refers back to."""
        if self._title_holders is None:
            self.people()  # one pass finds both
        return self._title_holders  # type: ignore[return-value]

    def _from_title(self, head: Token, actor: Actor) -> Actor | None:
        """ "The chancellor", "the minister", "the ministry": the latest earlier actor whose
        mention holds that title ("German Chancellor Olaf Scholz")."""
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in head.children)
        bare_plural = head.tag_ in PLURAL_TAGS and not any(c.dep_ == "det" for c in head.children)
        if not (definite or bare_plural):
            return None  # "a spokesman" is someone new
        title = head.lemma_.lower()
        if title in HOME_NOUNS:
            return None  # "the government" is the story's country, not the last government named
        for tok, local in reversed(self._holders_of_titles()):
            if tok.i >= head.i or title not in local.text.lower():
                continue
            if local.kind == "igo":  # "seven UN officials" ... "the officials": the organisation's
                if tok.lemma_.lower() == title:
                    return replace(local, text=actor.text, start=actor.start, end=actor.end, resolved_by="alias")
                continue
            # "UN special envoy Geir Pedersen" ... "the envoy": an organisation's official
            # a named person who holds the title ("Kenyan police commander Godfrey Otunge" ... "the
            # commander") is the one meant, whatever agent the bare title has
            named = local.kind == "person" and title in local.text.lower().split()
            if (
                local.country
                and (local.agent == actor.agent or named)
                or local.kind == "person"
                and local.agent == "IGO"
            ):
                return replace(local, text=actor.text, start=actor.start, end=actor.end, resolved_by="alias")
        return None

    def organisations(self) -> list[tuple[int, Actor]]:
        """Organisations and groups named in the document, in order (what "the bloc" refers to)."""
        if self._orgs is None:
            self._orgs = []
            for span, entry in {id(hit[0]): hit for hit in self.by_token.values()}.values():
                if entry.kind in ("igo", "group") and (actor := self._resolve_phrase(span.root)) is not None:
                    self._orgs.append((span.start, actor))
            self._orgs.sort(key=lambda pa: pa[0])
        return self._orgs

    def _from_org_noun(self, head: Token) -> Actor | None:
        """ "The alliance", "the bloc", "the Iran-backed group": the latest earlier organisation
        or group of that kind ("the council" and "the agency" only one with that word in its name)."""
        lemma = head.lemma_.lower()
        kind = ORG_NOUNS.get(lemma)
        if kind is None and lemma not in NAME_NOUNS:
            return None
        common = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.text.islower())  # "thanked the bloc": NNP
        if not common or not any(c.lower_ in ("the", "this") for c in head.children):
            return None
        if kind is None:
            return self._named_before(head) if lemma in NAME_NOUNS else None
        if any(self.by_token.get(t.i, (None, None))[1] is not None and self.by_token[t.i][1].kind in ("igo", "group")
               for t in head.subtree):  # fmt: skip
            return None  # "the Wagner group" names its group itself
        # "the rights group": a group whose name says "rights", if one was named
        words = {c.lower_ for c in head.children if c.dep_ in ("compound", "amod")}
        kinds = {"igo", "group"} if lemma == "group" else {kind}  # "the group" may be OPEC+ or the G7
        candidates = [(pos, prior) for pos, prior in self.organisations() if pos < head.i and prior.kind in kinds]
        if lemma in ARMED_ORG_NOUNS:  # "the militia" is an armed group named before, not a rights group
            candidates = [(pos, prior) for pos, prior in candidates if prior.agent in ARMED_ACTOR_AGENTS]
        named = [(pos, prior) for pos, prior in candidates if words & set(prior.name.lower().split())]
        for _pos, prior in reversed(named or candidates):
            if lemma in NAMED_ORG_NOUNS and lemma not in prior.name.lower() and lemma not in prior.text.lower():
                continue
            if lemma == "alliance" and prior.code not in ALLIANCES and "alliance" not in prior.name.lower():
                continue
            start, end = head.left_edge.idx, head.idx + len(head)
            first = self.doc[head.left_edge.i]
            if first.dep_ == "det":
                start = self.doc[first.i + 1].idx
            return replace(prior, text=self.doc_text[start:end], start=start, end=end, resolved_by="alias")
        return self._named_before(head) if lemma in NAME_NOUNS else None

    def _named_before(self, head: Token) -> Actor | None:
        """ "The command", "the institute", "the network": the latest earlier actor whose name has
        that word ("US Central Command", "the Serum Institute of India", "Brazil's Climate
        Observatory network")."""
        lemma = head.lemma_.lower()
        if head.tag_ != "NN" or any(c.dep_ not in ("det", "punct") for c in head.children if c.i < head.i):
            return None  # "the largest opposition parties" are others
        at = bisect_left(self._heads, head.i, key=lambda t: t.i)
        for tok in reversed(self._heads[:at]):
            tokens = self.phrase(tok).tokens
            if any(t.pos_ == "PROPN" for t in tokens) and any(t.lemma_.lower() == lemma for t in tokens):
                prior = self.resolve(tok)
                if prior is not None and prior.kind != "person":
                    return replace(prior, text=head.text, start=head.idx, end=head.idx + len(head), resolved_by="alias")
        return None

    def _neighbour(self, head: Token) -> Actor | None:
        """ "Its neighbour", "their neighbours": the other country of a two-country story."""
        poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        owner = self.resolve(poss) if poss is not None else None
        other = self.counterpart(owner.country) if owner is not None and owner.country else None
        if other is None:
            return None
        name = self.matcher.lexicon.countries.get(other, other)
        return Actor(other, other, None, name, head.text, head.idx, head.idx + len(head), "country", "alias")

    def _counterpart(self, head: Token, actor: Actor) -> Actor:
        """ "Indian troops and their Chinese counterparts": of the same kind as the actor they
        answer to, the nearest one before them in the sentence (MIL here; GOV for a minister's),
        or the one "his" or "her" refers to ("accused his US counterpart")."""
        poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        owner = self.resolve(poss) if poss is not None else None
        if owner is not None and owner.agent:
            return replace(actor, code=f"{actor.country}{owner.agent}", agent=owner.agent)
        sent = self.sentences[self.sentence_of[head.i]]
        for tok in reversed([t for t in self._heads if sent.start <= t.i < head.i and t.pos_ != "PRON"]):
            other = self._resolve_phrase(tok)
            if other is not None and other.agent and other.country != actor.country:
                return replace(actor, code=f"{actor.country}{other.agent}", agent=other.agent)
        return actor

    def _national_society(self, head: Token, actor: Actor) -> Actor:
        """ "The Lebanese Red Cross", "the Turkish Red Crescent": a country's own society, an NGO."""
        if not self._names_red_cross:
            return actor
        for tok in self.phrase(head).tokens:
            if tok.text == "Red" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].text in ("Cross", "Crescent"):
                before = self.by_token.get(tok.i - 1)
                if before is not None and before[1].kind == "country" and before[1].country:
                    country = before[1].country
                    return replace(actor, code=f"{country}NGO", country=country, agent="NGO", kind="country")
        return actor

    def _un_body(self, head: Token, actor: Actor) -> Actor:
        """ "The UN agency", "the UN office": the latest UN agency or office named before, if any."""
        if len([t for t in self.phrase(head).tokens if t.pos_ != "DET"]) > 2:
            return actor  # "the UN nuclear agency" names itself or nothing
        for pos, prior in reversed(self.organisations()):
            if pos < head.i and prior.code in self.matcher.un_family:
                return replace(prior, text=actor.text, start=actor.start, end=actor.end, resolved_by="alias")
        return actor

    def _from_realm_noun(self, head: Token) -> Actor | None:
        """ "The kingdom", "the emirate": the latest earlier country of that kind (Saudi Arabia)."""
        realms = REALM_NOUNS.get(head.lemma_.lower())
        if realms is None or head.pos_ != "NOUN" or head.i in self.by_token:
            return None  # "the United Kingdom" is a name
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children):
            return None
        for i in range(head.i - 1, -1, -1):
            hit = self.by_token.get(i)
            if hit is not None and hit[1].country in realms and hit[1].kind in ("country", "place"):
                entry = hit[1]
                name = entry.name if entry.agent is None and entry.kind == "country" else entry.country
                end = head.idx + len(head)
                return Actor(entry.country, entry.country, None, name, head.text, head.idx, end, "country", "alias")
        return None

    def _recent_person(self, head: Token) -> Actor | None:
        """The latest person named anywhere in the last sentences, subject or not
        ("..., Nigerian President Bola Tinubu, who chairs the bloc, said ... He said")."""
        si = self.sentence_of[head.i]
        found: list[Token] = []
        for tok, local in reversed(self.people()):
            if tok.i >= head.i or si - self.sentence_of[tok.i] > CONTEXT_SENTENCES:
                continue
            if head.dep_ not in SUBJECT_DEPS and head.dep_ != "poss" and _verb_of(tok) == _verb_of(head):
                continue  # "the president hosted him": him is not the president
            # "the foreign minister ... she" (the small model tags a lower-case title NNP after a quote)
            titled = (tok.tag_ == "NN" or tok.text.islower()) and tok.lemma_.lower() in TITLES_OF_PEOPLE
            if local.kind == "person" or titled:
                if found and self.sentence_of[tok.i] != self.sentence_of[found[0].i]:
                    break
                found.append(tok)
        if not found:
            return None
        # "The US president thanked the emir of Qatar ... He also announced": a subject "he" is
        # rather the subject of the sentence that named them than someone in its object
        if head.dep_ in SUBJECT_DEPS:
            subjects = [t for t in found if t.dep_ in SUBJECT_DEPS and self.sentence_of[t.i] < si]
            # the one who said, not the one they spoke about ("Tsikhanouskaya said Protasevich
            # could face the death penalty. She urged ...")
            main = [t for t in subjects if t.head.dep_ not in ("ccomp", "xcomp", "advcl", "relcl", "acl")]
            if main or subjects:
                return self.resolve((main or subjects)[0])
        return self.resolve(found[0])

    def _speaker_of(self, head: Token) -> Actor | None:
        """The subject of the verb whose complement the pronoun is the subject of: "Stoltenberg
        said he ...", "the ministry said it ...", "officials said they ..."."""
        verb = head.head
        if head.dep_ not in SUBJECT_DEPS or verb.dep_ != "ccomp":
            return None
        subjects = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS and c.i < head.i]
        if not subjects:
            return None
        subject = subjects[0]
        if subject.lower_ in ("which", "who", "that") and verb.head.dep_ == "relcl":
            subject = verb.head.head  # "the UAE, which says it can pump more"
        if any(c.dep_ == "conj" for c in subject.children):
            return SEVERAL  # "India and Australia said they ...": two actors, not one
        actor = self.resolve(subject)
        if actor is None:
            return None
        plural = subject.tag_ in PLURAL_TAGS
        word = head.lower_
        if word in ("he", "she"):
            ok = not plural and (actor.kind == "person" or bool(actor.agent))
        elif word == "it":
            ok = not plural and actor.kind != "person"
        else:
            ok = plural or actor.kind == "group"
        return actor if ok else None

    def quotes(self) -> list[QuoteSpan]:
        if self._quotes is None:
            self._quotes = find_quotes(self.doc, self.sentences, [t for c in self.content for t in c], self.doc_text)
        return self._quotes

    def _from_speaker(self, head: Token) -> Actor | None:
        """ "We will not negotiate under fire," the president said: "we" is the speaker's side."""
        quote = inside(self.quotes(), head)
        if quote is None or quote.speaker is None or quote.speaker.i == head.i:
            return None
        speaker = self.resolve(quote.speaker)
        if speaker is None:
            return None
        if head.lower_ in ("we", "us", "our") and speaker.country and speaker.kind == "person":
            # "we" of a minister is the government (or the forces, for a general)
            return replace(speaker, kind="country", name=self.matcher.lexicon.countries.get(speaker.country, ""))
        return speaker

    def _from_pronoun(self, head: Token) -> Actor | None:
        word = head.lower_
        if word in FIRST_PERSON:
            speaker = self._from_speaker(head)
            if speaker is None:
                return None
            return replace(speaker, text=head.text, start=head.idx, end=head.idx + len(head), resolved_by="pronoun")
        speaker = self._speaker_of(head)
        if speaker is SEVERAL:
            return None
        if speaker is not None:
            return replace(speaker, text=head.text, start=head.idx, end=head.idx + len(head), resolved_by="pronoun")
        if word in PERSON_PRONOUNS:
            prior = (
                self._recent_person(head)
                or self._recent(head, lambda a, _: a.kind == "person")
                or self._recent(head, lambda a, _: bool(a.agent))
            )
        elif word in ("it", "its"):
            prior = self._recent(head, lambda a, tok: a.kind != "person" and tok.tag_ not in PLURAL_TAGS)
        elif word in GROUP_PRONOUNS:  # "they": officials, troops, a group; not a country ("it")
            prior = self._recent_object(head) if word == "them" and head.dep_ not in SUBJECT_DEPS else None
            prior = prior or self._recent(head, lambda a, tok: a.kind == "group" or tok.tag_ in PLURAL_TAGS)
        else:
            return None
        if prior is None:
            return None
        return replace(prior, text=head.text, start=head.idx, end=head.idx + len(head), resolved_by="pronoun")

    def _recent_object(self, head: Token) -> Actor | None:
        """ "expelled seven UN officials, accusing them of meddling": an object "them" is the
        people last named in its sentence, whether they were a subject or an object (not the
        subject of its own verb: "police dispersed them" are not the police)."""
        si = self.sentence_of[head.i]
        at = bisect_left(self._heads, head.i, key=lambda t: t.i)
        for tok in reversed(self._heads[:at]):
            if self.sentence_of[tok.i] != si:
                break  # across sentences, "them" is rather a subject before ("Russia and Ukraine ...")
            if tok.tag_ not in PLURAL_TAGS or tok.dep_ == "conj" or _verb_of(tok) == _verb_of(head):
                continue
            if any(c.dep_ == "conj" for c in tok.children):
                return None  # "Russia and Ukraine ... urged them": several actors
            actor = self.resolve(tok)
            if actor is not None and (actor.agent or actor.kind in ("igo", "group")):
                return actor
        return None

    def _same_person(self, head: Token, actor: Actor) -> Actor | None:
        """ "Spokesman Lin Jian said" after "Chinese Foreign Ministry spokesman Lin Jian": the
        same person, so the same country."""
        if actor.kind != "person":
            return None
        last = strip_accents(actor.name).split()[-1]
        for tok, local in self.people():
            if tok.i >= head.i:
                break
            if local.kind == "person" and local.country and strip_accents(local.name).split()[-1] == last:
                return replace(self.resolve(tok) or local, text=actor.text, start=actor.start, end=actor.end,
                               resolved_by="alias")  # fmt: skip
        return None

    def _earlier_mention(self, head: Token, actor: Actor) -> Actor | None:
        """A known person named again ("Rutte said") is who the story first said they were
        ("NATO Secretary-General Mark Rutte"), whatever the people table says for the day."""
        if any(self.agent_at(t) for t in self.phrase(head).tokens):
            return None  # a title of its own
        for tok, local in self.people():
            if tok.i >= head.i:
                break
            if local.kind == "person" and local.name == actor.name and local.code != actor.code:
                prior = self.resolve(tok)
                if prior is not None:
                    return replace(prior, text=actor.text, start=actor.start, end=actor.end, resolved_by="alias")
        return None

    def _from_surname(self, head: Token) -> Actor | None:
        """ "Willis said": the earlier person whose name ends with it ("District Attorney Fani Willis")."""
        word = strip_accents(head.text)
        for tok, local in reversed(self.people()):
            if tok.i >= head.i or local.kind != "person":
                continue
            parts = strip_accents(local.name).split()
            # the last word, or the first of a two-word name ("Wang" of "Wang Yi", "Kim" of "Kim Jong Un" no)
            if word in (parts[-1], parts[0] if len(parts) == 2 else ""):
                prior = self.resolve(tok)
                if prior is not None:
                    return replace(prior, text=head.text, start=head.idx, end=head.idx + len(head), resolved_by="alias")
        return None


def _verb_of(tok: Token) -> Token:
    """The verb (or clause head) a noun phrase belongs to."""
    while tok.dep_ in ("conj", "pobj", "prep", "appos", "compound", "amod", "poss", "nmod") and tok.head.i != tok.i:
        tok = tok.head
    return tok.head if tok.head.i != tok.i else tok


def _embedded(verb: Token, governor: Token) -> bool:
    """Is `verb` inside a clause that `governor` reports or subordinates ("said that China ...")?"""
    tok = verb
    while tok.i != governor.i and tok.head.i != tok.i:
        if tok.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp"):
            return governor in tok.ancestors
        tok = tok.head
    return False
