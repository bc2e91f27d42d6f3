"""The words and limits the actor stage reads: which dependencies leave an actor's phrase,
which nouns name an organisation again ("the bloc"), which titles a pronoun may refer to, and
how far back in a story context reaches."""

from __future__ import annotations

from .model import Actor

# Dependencies that leave the noun phrase of an actor.
OUTSIDE = {"conj", "cc", "relcl", "acl", "advcl", "punct", "appos", "preconj", "prep", "case"}
PHRASE_PREPS = {"of", "from", "for"}  # "spokesman for Pakistan's foreign ministry"
# Head nouns so generic that a more telling agent noun in the phrase wins
# ("government troops" -> MIL, "rebel commander" -> REB, "navy spokesman" -> MIL).
WEAK_AGENT_HEADS = {
    "spokesman", "spokeswoman", "spokesperson", "official", "source", "representative", "head", "chief",
    "leader", "member", "commander", "minister", "aide", "adviser", "advisor", "politician", "counterpart",
    "office", "chairman", "chairwoman", "chairperson",
}  # fmt: skip
WEAK_HEADS = {(w,) for w in WEAK_AGENT_HEADS}
COMPANY_SUFFIXES = {"co", "corp", "inc", "ltd", "plc"}
# Military ranks: a rank before a name says less than the office beside it.
RANKS = {
    (w,) for w in ("colonel", "general", "major", "captain", "lieutenant", "brigadier", "admiral", "sergeant")
}  # "minister" is weak, "prime minister" is not
# A country or capital after one of these prepositions, or "of" after a place noun, is where
# something happened ("talks in Madrid", "drills off the coast of Norway"), not an actor.
LOCATIVE_PREPS = {
    "in", "near", "off", "outside", "inside", "across", "throughout", "around", "within", "along", "at", "into",
    "over",
}  # fmt: skip
# "from"/"to" a place after these ("fled from", "a trip to"); a direct object of these is a place ("left Mali").
MOTION_WORDS = {
    "return", "flee", "withdraw", "cross", "come", "travel", "fly", "move", "arrive", "fire", "launch", "carry",
    "export", "import", "evacuate", "escape", "pull", "drive", "sail", "corridor", "route", "trip", "flight",
    "journey", "deport", "relocate", "transfer", "smuggle", "link", "road", "railway", "pipeline", "head", "go",
    "home", "back", "way", "border", "shipment", "crossing", "migrate", "migration", "exodus", "refugee", "invite",
    "flow", "take", "cable", "flown", "deliver", "ship",
}  # fmt: skip
PLACE_VERBS = {"leave", "enter", "flee", "cross", "reach", "tour", "overfly", "exit", "quit"}
NEAR_PREPS = {"near", "outside", "inside", "beside", "opposite", "off"}
PLACE_NOUNS = {
    "coast", "shore", "waters", "outskirts", "capital", "city", "province", "region", "north", "south", "east",
    "west", "centre", "center", "border", "territory", "airspace", "part", "streets", "soil", "heart", "suburb",
    "port", "island", "town", "village", "countryside", "mainland", "shoreline", "coastline", "state",
}  # fmt: skip
# After a US state's name these make it the state, not a country ("Georgia's governor").
US_STATE_WORDS = {
    "governor", "gov.", "state", "legislature", "senator", "voters", "county", "republicans", "democrats",
}  # fmt: skip
# "former President X" is an elite (ELI), no longer the office.
FORMER_WORDS = {"former", "ousted", "deposed", "exiled", "toppled", "last", "ex"}
FORMER_AGENTS = {"GOV", "MIL", "LEG", "JUD", "POL", "SPY"}
# Words that make an agent noun with no country several actors, or someone else's ("a foreign army").
MANY_WORDS = {
    "both", "allied", "foreign", "other", "western", "international", "regional", "rival", "neighbouring",
    "neighboring", "world", "global", "european", "arab", "african", "asian", "gulf", "nordic", "baltic",
}  # fmt: skip
TITLE_PREFIXES = {"vice", "ex", "co", "deputy", "under", "acting", "prime"}
QUANTITY_WORDS = {
    "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "ten", "tens", "million", "millions",
    "score", "scores", "number", "handful", "group", "crowd", "some", "many", "most", "few", "several",
}  # fmt: skip
# "both sides", "the two leaders": nouns for the two actors a story is about
PAIR_NOUNS = {
    "side", "country", "nation", "leader", "neighbour", "neighbor", "government", "party", "man", "capital",
    "president", "army", "military", "force", "delegation", "minister", "state", "rival", "foe", "ally",
}  # fmt: skip
PAIR_SENTENCES = 3
NUMBER_WORDS = {"two", "three", "four", "five"}  # "the two leaders" (but "two journalists" are one kind)
BODY_NOUNS = {
    "confederation", "federation", "association", "coalition", "council", "committee", "front", "league", "body",
    "organisation", "organization", "movement", "group", "network", "alliance", "syndicate", "bloc", "party",
    "wing", "arm", "unit", "agency", "office", "branch", "department", "division", "bureau", "headquarters",
}  # fmt: skip
# An organisation's officials who belong to one of its bodies (eval/actors/GUIDELINES.md rule 7).
IGO_BODIES = {("EU", "commissioner"): "European Commission"}
# What a country's armed forces hold: "bombed Cambodian positions", "Kyrgyz border posts".
MILITARY_PLACES = {"position", "outpost", "post", "base", "barracks", "garrison", "bunker", "trench", "fortification"}
# A country's agency, office or department with no agent word of its own is its government
# ("Sweden's public health agency", "Kenya's revenue authority").
STATE_BODY_NOUNS = {"agency", "office", "department", "authority", "regulator", "bureau", "directorate", "service"}
# People and bodies that belong to a named organisation or country without being an agent noun.
MEMBER_NOUNS = {
    "expert", "ally", "member", "investigator", "observer", "monitor", "inspector", "negotiator", "delegation",
    "delegate", "team", "partner", "envoy", "staff", "personnel", "body", "panel", "agency", "board",
    "secretariat", "committee", "assembly", "chamber",
    "representative", "counterpart", "worker", "employee", "member-state", "contingent",
}  # fmt: skip
# A name in one of these relations to a noun describes that noun ("Chinese economy", "China's oil").
MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "npadvmod"}
# "the alliance", "the group": nouns that refer back to an organisation (igo) or a group.
ORG_NOUNS = {
    "alliance": "igo", "bloc": "igo", "organisation": "igo", "organization": "igo", "council": "igo",
    "agency": "igo", "commission": "igo", "tribunal": "igo", "court": "igo", "mission": "igo",
    "fund": "igo", "board": "igo", "secretariat": "igo", "bank": "igo", "charity": "group", "network": "group",
    "group": "group", "movement": "group", "militia": "group", "faction": "group", "party": "group",
    "office": "igo", "institute": "group",
}  # fmt: skip
# Everyday jobs: a named person described by one is a citizen (CVL), unless at their workplace.
ORDINARY_JOBS = {"teacher", "nurse", "worker", "employee", "accountant", "bookkeeper", "waitress", "waiter", "clerk"}
ARMED_ORG_NOUNS = {"militia"}
# Titles that belong to whoever owns them: "the company's president", "the union's chairman".
OWNED_TITLES = {"president", "chairman", "chairwoman", "chair", "chief", "director", "head", "leader", "boss"}
# Words that name an actor again, after its full name ("US Central Command" ... "the command").
NAME_NOUNS = {
    "command", "institute", "network", "agency", "administration", "department", "company", "firm", "airline",
    "union", "foundation", "centre", "center", "observatory", "party", "service", "council", "court", "commission",
    "tribunal",
}  # fmt: skip
UN_BODY_NOUNS = {"agency", "office", "body", "programme", "program", "fund"}
# "the kingdom", "the emirate": a country of that kind named before
REALM_NOUNS = {
    "kingdom": {"SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "THA", "KHM", "NLD", "BEL", "NOR", "SWE", "DNK", "BTN",
                "LSO", "SWZ", "TON"},
    "emirate": {"ARE", "QAT", "KWT"},
    "sultanate": {"OMN", "BRN"},
}  # fmt: skip
ARMED_ACTOR_AGENTS = {"REB", "INS", "MIL", "CRM"}
ALLIANCES = {
    "NATO",
    "CSTO",
    "AUKUS",
    "QUAD",
    "ANZUS",
    "OPECPLUS",
}  # what "the alliance" may be besides an "... Alliance"
NAMED_ORG_NOUNS = {
    "council", "agency", "commission", "tribunal", "court", "mission", "party", "fund", "board", "secretariat", "bank",
    "office", "institute",
}  # fmt: skip
# "Hamas-run ministry", "Taliban-appointed ambassadors": the name owns what follows.
HYPHENATED_OWNERS = {"run", "appointed", "controlled", "installed", "owned", "commanded", "held"}
# Agents posted abroad: "the embassy in Beijing" is not China's.
POSTED_ABROAD = {"embassy", "consulate", "mission", "ambassador", "envoy", "consul", "diplomat", "attache"}
# Agent nouns that mean the story's own country when bare ("the government said").
DOMESTIC_AGENTS = {"OPP", "CVL", "LAB", "EDU", "JUD", "LEG", "MED", "REL", "BUS", "HLH", "NGO"}
HOME_NOUNS = {"government", "administration", "authorities", "authority", "state"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
# Agent nouns for one person: "the minister said ... she added"
TITLES_OF_PEOPLE = {
    "minister", "president", "spokesman", "spokeswoman", "spokesperson", "official", "chancellor", "premier",
    "ambassador", "envoy", "secretary", "commander", "general", "chief", "leader", "governor", "mayor", "king",
    "queen", "prince", "senator", "judge", "prosecutor", "director", "head", "diplomat", "negotiator", "adviser",
    "advisor", "lawmaker", "commissioner", "ombudsman", "emir", "sultan", "monarch", "candidate", "mediator",
}  # fmt: skip
FIRST_PERSON = {"we", "i", "us", "me"}
GROUP_PRONOUNS = {"it", "they", "them", "their"}
PLURAL_TAGS = {"NNS", "NNPS"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
CONTEXT_SENTENCES = 2
# Agents of people who live where a story puts them ("a farmer in Sisaket"), not of a state.
PEOPLE_AGENTS = {"CVL", "REF", "EDU", "HLH", "LAB", "REL"}
TOWN_PREPS = {"in", "at", "near", "outside"}
SEVERAL = Actor("", None, None, "", "", 0, 0, "group")  # a pronoun that stands for several actors
NEAR_SENTENCES = 0  # an actor in the same sentence beats the story's country for "the spokesman"
