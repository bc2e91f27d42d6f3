"""Who an event is aimed at, or by, when its words do not say: the other country of the story,
the country's own government, the owner of what was hit, where goods come from, the state that
detains or sentences, the parliament a veto is aimed at. The event coder (events.py) asks these
after the sentence's own words have been read."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .actor_words import MILITARY_PLACES
from .actors import DocActors
from .model import Actor

# Agents of actors who protest or demand at home, and whose target is then their own government.
PROTESTING_AGENTS = {"CVL", "OPP", "LAB", "EDU", "REF", "REL", "BUS", "MED", "NGO", "HLH"}
# Armed actors, whose own camps and positions are what they hold ("bandit camps").
ARMED_AGENTS = {"MIL", "REB", "INS"}
# Modifiers that say whose a noun is ("Russia's", "US", "Chinese").
NOUN_SOURCE_DEPS = {"poss", "compound", "amod", "nmod"}
# Nouns of a time or setting, not of a thing someone owns ("on the sidelines of the summit").
SETTING_NOUNS = {"sideline", "margin", "edge", "occasion", "eve", "anniversary", "day", "week", "month", "year", "side"}
PROPERTY_NOUNS = {
    "station",
    "post",
    "office",
    "residence",
    "headquarters",
    "building",
    "home",
    "house",
    "vehicle",
    "car",
    "compound",
    "premises",
    "van",
    "truck",
}  # whose property was burned or attacked
HIDEOUTS = {"camp", "hideout", "stronghold", "den", "lair", "hideaway", "enclave"}  # where armed groups hold out
# Acts only a state does, and the part of it that does them, for a passive with no agent
# ("had been detained" -> the police): CAMEO code prefix -> agent.
STATE_AGENTS = (("173", "POL"), ("116", "JUD"), ("0841", "GOV"), ("174", "GOV"), ("1721", "GOV"))
# Goods that come "from" a country, the target of a tariff or a ban on them.
TRADE_NOUNS = {
    "import", "export", "good", "product", "shipment", "steel", "aluminium", "aluminum", "oil", "gas", "car",
    "vehicle", "fruit", "vegetable", "grain", "wheat", "beef", "seafood", "fish", "chip", "wine", "timber",
}  # fmt: skip
# The prepositions that put an attack's target at a place ("strikes on Kharkiv").
ATTACK_PREPS = {"on", "at", "against", "in", "into"}


def attacked_place(tok: Token, sources: list[Actor], actors: DocActors) -> list[Actor]:
    """ "Russia's strikes on Kharkiv", "shelled villages in Idlib": an attack on a place in another
    country is aimed at that country (UKR, SYR)."""
    own = {s.country for s in sources}
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ATTACK_PREPS):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            hit = actors.by_token.get(pobj.i)
            if hit is None or not hit[1].country or hit[1].country in own:
                continue
            if hit[1].kind == "place" or (hit[1].kind == "country" and actors.is_place(pobj)):
                country = hit[1].country
                name = actors.matcher.lexicon.countries.get(country, country)
                span, text = hit[0], hit[0].text
                start = span[0].idx
                return [Actor(country, country, None, name, text, start, start + len(text), "country", "place")]
    return []


def state_agent(verb: Token, code: str, actors: DocActors) -> list[Actor]:
    """ "Five journalists had been detained", "he was sentenced to three years": an act only a
    state does, in the passive with no agent, is the state's (police detain, courts sentence),
    where the clause says it happened ("convicted in Iran") or in the story's country."""
    agent = next((a for prefix, a in STATE_AGENTS if code.startswith(prefix)), None)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if agent is None or not passive or any(c.dep_ == "agent" for c in verb.children):
        return []
    places = [a.country for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
              for o in p.children if o.dep_ == "pobj" for a in actors.actors(o, places=True) if a.country]  # fmt: skip
    country = places[0] if places else actors.home_country()
    if country is None:
        return []
    name = actors.matcher.lexicon.countries.get(country, country)
    at = verb.idx  # no words name the state: an empty span where the act is
    return [Actor(f"{country}{agent}", country, agent, name, "", at, at, "country", "context")]


def vetoed_law(tok: Token, sources: list[Actor], actors: DocActors) -> list[Actor]:
    """ "Georgia's president vetoed the law": the parliament that passed it (GEOLEG)."""
    countries = {s.country for s in sources if s.country}
    laws = {"law", "bill", "legislation", "amendment", "budget"}
    if len(countries) != 1 or not any(c.dep_ == "dobj" and c.lemma_.lower() in laws for c in tok.children):
        return []
    (country,) = countries
    at = sources[0].end  # no words name the parliament: an empty span where the source is
    name = actors.matcher.lexicon.countries.get(country, country)
    return [Actor(f"{country}LEG", country, "LEG", name, "", at, at, "country", "context")]


def own_government(sources: list[Actor]) -> list[Actor]:
    """Protesters, strikers and opposition protest against their own government (CAMEO's
    convention for 14x without a named target): FRACVL -> FRAGOV."""
    countries = {a.country for a in sources if a.country and a.agent in ("ELI", *PROTESTING_AGENTS)}
    if len(countries) != 1:
        return []
    (country,) = countries
    first = sources[0]  # no words name the target: an empty span where the protesters are
    return [Actor(f"{country}GOV", country, "GOV", country, "", first.end, first.end, "country", "context")]


def other_side(sources: list[Actor], actors: DocActors) -> list[Actor]:
    """An attack or a break in relations with no target written ("Russian drones struck overnight",
    "recalled its ambassador") is aimed at the other country the story is about."""
    countries = {a.country for a in sources}
    if len(countries) != 1:
        return []
    (country,) = countries
    # an organisation acts on the country the story is about ("ECOWAS threatened sanctions")
    other = actors.home_country() if country is None else actors.counterpart(country)
    if other is None:
        return []
    first = sources[0]  # no words name the target: an empty span where the source is
    name = actors.matcher.lexicon.countries.get(other, other)
    return [Actor(other, other, None, name, "", first.end, first.end, "country", "context")]


def owners_of(tok: Token, actors: DocActors) -> list[Actor]:
    """Whose thing a phrase names: "an Israeli army position" -> ISRMIL, "the conduct of police
    officers" -> POL, "a Russian-owned tanker" -> RUSBUS. Only names the lexicons know, or agent
    nouns that resolve by them."""
    if tok.lemma_.lower() in SETTING_NOUNS:
        return []  # "on the sidelines of the Forum's meeting", "on the eve of the summit"
    found = goods_origin(tok, actors)
    if found:
        return found
    owner = actors.owner_of(tok)
    if owner is not None:
        return [owner]
    for child in tok.children:
        if child.dep_ in NOUN_SOURCE_DEPS and (child.i in actors.by_token or actors.agent_at(child)):
            held = tok.lemma_.lower() in MILITARY_PLACES or tok.lemma_.lower() in HIDEOUTS  # "bandit camps"
            probed = tok.dep_ == "pobj" and tok.head.lower_ in ("into", "against")  # "into police conduct"
            owned = tok.lemma_.lower() in PROPERTY_NOUNS  # "set fire to a police station"
            found = [a for a in actors.actors(child)
                     if (held and a.agent in ARMED_AGENTS | {"CRM"}) or probed or owned
                     or a.resolved_by in ("lexicon", "alias")]  # fmt: skip
            if found:
                return found
        if child.dep_ == "prep" and child.lower_ == "of" and tok.head.lower_ not in ("at", "in", "near", "off"):
            for pobj in (c for c in child.children if c.dep_ == "pobj" and not actors.is_place(c)):
                found = actors.actors(pobj)
                if found:
                    return found  # "an investigation into the conduct of police officers" (not "at the mouth of")
    return []


def goods_origin(tok: Token, actors: DocActors) -> list[Actor]:
    """Where goods come from: "imports from Canada and Mexico" -> CAN, MEX; "imports of Lebanese
    fruit" -> LBN."""
    if tok.lemma_.lower() not in TRADE_NOUNS:
        return []
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "of")):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if prep.lower_ == "from":
                found = [country_of(a) for a in actors.actors(pobj, places=True) if a.country]
            else:  # "imports of Lebanese fruit and vegetables"
                found = [country_of(a) for a in [actors.owner_of(pobj)] if a is not None and a.country]
            if found:
                return list({a.code: a for a in found}.values())
    return []


def is_seat(actor: Actor) -> bool:
    """A capital or seat of power written as a bare name ("Moscow", "the Kremlin"), not an official."""
    words = actor.text.split()
    return (
        actor.kind == "country"
        and actor.resolved_by == "lexicon"
        and bool(words)
        and all(w[:1].isupper() or w.lower() == "the" for w in words)
    )


def country_of(actor: Actor) -> Actor:
    """The country itself: "Seoul" as a place -> KOR, "Israeli hostages" -> ISR."""
    if actor.country is None or actor.kind in ("igo", "group"):
        return actor
    return replace(actor, code=actor.country, agent=None)
