"""Stage ``accord.attribute_holders.v1``: who holds each position, whom it is about, and where.

Reads ``sentences``, ``parties``, ``places``, ``hits``, ``meta``, ``agreement``; writes
``speakers`` and, on every hit, ``holder``, ``subject`` and ``objects``.

A holder is named by a party followed by an attitude verb ("Moscow insists", "Kyiv also
advocates"), a party's document ("Russia's memorandum", "the Ukrainian side"), a document named
before ("the memorandum" after "Russia's memorandum"), an agent ("proposed by Qatar"), a
reporting clause (", Hamas said", "according to Kyiv"), an anaphor ("It also demands", "the
group said") or the signatories together ("the parties agree" → ``JOINT``). A party after
"that", "require", "urge" ... is a subject, not a holder ("Russia insists that Ukraine adopt
neutrality"). A sentence that names no holder keeps the current one: the document's author
(front matter), then whoever spoke last. The subject is the nearest other party in the clause;
the objects are the places of the clause, or of an earlier sentence that "these regions" points
back to.

>>> import accord
>>> p = accord.extract("Russia insists that Ukraine adopt neutrality.").provisions[0]
>>> p.holder, p.subject
('RUS', 'UKR')
"""

from __future__ import annotations

import re
from collections import ChainMap, Counter

import pycountry

from accord.codebook import load_codebook
from accord.extract.analysis import Analysis, Hit, Mention, Speaker
from accord.extract.clauses import clause_end, clause_start, is_action_verb
from accord.extract.lexicon import Lexicon
from accord.extract.registry import stages
from accord.extract.stages.parties import names_a_country
from accord.extract.stages.sections import GOVERNMENT
from accord.model import JOINT

_BLOCK_BEFORE = re.compile(
    r"(?:\b(?:that|for|on|upon|requir\w*|urg\w*|ask\w*|press\w*|forc\w*|compel\w*|from|with|"
    r"against|to|"
    r"of|between|than|unlike|toward|towards|into|in|at|over|about|whether|if|on behalf of|"
    r"whom|let|allow\w*|help\w*|want\w*|expect\w*|oblig\w*|made|make|makes|by|and|or|nor|like|"
    r"when|once|until|unless|after|before|as soon as)(?:\s+the)?|"
    r"[(\[])\s*$",
    re.I,
)
_FILLER = re.compile(
    r"(?:['’]s?)?(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*|presidency|government|council|delegation|"
    r"movement|party|group|assembly|parliament|interior|foreign affairs|defen[cs]e)"
    r"(?:\s+[A-Z][\w'’-]*){0,3})?"
    r"(?:\s+to\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?"
    r"(?:\s+(?:meeting|gathered|speaking|talking)\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w-]*)?"
    r"(?:\s+for\s+[a-z][\w-]*(?:\s+(?:and\s+)?(?!said|says|told|added|warned|insisted|demanded)"
    r"[a-z][\w-]*)?)?(?:\s+and\s+(?:[a-z-]+\s+){0,2}(?:head|chief|leader|negotiator|spokes\w+))?"
    r"(?:\s*\([^()]{0,40}\))?(?:\s*,(?:[^,.;]|[,.]\d){0,160},)?"
    r"(?:\s+and\s+(?:its\s+|their\s+)?(?:[a-z][\w-]*\s+){0,3}(?:organi[sz]ations|groups|allies|forces|"
    r"partners|militias))?(?i:\s+(?:\w+ly|also|again|now|"
    r"still|has|have|had|is|are|was|were|"
    r"for its part,?|in turn,?|in return,?|in response,?|meanwhile,?|on \w+day,?|then|"
    r"for (?:\w+ )?(?:years|months|decades|weeks)|long|repeatedly|always|consistently|"
    r"however,?|too,?))*\s+",
)
_ARMY = re.compile(r"the (?:army|military)", re.I)
_ARMY_NAME = re.compile(r"\b(?:Armed Forces|Army|army|Defen[cs]e Forces|military)\b")
_COMMIT_CUE = re.compile(r"(?:commit|undertak|pledg|agree|promis|guarantee|shall)", re.I)
_SPOKESPEOPLE_OF = re.compile(
    r"\b(?:negotiators?|officials?|representatives?|delegations?|leaders?|spokes\w+|envoys?|"
    r"members?|"
    r"commanders?|delegates?|leadership|head|chief|armies|army|militar(?:y|ies)|governments?|"
    r"alliance|coalition|bloc|group|union|front|"
    r"presidents?|ministers?|foreign ministers?|directors? general)"
    r"\s+(?:for|of|from)\s+(?:the\s+)?$",
    re.I,
)
_BYSTANDERS = re.compile(
    r"\b(?:critics|analysts|observers|experts|commentators|rights groups|human rights groups|"
    r"activists|residents|witnesses|diplomats|economists|scholars|historians)\b",
    re.I,
)
_THAT_BEFORE = re.compile(r"\bthat\s+(?:the\s+)?$", re.I)
_GOVERNMENT_OF = re.compile(r"\b(?:the )?government of\s*$", re.I)
_GOVERNMENT_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:(?:military|federal|central|transitional|interim|national|new)\s+)?"
    r"(?:government|administration|authorities)\b",
    re.I,
)
# "We demand", "our government will not accept": the document's author speaking
_FIRST_PERSON = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|while|so|that|[Nn]or do|[Nn]or will|[Nn]or can)\s+)(?:[\"“]\s*)?"
    r"(?P<we>[Ww]e|[Oo]ur (?:government|side|delegation|movement|party|people|forces|leadership|"
    r"position|country|aim|goal|objective|priority))\b"
)
# "Our aim remains ...": the author's stated goal, whatever verb follows
_OUR_AIM = re.compile(r"[Oo]ur (?:aim|goal|objective|priority|position)")
_WE_NEGATED = re.compile(
    r"(?:(?:do|does|did|will|would|can|could|shall)\s*(?:not|n['’]t)|cannot|never)\s+", re.I
)
_GOVERNMENT_NOUN = re.compile(r"\b(?:government|administration|authorities)$", re.I)
_POSSESSIVE = re.compile(r"['’]s?$")
_DOC_AFTER = (
    r"\s*(?:[“\"'‘]?(?!(?:sets?|lays?|puts?|makes?|has|have|is|are|was|were|will|would)\b)[\w-]+[”\"'’]?\s+)"
    r"{0,2}?[“\"'‘]?"
)
_REPORTING = re.compile(
    r"\s*(?:said|says|added|told|insisted|stated|argued|warned|noted|stressed|explained|wrote|"
    r"replied|"
    r"responded|countered|announced|claimed|declared|demanded|proposed|offered|maintained)\b",
    re.I,
)
_AGENT = re.compile(
    r"\b(?:demanded|proposed|offered|put forward|rejected|tabled|submitted|presented|drafted|"
    r"sought|"
    r"requested|backed|supported|floated|advanced|pushed|suggested|called for|outlined|adopted|"
    r"issued|published|released|approved|authored|written|sent|handed over|delivered|drawn up|"
    r"prepared|put together|devised|crafted|formulated|worked out|insisted|expected|favou?red|"
    r"preferred|urged|ruled out|opposed|accepted|endorsed|welcomed|being offered|being demanded)"
    r"\s+by\s+(?:the\s+)?$",
    re.I,
)
# the same with a government named without its state: "is being offered by the Ramos
# administration", "is still expected by the military"
_AGENT_GOVERNMENT = re.compile(
    r"\b(?:demanded|proposed|offered|put forward|rejected|tabled|sought|requested|backed|"
    r"supported|insisted|expected|favou?red|preferred|urged|ruled out|opposed|accepted|endorsed)"
    r"\s+by\s+(?P<who>the\s+(?:[A-Z][\w-]+\s+)?(?:government|administration|authorities|"
    r"military|army|regime|junta))\b(?!\s+(?:junta|regime|government|council|leadership)\b)"
)
# "... is to be supported by UN monitors" inside an agreed text: who carries it out, no holder
_TO_BE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:also\s+)?to\s+be\s+[\w\s,]{0,60}\bby\s+(?:the\s+)?$", re.I
)
_DOC_OF = re.compile(
    r"\b(?:memorand\w*|proposals?|counter-?proposals?|plan|draft|position paper|statement|"
    r"declaration|letter|note|response|reply|answer|demands|conditions|terms|offer|resolution|communiqu[eé]|"
    r"initiative|roadmap|vision|platform|points)\s+(?:of|by|from)\s+(?:the\s+)?"
    r"(?:(?:government|people|delegation|ministry of foreign affairs|foreign ministry|leadership|"
    r"president|presidency)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
# a sentence's unnamed subject and the aside after it: "The rebel leadership, grouped in the
# Northern Front (NF), said"
_APPOSED = re.compile(
    r"\s*(?P<head>(?:The|A|An|Its|Their)\s+(?:[\w-]+\s+){0,3}?(?:leadership|leaders?|"
    r"spokes(?:man|woman|person)|negotiators?|delegation|officials?|commanders?|envoys?|"
    r"representatives?|chief|head|mediators?|facilitators?|hosts?|guarantors?)|"
    r"(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+),\s+(?P<aside>[^,;:\"“]{4,120}),\s+(?:\w+ly\s+)?"
)
# '"...," said Idriss Kaba, the group's spokesman.': a person tied to a side after the quote
_SAID_PERSON = re.compile(
    r"[,\"”'’]\s*(?:said|says|added|stated|told reporters)\s+(?P<head>(?:[A-Z][\w'’.-]+\s+){0,3}"
    r"[A-Z][\w'’.-]+),\s+(?P<aside>(?:the|a|an|its|their)\s[^,;\"“]{3,100}?)\s*[.!]?\s*$"
)
# "according to Kyiv", "it is said in Manila"
_ACCORDING = re.compile(r"according to\s*$|\b(?:is|was|are|were) (?:\w+ )?said in\s*$", re.I)
_EDITORS_NOTE = re.compile(
    r"[\s*_(\[]*(?:(?:Editor|Analyst|Author|Translator|Correspondent|Reporter)s?['’]?s?['’]?\s+)"
    r"(?:note|comment|commentary|analysis)\b\s*[:.–—-]",
    re.I,
)
_INTERVIEW_INTRO = re.compile(
    r"\b(?:spoke|spoken|talked|speaks|talks|talking|speaking|sat down)\s+(?:to|with)\b|"
    r"\binterview(?:ed|s)?\b(?:\s+with\b)?|\basked\b",
    re.I,
)
# ", and the MFDC renounces": a new clause with its own subject
_NEW_CLAUSE = re.compile(r"[,;]\s*(?:and|but|while|whereas)\s+(?:the\s+)?$", re.I)
_SIDE_SAID = re.compile(
    r"(?<=[,\"”])\s*(?:(?:senior|top|chief)\s+)?(?:negotiators?|officials?|spokes(?:man|woman|person)|"
    r"representatives?|leaders?|commanders?|delegates?)\s+(?:for|of)\s+(?P<side>the\s+(?:movement|"
    r"group|rebels|rebel group|militia|front|insurgents|government|authorities|junta|regime))\s+"
    r"(?:said|says|told|added|stated)\b"
)
# the time of a live blog's entry at the start of its line: "**19 May, 17:30** –", "14:05 GMT -"
_STAMP = (
    r"[\s>*_#-]*(?:[A-Z]?[\w ,]{0,20}?)?\b\d{1,2}[:.h]\d{2}\b(?:\s*(?:GMT|UTC|local|[AP]M|am|pm))?"
    r"[*_\s]*[–—:-]\s*"
)
_LIVE_STAMP = re.compile(_STAMP)
# "The envoy", "The UN mediator" opening a sentence: the organisation's mediator
_ENVOY = re.compile(r"(?:" + _STAMP + r")?\s*The\s+(?:special\s+|personal\s+)?(?:envoy|mediator)\b")
# a speaker's title and a colon: "Government delegation head and foreign minister X: ..."
_GOV_LABEL = re.compile(
    r"(?:" + _STAMP + r")?\s*(?:The\s+)?Government\s+(?:delegation|negotiator|spokes\w+|side|"
    r"chief|head|envoy)[^:.\n\"“]{0,90}:\s"
)
_OPENING_TITLE = re.compile(
    r"(?:" + _STAMP + r")?\s*(?:The|A|An|Its|Their)\s[^,;:()\"“]{3,80},\s*", re.I
)
_FOR_SIDE = re.compile(
    r"\b(?:for|of)\s+the\s+(?:[\w-]+\s+)?(?:government|junta|regime|authorities|group|movement|"
    r"rebels|front|militia)\b",
    re.I,
)
_AGREED_WITH = re.compile(r"(?:have |had )?(?:also )?agreed with\b", re.I)
_PERSONAL = re.compile(r"he|she", re.I)
_APPOSED_PERSON = re.compile(r",\s+(?:\w+ly\s+|also\s+)?")
# a sentence that opens on a spokesman of a side named by a common noun
_SIDE_OPENS = re.compile(
    r"\s*(?:A|An|One|The)\s+(?:senior\s+|top\s+)?(?:spokes(?:man|woman|person)|official|"
    r"negotiator|representative|commander|leader)\s+(?:for|of|from)\s+the\s+"
    r"(?:[A-Z][\w'’-]+\s+)?(?P<side>group|movement|rebels|rebel group|armed group|front|militia|"
    r"insurgents|(?:military\s+|federal\s+|central\s+|transitional\s+)?government|junta|regime)"
    r"(?:,\s+[^,;:\"“]{3,60},)?\s+(?:also\s+)?"
    r"(?:said|says|told|added|stated|declared|confirmed|announced|insisted)\b"
)
_BARE_SUBJECT = re.compile(r"\s*(?:The\s+|the\s+)?#\s*,?\s*", re.I)
_CLAUSE_START = re.compile(r"(?:^|[,;:—–]|\band|\bbut|\bwhile)\s*(?:\w+ly,?\s+)?[\"“]?$", re.I)
# the end of a quotation or clause before a reporting clause, maybe with a title between:
# '..." Azerbaijani President Ilham Aliyev told reporters'
_QUOTE_END = re.compile(r"[,“\"”]\s*(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,4}$")
_SENTENCE_TAIL = re.compile(
    r"(?:\s+(?:on \w+day|yesterday|today|last \w+|this \w+|[a-z]+ly))*"
    r"(?:,?\s+(?:on (?:\w+day|\d{1,2}\b[^.;!?]{0,20})"
    r"|in (?:a|an) (?:statement|interview|speech|letter)"
    r"|in [A-Z][\w-]+|at (?:a|the) [^.;!?]{0,30}|after [^.;!?]{0,60}|following [^.;!?]{0,60}"
    r"|citing [^.;!?]{0,60}))?"
    r"\s*[.!?\"”’']*\s*",
)
_STATEMENT_HEADING = re.compile(
    r"\b(?:interview|statement|speech|address|remarks|letter|op-ed|position|answer|response|reply|"
    r"views?|proposals?|plan|demands|conditions|red lines|terms|memorandum|draft|"
    r"communiqu[eé]|manifesto|message|appeal|open letter)\b",
    re.I,
)
# "the two Syrian answers", "reactions in Kyiv and Moscow": several voices, none of them the title's
_SEVERAL_ANSWERS = re.compile(
    r"\b(?:answers|responses|replies|reactions|views|positions|statements)\b", re.I
)
_JOINT_VERB = re.compile(
    r"agree|commit|sign|pledg|undert|decid|accept|reach|recogni|reaffirm|confirm|resolv|affirm|"
    r"announc|initial",
    re.I,
)
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,5}")
# the name of a person after a party's title: "(KNU chairman) Saw Mutu Say Poe"
_NAME_AFTER = re.compile(
    r"(?:\s+(?:[A-Z][\w'’.-]*[a-z][\w'’.-]*|al-\w+|bin|de|van|von)){1,4}(?=\s+[a-z])"
)
# ", and both sides pledged": a new clause, not a list of parties
_IN_ASIDE = re.compile(
    r",\s*(?:acting|who|which|whose|speaking|leading|representing|as|on behalf|backed|"
    r"supported)\b[^,;()]*$",
    re.I,
)
# "In mid-1992 it refused", "In the end it boycotted": an opening adverbial before a pronoun
_INTRO_PHRASE = re.compile(
    r"(?:In|On|At|By|After|Before|During|Since|Later|Then|Finally|Soon|Now|Today|Yesterday|"
    r"Eventually|Meanwhile)\b[^,;:\"“]{0,30}?,?\s*"
)
_UNNAMED = re.compile(
    r"(?P<who>\b(?:(?:a|an|one|two|several|some|many|other)\s+)?(?:senior\s+|local\s+|top\s+)?"
    r"(?:(?P<group>(?:rebel|field|guerrilla|militia|opposition|insurgent)\s+(?:field\s+)?"
    r"(?:commanders?|leaders?|officials?|fighters?|spokes(?:man|woman|person))|commanders?|"
    r"fighters?|rebels|guerrillas|insurgents|militants)|"
    r"(?:government\s+|information\s+|interior\s+|defen[cs]e\s+|senior\s+)?"
    r"(?:ministers?|officials)))\s+(?:also\s+|repeatedly\s+|have\s+|has\s+)?"
    r"(?=said|say|says|told|added|warned|insisted|ruled|rejected|refused|demanded|vowed)",
    re.I,
)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:\w+ly|still|also|now|not|being)\s+)*$", re.I
)
_PRONOUN = re.compile(
    r"it|they|he|she|(?:his|her|its|their) (?:government|administration|movement|group|side|"
    r"delegation)",
    re.I,
)
# what may come before the party a sentence is about: "The", "In Kabul, the", "A Wa official,"
_TOPIC_OPEN = re.compile(
    r"(?:(?:In|On|At|For|After|Meanwhile|But|And|However)\b[^,]{0,40},\s*)?(?:the\s+)?", re.I
)
_CLAUSE_AND = re.compile(r"[,;]\s*(?:and|but|while)\s+$", re.I)
_AND_JOINT = re.compile(r"^\s*(?:and|&)\s+(?:the\s+)?$", re.I)
_MODAL = re.compile(
    r"(?:shall|will|must|are to|is to|would|agree\w*|commit\w*|undert\w*|pledg\w*|accept\w*|"
    r"recogni[sz]\w*|reaffirm\w*|confirm\w*|decid\w*|resolv\w*|welcom\w*|affirm\w*)\b",
    re.I,
)
_REPORTED_DEAL = re.compile(
    r"\b(?:signed|initial(?:l)?ed|reached|concluded|struck|sealed|clinched|"
    r"adopted|agreed|"
    r"finali[sz]ed|approved)\b(?: (?:on|to|upon))? (?:a|an|the|their|its|this|two|three|four|five|"
    r"several|\d+) (?:[\w'’-]+ ){0,6}?"
    r"(?:agreement|accord|deal|declaration|treaty|protocol|memorandum of understanding|truce|"
    r"ceasefire|cease-fire|armistice|package of measures|settlement|communiqu[eé]|plan|framework|"
    r"roadmap|road map|arrangement|mechanism|timetable|package|text|joint statement|memorandum|"
    r"document)s?\b",
    re.I,
)
_PASSIVE_DEAL = re.compile(
    r"\b(?:agreement|accord|deal|declaration|treaty|protocol|memorandum of understanding|truce|"
    r"ceasefire|cease-fire|armistice|settlement|communiqu[eé]|statement)s?\b[^.;:]{0,120}?"
    r"\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:signed|initial(?:l)?ed|"
    r"concluded|agreed|adopted)\b(?!\s+(?:in|on)\s+(?:19|20)\d\d)",
    re.I,
)
_CONDITION_IN = re.compile(r"\b(?:only after|only once|only when|only if|unless|until)\b", re.I)
# a joint text issued by two named sides: "in a joint statement of the United States and
# Russia", "a joint declaration by X and Y" (the text that follows speaks for both)
_JOINT_TEXT_OF = re.compile(
    r"\bjoint (?:statement|declaration|communiqu[eé]|proposal|plan|initiative|text)\s+"
    r"(?:of|by|from|issued by|signed by)\s+(?:the\s+)?[A-Z][^.;:]{0,80}?\s(?:and|&)\s",
)
# a resolution put before an organisation's body is that body's text, whoever sponsors it:
# "The draft resolution circulated in the Security Council by France and the United States"
_RESOLUTION_IN = re.compile(
    r"\b(?:draft\s+)?resolutions?\b[^.;:]{0,60}?\b(?:in|before|to|at|of|by)\s+(?:the\s+)?$",
    re.I,
)
# two sides accepting one deal: "Israel and Palestinian factions led by Hamas accepted an
# open-ended ceasefire brokered by Egypt" (the deal's terms are both sides' commitment)
_ACCEPT_DEAL = re.compile(
    r"\b(?:have\s+|had\s+|both\s+)?(?:accepted|agreed to|signed up to|endorsed)\s+"
    r"(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:ceasefire|cease-fire|truce|deal|agreement|accord|plan|proposal|peace plan|settlement)s?\b",
    re.I,
)
_AND_SIDES = re.compile(r"\w\s+(?:and|&)\s+\w")
_UNDER_TERMS = re.compile(r"\s*(?:Under|By the terms of|According to the terms of)\s+the\b", re.I)
_GOV_SIDE = re.compile(
    r"the government(?:['’]s (?:delegation|negotiators|side|team|representatives)| side)", re.I
)
_VIEW_IS = re.compile(
    r"(['’]s)?\s+(?:official\s+|stated\s+|declared\s+)?(?:view|position|stance|line|answer|"
    r"reply|response)\s+(?:is|was|remains|remained|has been)\b",
    re.I,
)
# a headline-style report of a signing, maybe after a live blog's timestamp: "16:30 - Deal signed."
_TERSE_DEAL = re.compile(
    r"^\s*(?:\d{1,2}[:.h]\d{2}\s*(?:[-–—:]\s*)?)?(?:(?:The|A)\s+)?(?:[\w-]+\s+)?"
    r"(?:deal|agreement|accord|truce|ceasefire|cease-fire|treaty|declaration)\s+"
    r"(?:(?:is|was|has been)\s+)?(?:finally\s+)?(?:signed|reached|sealed|agreed)\s*[.!:]",
    re.I,
)
_AS_FOLLOWS = re.compile(
    r"\s*(?:[Hh]ave|[Hh]as|[Hh]ereby)?\s*(?:[Aa]gree[ds]?|[Dd]ecided?)\s+"
    r"(?:as follows|on the following)\b"
)
_DEAL_SUBJECT = re.compile(
    r"\s*(?:The|This|That|These) (?:[\w-]+ )?(?:agreements?|deal|accords?|treaty|text|protocols?|"
    r"declaration|settlement|truce|ceasefire|principles|documents)\s+(?:also\s+|further\s+)?"
    r"(?:[a-z]+s|is|are|will|shall|state|provide|require|set out|commit|oblige)\b"
)
#: a party's document that speaks in its own voice: "we" in it is that party
_VOICED_DOC_OF = re.compile(
    r"\b(?:letter|statement|message|communiqu[eé]|speech|address|appeal|open letter)\s+"
    r"(?:\w+\s+)?(?:from|of|by)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
_DEAL_FRAME = re.compile(
    r"\bunder (?:its|their) terms\b|"
    # "What has been agreed is ...", "It is provided that ...": the agreed text speaks
    r"\bwhat (?:has been |was |had been |is |the (?:two )?(?:parties|sides|delegations|leaders) "
    r"(?:have |had )?)(?:agreed|signed|settled)\b|"
    r"\bit (?:is|was|has been|had been) (?:further |also )?(?:provided|agreed|stipulated|"
    r"laid down|resolved) that\b|"
    r"\b(?:under|in|according to|per) the (?:\w+ )?(?:agreement|deal|accord|truce|ceasefire|"
    r"arrangement|"
    r"protocol|declaration|memorandum of understanding)\b|\bthe (?:\w+ )?(?:agreement|deal|"
    r"accord|truce|"
    r"protocol|declaration|arrangement) (?:provides|calls|stipulates|requires|includes|"
    r"envisages|sets out|"
    r"foresees|obliges|commits|establishes|mandates|says|states|lays out)\b",
    re.I,
)
_REGION_ANAPHOR = re.compile(
    r"\b(?:these|those|the (?:aforementioned|said|above|four|five|two|three|same)|the|such|both)\s+"
    r"(?:[\w-]+\s+)?(?:regions?|territor(?:y|ies)|areas?|oblasts?|provinces?|lands|districts?)\b",
    re.I,
)
_THE_TERRITORY = re.compile(r"\bthe (?:disputed )?territory\b(?!\s+of\b)", re.I)
_GROUPISH = re.compile(
    r"\b(?:the group|the movement|the militia|the rebels?|the insurgents|the rebel group|"
    r"the armed group|"
    r"the faction|the organi[sz]ation)\b",
    re.I,
)
_GOVERNMENTISH = re.compile(
    r"\b(?:the (?:federal |central |national |military )?government|federal authorities|"
    r"the country|"
    r"the junta|the regime|the president|the prime minister|the foreign minister|"
    r"the state|the administration|the authorities|"
    r"government officials|government negotiators|the government side|government)\b",
    re.I,
)
_LEADER = re.compile(r"the (?:president|prime minister|foreign minister)", re.I)
_DOC_SELF = re.compile(
    r"\b(?:the|this|that|its|their) (?:\w+ )?(?:memorandum|proposal|counterproposal|"
    r"counter-proposal|plan|"
    r"document|draft|framework|text|paper|letter|offer|response|reply|list|initiative|roadmap|"
    r"vision|"
    r"demands|conditions|terms)\b",
    re.I,
)

# a city that names a round of talks or its text ("Geneva II", "the Minsk agreements")
_VENUE_NAME = re.compile(
    r"\s+(?:I{1,3}|IV|talks|process|format|conference|communiqu|declaration|round|accords?|"
    r"agreements?|protocol|peace)\b",
    re.I,
)

_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+$", re.I)


def _is_venue(text: str, m: Mention) -> bool:
    """A city that names a round of talks ("Geneva II", "the Astana talks"): the venue, not a
    state's voice ("signed in Colombo" still counts for Sri Lanka)."""
    if m.form != "name" or names_a_country(re.sub(r"['’]s?$", "", m.text)):
        return False
    return bool(_VENUE_NAME.match(text, m.end))


OBJECT_ISSUES_EXTRA = {"forces.withdrawal", "forces.demilitarized_zone"}


class HolderFinder:
    """Finds the speakers of sentences, tracking the current holder through the text."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.speech = lex.cue("speech")
        self.docs = lex.cue("document_nouns")
        self.joint = lex.cue("joint")
        self.anaphora = lex.cue("anaphora")
        self.kinds: dict[str, str] | ChainMap[str, str] = lex.party_kind
        self.last_org: str | None = None  # the organisation named last ("the envoy" is its)
        self.last_person: str | None = None  # the side of the last one speaker ("she" is its)

    def _side_of(
        self,
        m: re.Match[str],
        off: int,
        parties: list[Mention],
        last_group: str | None,
        top_state: str | None,
    ) -> str | None:
        """The side a person or unnamed speaker is tied to by the aside beside it ("the group's
        spokesman", "grouped in the Northern Front (NF)", "a spokesman for the government")."""
        if any(m.start("head") <= p.start - off < m.end("head") for p in parties):
            return None  # the head is a party itself: the other rules name it
        inside = [
            p
            for p in parties
            if m.start("aside") <= p.start - off < m.end("aside") and p.form != "adjective"
        ]
        own = [p for p in inside if self.kinds.get(p.code) != "organisation"]
        if own or inside:
            return (own or inside)[-1].code
        aside = m.group("aside")
        if _GROUPISH.search(aside):
            return last_group
        if _GOVERNMENTISH.search(aside):
            return top_state
        side = _FOR_SIDE.search(m.group("head"))
        if side:
            # "A spokesman for the military government, Major General X, said"
            return top_state if _GOVERNMENTISH.search(side.group()) else last_group
        return None

    def speakers(
        self,
        text: str,
        off: int,
        parties: list[Mention],
        doc_map: dict[str, str],
        current: str | None,
        last_group: str | None,
        last_state: str | None,
        top_state: str | None = None,
        army: str | None = None,
        topic: str | None = None,
    ) -> list[Speaker]:
        """Speakers named in one sentence (``text`` at offset ``off``), in order."""
        out: list[Speaker] = []
        for m in self.joint.finditer(text):
            f = _FILLER.match(text, m.end())
            pos = f.end() if f else m.end()
            sm = _MODAL.match(text, pos) or self.speech.match(text, pos)
            pre = text[max(0, m.start() - 30) : m.start()]
            if (
                sm
                and (
                    _MODAL.match(text, pos)
                    or _JOINT_VERB.match(sm.group())
                    or re.match(
                        r"said|say|stated|declared|confirmed|request|ask|call|invit|urg",
                        sm.group(),
                        re.I,
                    )
                )
                and (
                    not _BLOCK_BEFORE.search(pre)
                    or (_CLAUSE_AND.search(pre) and _JOINT_VERB.match(sm.group()))
                )
            ):
                out.append(Speaker(off + m.start(), off + m.end(), JOINT, "joint", m.group()))
        m = _AS_FOLLOWS.match(text)
        if m:
            # "Have agreed as follows:" after a preamble: the signatories speak again
            out.append(Speaker(off + m.start(), off + m.end(), JOINT, "agreement", m.group()))
        for m in _DEAL_FRAME.finditer(text):
            out.append(Speaker(off + m.start(), off + m.end(), JOINT, "agreement", m.group()))
        for m in _REPORTED_DEAL.finditer(text):
            out.append(
                Speaker(off + m.start(), off + m.end(), JOINT, "agreement-reported", m.group())
            )
        for m in _ACCEPT_DEAL.finditer(text):
            sides = {
                p.code
                for p in parties
                if p.end - off <= m.start() and self.kinds.get(p.code) != "organisation"
            }
            if len(sides) >= 2 and _AND_SIDES.search(text, 0, m.start()):
                out.append(
                    Speaker(off + m.start(), off + m.end(), JOINT, "agreement-reported", m.group())
                )
        for m in _JOINT_TEXT_OF.finditer(text):
            out.append(
                Speaker(off + m.start(), off + m.end(), JOINT, "agreement-reported", m.group())
            )
        for m in _TERSE_DEAL.finditer(text):
            out.append(
                Speaker(off + m.start(), off + m.end(), JOINT, "agreement-reported", m.group())
            )
        for m in _PASSIVE_DEAL.finditer(text):
            if _CONDITION_IN.search(m.group()):
                continue  # "a ceasefire only after reforms had been agreed": a condition, no deal
            # "A permanent ceasefire ... was signed today by the two delegations"
            out.append(
                Speaker(
                    off + m.start(),
                    off + m.end(),
                    JOINT,
                    "agreement-reported",
                    m.group(),
                    post=True,
                )
            )
        for k, p in enumerate(parties):
            rs, re_ = p.start - off, p.end - off
            before = text[max(0, rs - 60) : rs]
            after_start = re_
            if (
                p.form == "group"
                and _QUOTE_END.search(before)
                and _REPORTING.match(text[after_start:])
            ):
                out.append(
                    Speaker(
                        p.start,
                        p.end,
                        p.code,
                        "reporting",
                        text[after_start:].split()[0],
                        post=True,
                    )
                )
                continue
            if p.form == "adjective":
                # "the Russian demands", "Ukrainian Counterproposal"
                dm = re.match(_DOC_AFTER + self.docs.pattern, text[after_start:], re.I)
                if dm and not _BLOCK_BEFORE.search(before):
                    noun = dm.group().strip(" “\"'‘”’").split()[-1].lower()
                    doc_map[noun] = p.code
                    out.append(
                        Speaker(
                            p.start,
                            off + after_start + dm.end(),
                            p.code,
                            "document",
                            dm.group().strip(),
                        )
                    )
                continue
            if _AGENT.search(before) and not (current == JOINT and _TO_BE.search(before)):
                out.append(Speaker(p.start, p.end, p.code, "agent", before.strip(), post=True))
                continue
            vm = _VIEW_IS.match(text, p.end - off)
            if vm and (p.text.endswith(("'s", "’s")) or vm.group(1)):
                # "Baku's view is that ...", "Kosovo's position remains that ...": its stance
                out.append(Speaker(p.start, off + vm.end(), p.code, "speech", vm.group().strip()))
                continue
            if self.kinds.get(p.code) == "organisation" and _RESOLUTION_IN.search(before):
                out.append(Speaker(p.start, p.end, p.code, "document", before.strip()))
                continue
            if _JOINT_TEXT_OF.search(before + p.text + " and "):
                continue  # "a joint statement of X and Y": the JOINT speaker holds it
            if _DOC_OF.search(before):
                # "Memorandum of the Government of Azerbaijan on ...", "a proposal by Qatar"
                out.append(Speaker(p.start, p.end, p.code, "document", before.strip()))
                continue
            if k == 0 and _BARE_SUBJECT.fullmatch(text[:rs] + "#" + text[re_:]):
                # a resolution's preamble: "The Security Council," on its own line
                out.append(Speaker(p.start, p.end, p.code, "document", p.text))
                continue
            if _ACCORDING.search(before):
                out.append(Speaker(p.start, p.end, p.code, "according", "according to", post=True))
                continue
            if _QUOTE_END.search(before) and _REPORTING.match(text[after_start:]):
                out.append(
                    Speaker(
                        p.start,
                        p.end,
                        p.code,
                        "reporting",
                        text[after_start:].split()[0],
                        post=True,
                    )
                )
                continue
            if (
                re.search(
                    r"\b(?:said|says|added|told|insisted|stated|argued|warned)\s*$", before, re.I
                )
                and not _POSSESSIVE.search(p.text)
                and not (
                    _CLAUSE_VERB.match(text, re_)
                    and k > 0
                    and _SAID_BETWEEN.fullmatch(text[parties[k - 1].end - off : rs])
                )
            ):
                # "..., said Qatar." names who spoke; "the BRN said Malaysia must act as a
                # mediator" makes Malaysia the subject of what the BRN said, not a speaker
                # (but "Qassem said Hezbollah would ..." still gives Hezbollah's voice)
                out.append(
                    Speaker(p.start, p.end, p.code, "reporting", before.split()[-1], post=True)
                )
                continue
            # "X and Y agreed" → JOINT
            if k + 1 < len(parties):
                nxt = parties[k + 1]
                gap = text[re_ : nxt.start - off]
                if _AND_JOINT.match(gap) and nxt.code != p.code:
                    f = _FILLER.match(text, nxt.end - off)
                    pos2 = f.end() if f else nxt.end - off
                    sm = self.speech.match(text, pos2) or _MODAL.match(text, pos2)
                    joint_verb = bool(sm) and bool(
                        re.match(r"agree|commit|sign|pledg|undert|reach", sm.group(), re.I)
                    )
                    if (
                        sm
                        and re.match(
                            r"agree|commit|sign|pledg|undert|will|shall|decid|accept|reach|recogni|"
                            r"reaffirm|confirm|must|are to|resolv|affirm|welcom|announc|said|say",
                            sm.group(),
                            re.I,
                        )
                        and (joint_verb or not _BLOCK_BEFORE.search(before))
                    ):
                        # "announced that Israel and Iran had agreed to": a reported joint act
                        out.append(
                            Speaker(p.start, nxt.end, JOINT, "joint", f"{p.text} and {nxt.text}")
                        )
                        continue
            gov_of = _GOVERNMENT_OF.search(before) or _SPOKESPEOPLE_OF.search(before)
            first = k  # the first party of a list "X, Y and Z" decides whether the list is blocked
            # ("In Pristina, Thaci said": one party named twice is an apposition, not a list)
            while (
                first > 0
                and _LIST_GAP.fullmatch(
                    text[parties[first - 1].end - off : parties[first].start - off]
                )
                and parties[first - 1].code != parties[first].code
            ):
                first -= 1
            if first != k:
                before = text[max(0, parties[first].start - off - 60) : parties[first].start - off]
                gov_of = _GOVERNMENT_OF.search(before) or _SPOKESPEOPLE_OF.search(before)
            if _BLOCK_BEFORE.search(before) and not gov_of:
                # "... is that the FARC now commits to ...": after "that", a party with its own
                # finite speech verb still speaks; "insists that Ukraine adopt" does not
                f = _FILLER.match(text, re_)
                sm = self.speech.match(text, f.end() if f else re_)
                finite = sm and re.fullmatch(
                    r"\w+(?:s|ed)|said|told|wrote|sought|undertook|put forward", sm.group()
                )
                if not ((_THAT_BEFORE.search(before) or _NEW_CLAUSE.search(before)) and finite):
                    continue
            if _IN_ASIDE.search(text, max(0, rs - 120), rs):
                # "Russia, acting as guarantor of the truce in Syria, signed": Syria is inside
                # an aside about the speaker, not the speaker
                continue
            if _POSSESSIVE.search(p.text) or text[re_ : re_ + 1] in "'’":
                last = re.search(r"([\w-]+)\s*$", before)
                if last and (is_action_verb(last.group(1)) or self.speech.fullmatch(last.group(1))):
                    continue  # "which endorses Morocco's autonomy plan": an object, not a speaker
                dm = re.match(_DOC_AFTER + self.docs.pattern + r"\b", text[after_start:], re.I)
                g = None if dm else self.lex.group_re.match(text, after_start)
                if g:
                    # "Lebanon's caretaker prime minister, Najib Mikati, called on ..."
                    ge = _NAME_AFTER.match(text, g.end())
                    gend = ge.end() if ge else g.end()
                    f = _FILLER.match(text, gend)
                    sm = self.speech.match(text, f.end() if f else gend)
                    if sm:
                        tail = bool(
                            _REPORTING.match(text, sm.start())
                            and _SENTENCE_TAIL.fullmatch(text, sm.end())
                        )
                        rule = "reporting" if tail else "speech"
                        out.append(
                            Speaker(p.start, off + g.end(), p.code, rule, sm.group(), post=tail)
                        )
                    continue
                if dm:
                    noun = dm.group().strip(" “\"'‘”’").split()[-1].lower()
                    doc_map[noun] = p.code
                    out.append(
                        Speaker(
                            p.start,
                            off + after_start + dm.end(),
                            p.code,
                            "document",
                            dm.group().strip(),
                        )
                    )
                continue
            if p.form in ("name", "person"):
                # "M23 leaders answer", "Hamas officials said"
                g = self.lex.group_re.match(text, after_start)
                skipped = text[after_start : g.start() + len(g.group()) - 1] if g else ""
                if (
                    g
                    and not re.search(r"\b(?:the|a|an|that|this|its|their)\b", skipped, re.I)
                    and not (self.speech.search(skipped))
                ):
                    after_start = g.end()
            if (p.form in ("name", "person", "group") and after_start > re_) or p.form == "group":
                # "KNU chairman Saw Mutu Say Poe said": the person's name after the title
                nm = _NAME_AFTER.match(text, after_start)
                if nm:
                    after_start = nm.end()
            ap = _APPOSED_PERSON.match(text, after_start) if p.form == "person" else None
            if ap and _OPENING_TITLE.fullmatch(text[:rs]):
                # "The Houthi spokesman and delegation head, Mohammed Abdulsalam, says": the person
                # in the apposition speaks for the side the text tied them to
                sm = self.speech.match(text, ap.end())
                if sm and not sm.group()[0].isupper():
                    out.append(Speaker(p.start, p.end, p.code, "speech", sm.group()))
                    continue
            f = _FILLER.match(text, after_start)
            pos = f.end() if f else after_start
            sm = self.speech.match(text, pos)
            if sm and sm.group()[0].isupper():
                sm = None  # "the United Nations Support Mission": a name goes on, no verb
            elif (
                sm
                and _PASSIVE_BEFORE.search(text, after_start, pos)
                and sm.group().split()[0].endswith("ed")
            ):
                # "The United Nations is asked to monitor", "Israel is called upon to withdraw":
                # asked, not asking
                sm = None
            if (
                not sm
                and current == JOINT
                and (
                    (
                        (gov_of or _GOVERNMENT_NOUN.search(p.text))
                        and re.match(r"will\b", text[pos:])
                    )
                    or (
                        (_GOVERNMENT_OF.search(before) or _GOVERNMENT_NOUN.search(p.text))
                        and re.match(r"shall\b", text[pos:])
                    )
                )
            ):
                # a government's own undertaking inside an agreement: "The British government will"
                out.append(Speaker(p.start, p.end, p.code, "undertaking", "will"))
                continue
            if sm and _REPORTING.match(text, pos) and _SENTENCE_TAIL.fullmatch(text, sm.end()):
                # "..., Hamas said." at the end of the sentence: a reporting clause
                out.append(Speaker(p.start, p.end, p.code, "reporting", sm.group(), post=True))
                continue
            if sm:
                # "The United States, Saudi Arabia, Egypt and the UAE published ...": the first;
                # "Serbia and Kosovo agreed": all of them together
                code, rule = parties[first].code, "speech"
                if first != k and _JOINT_VERB.match(sm.group()):
                    code, rule = JOINT, "joint"
                out.append(Speaker(parties[first].start, p.end, code, rule, sm.group()))
        # "The Contra leadership, grouped in the Nicaraguan Resistance (RN), said": an unnamed
        # subject whose aside names its party; "A spokesman, speaking for the group, said"
        am = _APPOSED.match(text)
        if am and not any(sp.start < off + am.end() for sp in out):
            verb = self.speech.match(text, am.end())
            code = self._side_of(am, off, parties, last_group, top_state)
            if verb and code and not _BLOCK_BEFORE.search(am.group("head")):
                out.append(Speaker(off, off + am.end(), code, "apposition", verb.group()))
        sm_ = _SAID_PERSON.search(text)
        if sm_ and not any(sp.start >= off + sm_.start() for sp in out):
            code = self._side_of(sm_, off, parties, last_group, top_state)
            if code:
                out.append(
                    Speaker(
                        off + sm_.start(), off + sm_.end(), code, "reporting", "said", post=True
                    )
                )
        for m in _AGENT_GOVERNMENT.finditer(text):
            code = top_state
            if army and self.kinds.get(army) == "state" and re.search(r"military|army", m.group()):
                code = army  # "the army" of a text that names a state's army; not a rebel army
            if code and not any(sp.start <= off + m.start("who") < sp.end for sp in out):
                out.append(
                    Speaker(
                        off + m.start("who"),
                        off + m.end("who"),
                        code,
                        "agent",
                        m.group(),
                        post=True,
                    )
                )
        m = _SIDE_OPENS.match(text)
        side = (top_state if _GOVERNMENTISH.search(m.group("side")) else last_group) if m else None
        if m and side and not any(sp.start < off + m.end() for sp in out):
            # "A spokesman for the Tigrayan group said ...": the armed group named before; "A
            # spokesman for the military government, Major General X, confirmed": the state
            out.append(Speaker(off + m.start(), off + m.end(), side, "unnamed", m.group()))
        m = _ENVOY.match(text)
        if m and self.last_org and not any(sp.start < off + m.end() for sp in out):
            f = _FILLER.match(text, m.end())
            if self.speech.match(text, f.end() if f else m.end()):
                # "The envoy presents a written proposal": the mediator of the body named last
                out.append(
                    Speaker(off + m.start(), off + m.end(), self.last_org, "anaphora", m.group())
                )
        for m in _SIDE_SAID.finditer(text):
            # "..., negotiators for the movement said": the group or government named before
            code = top_state if _GOVERNMENTISH.search(m.group("side")) else last_group
            if code and not any(sp.start <= off + m.start() < sp.end for sp in out):
                out.append(
                    Speaker(off + m.start(), off + m.end(), code, "reporting", m.group(), post=True)
                )
        m = _GOV_LABEL.match(text)
        if m and top_state and not any(sp.start < off + m.end() for sp in out):
            # "Government delegation head and foreign minister X: everything must follow ..."
            out.append(Speaker(off + m.start(), off + m.end(), top_state, "label", m.group()))
        nm = _EDITORS_NOTE.match(text)
        if nm:
            # "Analyst's note: Egypt insists that ...": the writer's comment, no party's position
            return [Speaker(off, off + nm.end(), "", "bystander", nm.group())]
        # critics, analysts, observers ... speak for no party: what they say holds nothing
        for m in _BYSTANDERS.finditer(text):
            f = _FILLER.match(text, m.end())
            if self.speech.match(text, f.end() if f else m.end()):
                out.append(Speaker(off + m.start(), off + m.end(), "", "bystander", m.group()))
        # "the memorandum" pointing back to its party
        for m in _DOC_SELF.finditer(text):
            noun = m.group().split()[-1].lower()
            code = doc_map.get(noun)
            if code and not any(s.start <= off + m.start() < s.end for s in out):
                before = text[max(0, m.start() - 30) : m.start()]
                # only a document that is the subject of its clause speaks ("The memorandum
                # also prohibits"), not one that is an object ("he backed the plan")
                if _CLAUSE_START.search(text[: m.start()]) and not _BLOCK_BEFORE.search(before):
                    out.append(
                        Speaker(
                            off + m.start(), off + m.end(), code, "document-reference", m.group()
                        )
                    )
        # unnamed members of a side: "one commander said", "Rebel field commanders said" (the
        # armed group named last), "a government minister said", "Ministers ruled out" (the state)
        for m in _UNNAMED.finditer(text):
            # the side that is speaking, if it is of the right kind, else the one named last
            want = "group" if m.group("group") else "state"
            # "Hezbollah's ministers said": the side that owns them, whatever its kind
            owner = next(
                (
                    p.code
                    for p in parties
                    if (
                        p.text.endswith(("'s", "’s"))
                        and re.fullmatch(r"\s+", text[p.end - off : m.start("who")])
                    )
                    or re.fullmatch(r"['’]s\s+", text[p.end - off : m.start("who")])
                ),
                None,
            )
            ref = topic or current
            if owner:
                code = owner
            elif ref and ref != JOINT and _ITS_BEFORE.search(text[: m.start("who")]):
                code = ref  # "Its officials have said": the side the sentence before was about
            elif current and current != JOINT and self.kinds.get(current) == want:
                code = current
            else:
                code = last_group if want == "group" else top_state
            if not code or any(sp.start <= off + m.start("who") < sp.end for sp in out):
                continue
            post = bool(
                _QUOTE_END.search(text[: m.start("who")])
                or (
                    m.start("who") > 0 and text[: m.start("who")].rstrip().endswith((",", '"', "”"))
                )
            )
            out.append(
                Speaker(
                    off + m.start("who"),
                    off + m.end("who"),
                    code,
                    "unnamed",
                    m.group("who"),
                    post=post,
                )
            )
        # anaphora: "It also demands", "The group said"
        for m in self.anaphora.finditer(text):
            if (
                m.start() > 0
                and not re.search(
                    r"(?:^|[,;:]|\band|\bwhile|\bbut|\bwhereas)\s*"
                    # "negotiators for the government refused": the side its envoys speak for
                    r"(?:(?:the\s+)?(?:negotiators|delegates|officials|representatives|envoys|"
                    r"spokesm[ae]n)\s+(?:for|of|from)\s+)?$",
                    text[: m.start()],
                    re.I,
                )
                and not _INTRO_PHRASE.fullmatch(text[: m.start()])
            ):
                continue
            f = _FILLER.match(text, m.end())
            sm = self.speech.match(text, f.end() if f else m.end())
            word = m.group()
            gov = top_state or last_state
            if (
                not sm
                and gov
                and current not in (None, JOINT, gov)
                and _GOVERNMENTISH.fullmatch(word)
                and re.match(r"will\b", text[f.end() if f else m.end() :])
                and not any(abs(sp.start - (off + m.start())) < 3 for sp in out)
            ):
                # "The rebels will disarm. In return, the government will grant an amnesty":
                # the government's own undertaking, not the side that spoke before
                out.append(Speaker(off + m.start(), off + m.end(), gov, "undertaking", "will"))
                continue
            if (
                not sm
                and gov
                and m.start() == 0
                and current != gov
                and _GOV_SIDE.fullmatch(word)
                and not any(abs(sp.start - (off + m.start())) < 3 for sp in out)
            ):
                # "The government's side is clear about what it offers.": the government opens a
                # passage about its own position, whatever verb follows
                out.append(Speaker(off + m.start(), off + m.end(), gov, "anaphora", word))
                continue
            if not sm:
                continue
            if any(p.start - off == m.end() + len(" of ") for p in parties) and re.match(
                r"\s+of\s+", text[m.end() :]
            ):
                continue  # "The government of Turkey ... said": Turkey speaks, named after "of"
            if _ARMY.fullmatch(word) and (army or top_state):
                code = army or top_state
            elif _GROUPISH.fullmatch(word) and last_group:
                code = last_group
            elif _LEADER.fullmatch(word) and any(
                c and c != JOINT and self.kinds.get(c) == "state" for c in (topic, current)
            ):
                # "**Kenya.** The president said ...": the leader of the state being discussed
                code = next(
                    c for c in (topic, current) if c and c != JOINT and self.kinds.get(c) == "state"
                )
            elif _GOVERNMENTISH.match(word) and (top_state or last_state):
                code = top_state or last_state
            else:
                # "The LNA's reaction was cautious. It insists ...": a pronoun points to the
                # party the previous sentence was about, else to whoever spoke last
                code = topic if topic and _PRONOUN.fullmatch(word) else current
                if code == JOINT and _PERSONAL.fullmatch(word) and self.last_person:
                    # "She said China would help": a person, not the sides whose deal she reported
                    code = self.last_person
            if code and not any(abs(s.start - (off + m.start())) < 3 for s in out):
                out.append(Speaker(off + m.start(), off + m.end(), code, "anaphora", word))
        out.sort(key=lambda s: s.start)
        # "The RSF said ..., but it refused ...": a pronoun points to the last holder named before
        # it in the same sentence
        for j in range(1, len(out)):
            if (
                out[j].rule == "anaphora"
                and not _ARMY.fullmatch(out[j].cue)
                and not (_GROUPISH.fullmatch(out[j].cue) or _GOVERNMENTISH.fullmatch(out[j].cue))
            ):
                out[j].code = out[j - 1].code
        return out


# a finite verb right after a party: the party opens a clause of its own ("said Malaysia must")
_CLAUSE_VERB = re.compile(
    r"\s*(?:must|should|would|will|shall|could|can|may|might|was|were|is|are|had|has|have|"
    r"needed|needs|ought)\b",
    re.I,
)
# a party, then its reporting verb, then the party named next ("the BRN said Malaysia ...")
_SAID_BETWEEN = re.compile(
    r"(?:['’]s?|\))?\s+(?:\w+\s+){0,2}(?:said|says|added|told|insisted|stated|argued|warned)\s*",
    re.I,
)


# a sentence that opens on "the group" / "the movement's" is about the last group named
_GROUP_OPENS = re.compile(
    r"[\s\"“]*(?:the group|the movement|the rebels?|the insurgents|the rebel group|the armed group|"
    r"the faction|the militia)(?:['’]s?)?\s",
    re.I,
)


def _topic(
    text: str, off: int, parties: list[Mention], speakers: list[Speaker], kinds
) -> str | None:
    """The party a sentence is about: its last speaker, else a party that opens it ("The LNA's
    reaction was cautious", "Mehmet Ali Talat, the Turkish Cypriot prime minister, ...")."""
    if speakers:
        return speakers[-1].code if speakers[-1].code != JOINT else ""
    for m in parties:
        if m.start - off > 60 or kinds.get(m.code) == "organisation":
            break
        if _TOPIC_OPEN.fullmatch(text[: m.start - off]):
            return m.code
    return None


def _first_person(
    finder: HolderFinder, text: str, off: int, author: str, speakers: list[Speaker]
) -> list[Speaker]:
    """Add the author as the speaker of its own "we" ("We demand", "our government will")."""
    added = []
    for m in _FIRST_PERSON.finditer(text):
        start = m.start("we")
        if text.count('"', 0, start) % 2 or text.count("“", 0, start) > text.count("”", 0, start):
            continue  # a quotation: someone else's "we"
        f = _FILLER.match(text, m.end("we"))
        pos = f.end() if f else m.end("we")
        neg = _WE_NEGATED.match(text, pos)
        if not (
            finder.speech.match(text, pos)
            or _MODAL.match(text, pos)
            or (neg and finder.speech.match(text, neg.end()))  # "We do not accept"
            or _OUR_AIM.fullmatch(m.group("we"))
        ):
            continue
        if any(sp.start <= off + start < sp.end for sp in speakers):
            continue
        if _AGREED_WITH.match(text, pos):
            # "we have agreed with Azerbaijan to meet again": both sides' act, not ours alone
            added.append(Speaker(off + start, off + m.end("we"), JOINT, "first-person-joint", "we"))
            continue
        added.append(Speaker(off + start, off + m.end("we"), author, "first-person", m.group("we")))
    if not added:
        return speakers
    return sorted(speakers + added, key=lambda sp: sp.start)


def _interviewee(a: Analysis) -> tuple[str | None, int]:
    """The party of the person an interview questions, and the index of its first question.

    An interview has two questions or more; its introduction says whom it questions ("We
    spoke to a member of the ORA delegation", "an interview with the group's leader").
    """
    questions = [i for i, s in enumerate(a.sentences) if s.question and not s.item]
    if len(questions) < 2 or (a.meta.author and a.meta.author != JOINT):
        return None, -1
    first = questions[0]
    by = a.by_sentence(a.parties)
    for i in range(first):
        m = _INTERVIEW_INTRO.search(a.sentences[i].text)
        if not m:
            continue
        at = a.sentences[i].start + m.end()
        for p in by.get(i, []):
            if at <= p.start <= at + 100:
                return p.code, first
    return None, -1


def _counterpart(counts: Counter[str], holder: str | None) -> str | None:
    for code, _ in counts.most_common():
        if code != holder:
            return code
    return None


@stages.register(
    "accord.attribute_holders.v1",
    requires=("sentences", "parties", "places", "hits", "meta", "agreement"),
    assigns=("speakers", "hits.holder", "hits.subject", "hits.objects"),
)
def make_attribute_holders(lexicon: Lexicon):
    """Attribute each hit to a holder; find its subject and objects."""
    finder = HolderFinder(lexicon)
    codebook = load_codebook()
    base_kinds = lexicon.party_kind

    def holders_stage(a: Analysis) -> Analysis:
        kinds = a.kinds(base_kinds)
        current: str | None = a.meta.author or (JOINT if a.agreement else None)
        doc_map: dict[str, str] = {}
        last_group = last_state = None
        last_places: list[str] = []
        counts: Counter[str] = Counter(
            m.code for m in a.parties if kinds.get(m.code) != "organisation"
        )
        states = Counter(
            m.code for m in a.parties if kinds.get(m.code) == "state" and not _is_venue(a.text, m)
        )
        # "the government" is the state whose government the text names ("the Government of
        # El Salvador", "Kenya's government"), else the state it names most
        governed = Counter(
            m.code
            for m in a.parties
            if kinds.get(m.code) == "state"
            and (
                _GOVERNMENT_OF.search(a.text, max(0, m.start - 20), m.start)
                or _GOVERNMENT_AFTER.match(a.text, m.end)
            )
        )
        top_state = (governed or states).most_common(1)[0][0] if states else None
        # ... unless the title opens with a state: "South Sudan rivals sign power-sharing deal"
        # or names a country: "The Annan Plan for Cyprus" (not a city: "..., Mexico City")
        if a.sentences and a.sentences[0].heading:
            for m in a.parties:
                if m.end > a.sentences[0].end:
                    break
                if _is_venue(a.text, m):
                    continue  # "Geneva II: ...", "Astana talks": the venue of talks, no state
                if kinds.get(m.code) == "state" and (
                    len(a.text[a.sentences[0].start : m.start].split()) <= 2
                    or names_a_country(re.sub(r"['’]s?$", "", m.text))
                ):
                    top_state = m.code
                    break
        army = next((m.code for m in a.parties if _ARMY_NAME.search(m.text)), None)
        voice = JOINT if a.agreement or a.meta.author == JOINT else None
        list_voice: str | None = None
        letter_voice: str | None = None
        list_intro = context_cue = ""
        topic: str | None = None
        label_para = -1
        places_by = a.by_sentence(a.places)
        regions: dict[str, list[str]] = {}  # state (alpha-2) → the parts of it the text names
        for m in a.places:
            for c in m.codes:
                if re.match(r"[A-Z]{2}-", c) and c not in regions.get(c[:2], []):
                    regions.setdefault(c[:2], []).append(c)
        # the place the text names most (at least three times): what "the territory" points to
        named = Counter(tuple(m.codes) for m in a.places)
        main_place = (
            list(named.most_common(1)[0][0]) if named and named.most_common(1)[0][1] >= 3 else None
        )
        hits_by: dict[int, list[Hit]] = {}
        for h in a.hits:
            hits_by.setdefault(h.sentence, []).append(h)
        interviewee, first_question = _interviewee(a)
        # a live blog's timestamped entries ("**19 May, 17:30** – ...") are news, not the items
        # of an agreed text, even after the sides agreed on something
        stamped = {s.paragraph for s in a.sentences if _LIVE_STAMP.match(s.text)}
        last_org: str | None = None
        last_person: str | None = None
        section_state: str | None = None  # "2. Ukraine's reply": "the government" there is Kyiv
        pi = 0
        for i, s in enumerate(a.sentences):
            while pi < len(a.parties) and a.parties[pi].start < s.start:
                pi += 1
            pj = pi
            while pj < len(a.parties) and a.parties[pj].end <= s.end:
                pj += 1
            parties = a.parties[pi:pj]
            places = places_by.get(i, [])
            if s.section:
                section_state = s.voice if kinds.get(s.voice or "") == "state" else None
            if s.voice and s.section:
                # a section heading says who speaks below it ("The government's answer")
                current = topic = s.voice
                context_cue = f"section: {s.text}"
                voice = JOINT if s.voice == JOINT or a.agreement else None
                list_voice = None
            if s.section:
                list_voice = None  # a new section ends the list before it
            if s.item and s.paragraph == label_para:
                pass  # the rest of a labelled paragraph ("**Kenya.** The president said ...")
            elif s.item and list_voice is not None:
                current = list_voice  # each item of a list speaks with its introduction's voice
                context_cue = f"list: {list_intro}"
            elif s.item and voice == JOINT and s.paragraph not in stamped:
                current = JOINT  # each item of an agreed text speaks for all signatories again
            elif not s.item and not s.heading:
                list_voice = None
            if s.voice and not s.section:
                # a paragraph's label: "**Lebanon.** Mikati said ...", "- **Government:** ..."
                current = topic = top_state if s.voice == GOVERNMENT else s.voice
                context_cue = f"label: {s.text}"
                label_para = s.paragraph
            finder.kinds = kinds
            finder.last_org = last_org
            finder.last_person = last_person
            # inside a paragraph labelled with a state, "the president", "the government" are
            # that state's ("Kenya: The president called for ...")
            in_label = s.paragraph == label_para and kinds.get(topic or "") == "state"
            speakers = finder.speakers(
                s.text,
                s.start,
                parties,
                doc_map,
                current,
                last_group,
                last_state,
                topic if in_label else (section_state or top_state),
                army,
                topic,
            )
            if s.question or s.text.rstrip("\"”’' ").endswith("?") or s.backdrop:
                # a question, or a line of a background section, states no position
                speakers = []
            elif s.heading and not speakers:
                codes = {m.code for m in parties if kinds.get(m.code) != "organisation"}
                if (
                    len(codes) == 1
                    and _STATEMENT_HEADING.search(s.text)
                    and not _SEVERAL_ANSWERS.search(s.text)
                ):
                    # "Interview: Armenia's foreign minister on the peace agenda"
                    speakers = [
                        Speaker(parties[0].start, parties[0].end, codes.pop(), "heading", s.text)
                    ]
            dm = _DEAL_SUBJECT.match(s.text)
            if dm and voice == JOINT and not any(sp.start < s.start + dm.end() for sp in speakers):
                # "The accord builds on ...", "The text also binds ..." after a reported signing
                speakers.insert(
                    0, Speaker(s.start, s.start + dm.end(), JOINT, "agreement", dm.group().strip())
                )
            if voice == JOINT and _UNDER_TERMS.match(s.text):
                # "Under the Egyptian proposal, Israel will ..." after both sides accepted it:
                # the terms of the accepted text are the signatories' commitments
                for sp in speakers:
                    if sp.rule == "document" and sp.start - s.start < 40:
                        sp.code, sp.rule = JOINT, "document+accepted"
            if a.agreement:
                speakers = [
                    sp
                    for sp in speakers
                    if sp.rule not in ("speech",)
                    or not re.match(
                        r"shall|will|must|guarantee|ensure|are to|is to",
                        sp.cue,
                        re.I,
                    )
                ]
            if s.heading:
                # a title names a party's document ("Ukraine's answer"); a verb in a headline
                # ("UN pushes for elections") does not make the lines below the UN's
                speakers = [
                    sp for sp in speakers if sp.rule not in ("speech", "anaphora", "reporting")
                ]
            for m in parties:
                if _VOICED_DOC_OF.search(a.text, max(s.start, m.start - 60), m.start):
                    letter_voice = m.code  # "a letter from Abdullah Öcalan"
            if not a.meta.author and letter_voice and letter_voice != JOINT:
                # the letter's own words: its "we" is the letter's party
                speakers = _first_person(finder, s.text, s.start, letter_voice, speakers)
            if interviewee and i > first_question and not s.question:
                # an interview's answers: "we" is the party of the person interviewed
                speakers = _first_person(finder, s.text, s.start, interviewee, speakers)
            if a.meta.author and a.meta.author != JOINT:
                speakers = _first_person(finder, s.text, s.start, a.meta.author, speakers)
                # the author's own draft: what "the parties" shall do, or what another party
                # commits to in it, is what the author asks
                for sp in speakers:
                    if sp.rule == "first-person-joint":
                        continue
                    if sp.code == JOINT or (sp.rule == "speech" and _COMMIT_CUE.match(sp.cue)):
                        sp.code, sp.rule = a.meta.author, sp.rule + "+author"
            a.speakers[i] = speakers
            for sp in speakers:
                if sp.code and sp.code != JOINT:
                    last_person = sp.code
            for h in hits_by.get(i, []):
                _attribute(h, s.text, s.start, speakers, current, a.agreement, context_cue)
                if s.question:
                    h.holder, h.holder_rule = None, "question"
                elif s.backdrop:
                    h.holder, h.holder_rule = None, "background-section"
                _subject_objects(
                    h,
                    s.text,
                    s.start,
                    parties,
                    places,
                    speakers,
                    last_places,
                    codebook,
                    kinds,
                    counts,
                    top_state,
                    regions,
                    main_place,
                )
            for m in parties:
                kind = kinds.get(m.code, "state")
                if kind == "organisation":
                    last_org = m.code
                if kind == "group" and not m.text.lower().startswith("the "):
                    # "the alliance", "the front" point back: they name no new group
                    last_group = m.code
                elif kind == "state":
                    last_state = m.code
            if speakers:
                # a reporting clause ("..., Qatar's prime minister announced") names who said it,
                # not whose position it is, when the sentence already names the holder
                leading = [sp for sp in speakers if not sp.post]
                last = (leading or speakers)[-1]
                # inside an agreement, one party's own undertaking ("The Government will ...")
                # does not take the voice away from the signatories for what follows
                if not (
                    voice == JOINT
                    and last.rule in ("undertaking", "speech")
                    and _COMMIT_CUE.match(last.cue)
                ) and not (voice == JOINT and last.rule == "undertaking"):
                    current = last.code
                    context_cue = ""
            if s.text.rstrip(" *_").endswith(":") and not s.item:
                list_voice = current  # "The parties agree as follows:", "Its main points:"
                list_intro = s.text
            if not s.heading:
                t = _topic(s.text, s.start, parties, speakers, kinds)
                if t is None and last_group and _GROUP_OPENS.match(s.text):
                    t = last_group  # "The group's position has not moved. It holds ..."
                if t is not None:  # a sentence about nobody in particular keeps the topic
                    topic = t or None
            if any(sp.code == JOINT and sp.rule.startswith("agreement") for sp in speakers) or any(
                sp.code == JOINT and sp.rule == "joint" and _JOINT_VERB.match(sp.cue)
                for sp in speakers
            ):
                voice = JOINT
            if places:
                last_places = list(dict.fromkeys(c for m in places for c in m.codes))
        return a

    return holders_stage


def _attribute(
    h: Hit,
    text: str,
    off: int,
    speakers: list[Speaker],
    current: str | None,
    agreement: bool,
    context_cue: str = "",
) -> None:
    """Set the hit's holder: the speaker before it in its sentence, else one reported after it,
    else the current holder (``context_cue`` says where that came from: a section heading, a
    list's introduction, a paragraph label)."""
    before = [sp for sp in speakers if sp.start <= h.start and not sp.post]
    after = [sp for sp in speakers if sp.start > h.start and sp.post]
    pre_post = [sp for sp in speakers if sp.start <= h.start and sp.post]
    if before:
        sp = before[-1]
    elif after:
        sp = after[0]
    elif pre_post:
        sp = pre_post[-1]
    else:
        sp = None
    if sp is not None:
        h.holder, h.holder_rule, h.holder_cue = sp.code, sp.rule, sp.cue
    else:
        h.holder, h.holder_rule, h.holder_cue = current, "context", context_cue[:80]
    if agreement and h.holder_rule == "context":
        h.holder_rule = "agreement-text"


def _subject_objects(
    h: Hit,
    text: str,
    off: int,
    parties: list[Mention],
    places: list[Mention],
    speakers: list[Speaker],
    last_places: list[str],
    codebook,
    kinds,
    counts,
    top_state: str | None = None,
    regions: dict[str, list[str]] | None = None,
    main_place: list[str] | None = None,
) -> None:
    issue = codebook.issue(h.issue)
    rel = h.start - off
    lo, hi = off + clause_start(text, rel), off + clause_end(text, h.end - off)
    speaker_spans = {(sp.start, sp.end) for sp in speakers}

    def usable(m: Mention) -> bool:
        if kinds.get(m.code) == "organisation":
            return False
        return not any(a <= m.start and m.end <= b for a, b in speaker_spans)

    if issue.has_subject:
        cands = [m for m in parties if lo <= m.start and m.end <= hi and usable(m)]
        if not cands:
            cands = [m for m in parties if usable(m) and m.code != h.holder]

        def dist(m: Mention) -> tuple[int, int]:
            if h.start <= m.start < h.end:
                return (0, 0)
            if m.end <= h.start:
                return (h.start - m.end, 0)
            return (m.start - h.end, 1)

        if cands:
            h.subject = min(cands, key=dist).code
        else:
            h.subject = None  # settled after modality (see assemble)
    if issue.has_object or h.issue.startswith("territory.") or h.issue in OBJECT_ISSUES_EXTRA:
        objs = [c for m in places if lo <= m.start and m.end <= hi for c in m.codes]
        if not objs and (h.issue.startswith("territory.") or h.issue == "forces.withdrawal"):
            # no place in the clause: the places of the sentence ("Jammu and Kashmir and Ladakh
            # are, and will remain, integral parts of India")
            objs = [c for m in places for c in m.codes]
        if not objs and main_place and _THE_TERRITORY.search(text):
            objs = list(main_place)  # "the territory": the one the text is about
        if not objs and _REGION_ANAPHOR.search(text) and last_places:
            objs = list(last_places)
        if not objs and h.issue.startswith("territory."):
            # the whole of a state: "a federal state ... under a new constitution for Cyprus"
            own = [m for m in parties if usable(m)]
            objs = _country_objects([m for m in own if lo <= m.start and m.end <= hi] or own, kinds)
            if not objs and top_state:
                # no place and no state in the sentence: the state the text is about
                # ("The settlement is put to separate referenda in the two communities")
                country = pycountry.countries.get(alpha_3=top_state)
                objs = [country.alpha_2] if country else []
            # a state named for a territorial question is its disputed part when the text names
            # one ("the territorial integrity of Azerbaijan" in a text about Karabakh)
            objs = [r for c in objs for r in (regions or {}).get(c, [c])]
        h.objects = list(dict.fromkeys(objs))


def _country_objects(mentions: list[Mention], kinds) -> list[str]:
    """ISO 3166-1 alpha-2 codes of the states named (by name, not demonym) in ``mentions``."""
    out = []
    for m in mentions:
        if m.form != "name" or kinds.get(m.code) != "state":
            continue
        country = pycountry.countries.get(alpha_3=m.code)
        if country is not None:
            out.append(country.alpha_2)
    return list(dict.fromkeys(out))
