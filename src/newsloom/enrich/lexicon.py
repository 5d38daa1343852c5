"""Word lists the built-in recogniser leans on; hand-written, because no light library ships them."""

from __future__ import annotations

CONNECTORS = frozenset(
    "of the de del della der den van von bin ibn al el da du la le y di dos das".split()
)
"""Lower-case words that may sit inside a name (Bank of England, Ludwig van Beethoven)."""

TITLES = frozenset(
    """president prime minister foreign defence defense interior finance secretary general gen gen.
    senator sen sen. rep rep. representative dr dr. mr mr. mrs mrs. ms ms. king queen prince princess
    pope chancellor governor gov gov. mayor judge justice sheikh ayatollah col col. lt lt. capt capt.
    adm adm. sgt sgt. chief deputy vice speaker ambassador coach ceo chairman chairwoman
    commander lord lady sir minister's president's emir sultan premier attorney spokesman
    spokeswoman spokesperson envoy leader officer detective inspector professor prof prof.
    constable sergeant archbishop bishop cardinal rabbi imam crown former acting interim supreme st. saint""".split()
)
"""Words of a title before a person's name (Prime Minister, Gen.); they mark what follows as a person."""

PERSON_PREFIXES = frozenset("abu umm bin ibn".split())

ORG_CUES = frozenset(
    """ministry party army forces force council union inc inc. corp corp. ltd ltd. llc plc co co.
    company group bank agency commission committee court parliament congress senate assembly
    university college school institute foundation association federation organisation
    organization network news times post journal press television tv radio airlines airways
    motors league club fc united church department office service services authority guard
    coalition front movement brigade brigades battalion corps police navy command exchange
    fund board bureau center centre hospital government administration cabinet team industries
    technologies systems holdings partners media studios records""".split()
)
"""Words that make a name an organisation (Ministry of Defence, Labour Party, Apple Inc)."""

STOP_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december images image copyright photo photos
    video videos getty reuters ap afp read more advertisement subscribe newsletter share click
    today tomorrow yesterday breaking update updated editor editors related story stories
    christmas easter ramadan eid gmt utc bst est edt pst tv am pm""".split()
)
"""Capitalised words that are never entities here: days, months, page furniture, wire credits."""

FUNCTION_WORDS = frozenset(
    """a an the this that these those he she it they we i you his her its their our my your
    in on at by for from with without to into onto over under after before during since until
    while when where why how what which who whom whose if then than but and or nor so yet
    as also not no yes all any some each every both either neither many much more most other
    another such only just even still despite although though however meanwhile moreover
    there here now later earlier according about around among between through throughout
    following including against toward towards across behind beyond upon within amid
    is are was were be been being has have had do does did will would can could should may
    might must shall said says say one two three four five six seven eight nine ten first
    last next old mr both several few former latter""".split()
)
"""Words that start sentences in capitals and never begin a name."""

PLACE_FIRST = frozenset("mount mt lake river gulf bay cape lake port fort sea".split())
PLACE_LAST = frozenset(
    """street road avenue square river island islands lake mountain mountains valley county province
    governorate region district strait sea ocean gulf bay desert peninsula park bridge airport""".split()
)
"""Words that make an unresolved name a place (Mount Cook, High Street, Lamar County)."""
