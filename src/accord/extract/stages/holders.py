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
from accord.extract.datelines import dateline, dateline_end
from accord.extract.lexicon import Lexicon
from accord.extract.registry import stages
from accord.extract.stages.mediators import MEDIATOR_SUBJECT, find_mediator
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
    r"(?:\s+(?:(?:meeting|gathered|speaking|talking)\s+)?(?:in|at)\s+(?:the\s+)?[A-Z][\w-]*)?"
    r"(?:\s+for\s+[a-z][\w-]*(?:\s+(?:and\s+)?(?!said|says|told|added|warned|insisted|demanded)"
    r"[a-z][\w-]*)?)?(?:\s+and\s+(?:[a-z-]+\s+){0,2}(?:head|chief|leader|negotiator|spokes\w+))?"
    r"(?:\s*\([^()]{0,40}\))?(?:\s*,(?:[^,.;]|[,.]\d){0,160},)?"
    r"(?:\s+and\s+(?:its\s+|their\s+)?(?:[a-z][\w-]*\s+){0,3}(?:organi[sz]ations|groups|allies|forces|"
    r"partners|militias))?(?i:,?\s+(?:\w+ly|also|again|now|"
    r"still|has|have|had|is|are|was|were|later|earlier|"
    r"for its part,?|in turn,?|in return,?|in response,?|meanwhile,?|on \w+day,?|then|"
    r"for (?:\w+ )?(?:years|months|decades|weeks)|long|repeatedly|always|consistently|"
    r"however,?|too,?))*\s+",
)
_ARMY = re.compile(r"the (?:army|military)", re.I)
_TITLE_FOR = re.compile(
    r"(?:['’]s?)?\s+(?:[a-z-]+\s+){0,2}(?:envoy|representative|mediator|coordinator|adviser|"
    r"advisor)\s+(?:for|on|to)\s+(?:the\s+)?",
    re.I,
)
# "the rebels' demands", "the group's conditions": a group's document named by an anaphor
_GROUP_DOC = re.compile(
    r"['’]s?\s+(?:\w+\s+)?(?:demands|conditions|proposals?|plan|terms|position|answer|reply|"
    r"response|counter-?proposal|red lines|list)\b",
    re.I,
)
# "Key points of the Qatari proposal:": the proposal's content, held by its party
_PARTS_OF = re.compile(
    r"^(?:[\w-]+\s+)?(?:points|terms|text|elements|details|contents|provisions|summary|"
    r"highlights|outline)\s+of\s+(?:the\s+)?$",
    re.I,
)
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
_GOVERNMENT_OF = re.compile(
    r"\b(?:the )?(?:government|authorities|administration) (?:of|in)\s*(?:the\s+)?$", re.I
)
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
    # "delivered on 23 October by": a date between the verb and its agent
    r"(?:\s+on\s+(?:\w+day\s+)?\d{1,2}(?:\s+[A-Z][a-z]+)?(?:\s+\d{4})?)?"
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
    r"\s*(?P<head>(?:The|A|An|Its|Their|Several|Some|Many|Two|Three)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:leadership|leaders?|"
    r"spokes(?:man|woman|person)|negotiators?|delegation|officials?|commanders?|envoys?|"
    r"representatives?|chief|head|mediators?|facilitators?|hosts?|guarantors?)|"
    r"(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+),\s+(?P<aside>[^,;:\"“]{4,120}),\s+(?:\w+ly\s+)?"
)
# '"...," said Idriss Kaba, the group's spokesman.': a person tied to a side after the quote
_SAID_PERSON = re.compile(
    r"[,\"”'’]\s*(?:said|says|added|stated|told reporters)\s+(?P<head>(?:[A-Z][\w'’.-]+\s+){0,3}"
    r"[A-Z][\w'’.-]+),\s+(?P<aside>(?:the|a|an|its|their)\s[^,;\"“]{3,100}?)\s*[.!]?\s*$"
)
# '"...," Movladi Udugov, the separatist information chief, told reporters.': the same with the
# name before the verb
_QUOTE_PERSON = re.compile(
    r"[,\"”]\s*(?P<head>(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+),\s+"
    r"(?P<aside>(?:the|a|an|its|their)\s[^,;\"“]{3,100}?),\s+"
    r"(?:said|says|added|stated|told reporters|told \w+)\s*[.!]?\s*$"
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
    r"announc|initial|"
    # "both sides have renounced the use of force", "the two sides vowed": a joint undertaking
    r"renounc|forsw|vow|promis",
    re.I,
)
# the signatories named, then a verb in the past: a report of what they did together ("Both
# sides have renounced the use of force", "the two presidents signed"), even in one side's text
_DONE_TOGETHER = re.compile(
    r"(?:\s+(?:\w+ly|also|both|all|together|today|yesterday))*"
    r"\s+(?:(?:have|has|had)\s+(?:\w+ly\s+|also\s+|both\s+|all\s+)?)?"
    r"(?:agreed|signed|renounced|undertook|pledged|committed|vowed|promised|forswore|"
    r"accepted|decided|reaffirmed|confirmed|recogni[sz]ed|initial(?:l)?ed|concluded|reached)\b",
    re.I,
)
# "Both sides signed up to ...", "the two teams have already signed": a joint subject's signature
_JOINT_SIGNED = re.compile(
    r"\s*(?:(?:have|has|had)\s+)?(?:(?:also|already|now|jointly)\s+)?"
    r"(?:sign|initial|agree|commit|pledg|undert|accept|decid)\w*",
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
    r"(?:In|On|At|By|After|Before|During|Since|Later|Then|Finally|Soon|Now|Today|Yesterday|Among|"
    r"Eventually|Meanwhile)\b[^,;:\"“]{0,40}?,?\s*"
)
_UNNAMED = re.compile(
    r"(?P<who>\b(?:(?:a|an|one|two|several|some|many|other)\s+)?(?:senior\s+|local\s+|top\s+)?"
    r"(?:(?P<group>(?:rebel|field|guerrilla|militia|opposition|insurgent)\s+(?:field\s+)?"
    r"(?:commanders?|leaders?|officials?|fighters?|spokes(?:man|woman|person))|commanders?|"
    r"fighters?|rebels|guerrillas|insurgents|militants)|"
    r"(?:government\s+|information\s+|interior\s+|defen[cs]e\s+|senior\s+)?"
    r"(?:administration\s+|State Department\s+|foreign ministry\s+)?"
    # "a senior government official said", "a government spokesman said"
    r"(?:ministers?|officials?|(?<=government )spokes(?:man|woman|person))))"
    r"\s+(?:also\s+|repeatedly\s+|have\s+|has\s+)?"
    r"(?=said|say|says|told|added|warned|insisted|ruled|rejected|refused|demanded|vowed)",
    re.I,
)
# "One of its officials", "some of their negotiators": members of the side just named
_ITS_MEMBERS = re.compile(r"\b(?:its|their)\s+(?:own\s+)?$", re.I)
_AIDE = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\bbut\s)|(?<=\band\s))(?P<who>(?:(?:an?|one|two|some|several)\s+"
    r"(?:of\s+(?:his|her|their)\s+)?(?:close\s+|senior\s+)?|(?:his|her|their)\s+(?:close\s+)?)"
    r"(?:aides?|colleagues?|advisers?|advisors?|deputy|deputies|associates?|fellow delegates?))"
    r"\s+(?:also\s+|later\s+)?(?=said|say|says|told|added|warned|insisted|reminded|stressed|"
    r"explained|argued)",
    re.I,
)
_STATEMENTS_HEADING = re.compile(
    r"\b(?:statements?|reactions?|remarks|comments|responses|what (?:the )?(?:\w+ )?said|"
    r"after the signing|aftermath|epilogue|press conference|what to watch|looking ahead|"
    r"outlook|points to watch)\b",
    re.I,
)
_ARMY_VOICE = re.compile(
    r"(?P<who>\b(?:an?|the|one|two|several|some)\s+(?:senior\s+)?(?:army|military)\s+"
    r"(?:spokes(?:man|woman|person)|officers?|commanders?|officials?|sources?))"
    r"(?=(?:\s+in\s+[A-Z][\w'’-]+(?:[- ][A-Z][\w'’-]+)*)?,?\s+(?:also\s+)?(?:said|says|told|"
    r"described|insisted|warned|added|stated|called|rejected|demanded))",
    re.I,
)
_Q_LABEL = re.compile(r"\s*[*_]*(?:Q|Question)\s*[:.)-]", re.I)
_AND_DEAL = re.compile(r"[,;]\s*(?:and|but|while|whereas)(?=\s+(?:the|this)\s)", re.I)
_NAMED_DOC = re.compile(
    r"\s+(text|draft|plan|proposals?|memorandum|paper|roadmap|initiative|document|blueprint)\b"
    r"(?!\s+(?:of|for|to|by|on)\b)"
)


def _REPORTED_JOINT(sp: Speaker, text: str) -> bool:
    """Whether a JOINT speaker in an author's text reports what both sides agreed ("Under the
    Accord both sides have agreed"), not what a draft's "the parties" shall do."""
    if sp.rule == "agreement" and sp.cue.lower().startswith("under"):
        return True
    return sp.rule == "joint" and bool(
        re.search(r"\b(?:have|has|had) (?:\w+ )?agreed\b|\bsigned\b", text, re.I)
    )


_IN_CAPITAL = re.compile(r"\s*(?:In|From)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*,\s*")
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+")
_FROM_CAPITAL = re.compile(
    r"\s*(?:\d{1,2}[:.h]\d{2}\s*[-–—:]?\s*)?(?:From|In)\s+(?P<place>[A-Z][\w'’-]+),\s+"
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){1,6}?)(?P<verb>says|said|told|adds|added|insists|insisted|"
    r"warns|warned|declares|declared|states|stated)\b"
)
_TIMESTAMP = re.compile(r"\s*\d{1,2}[:.h]\d{2}\s*(?:[-–—]|GMT|UTC|CET|local\b)")
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:\w+ly|still|also|now|not|being)\s+)*$", re.I
)
_PRONOUN = re.compile(
    r"it|they|he|she|(?:his|her|its|their) (?:government|administration|movement|group|side|"
    r"delegation|leaders?|leadership|negotiators|officials|representatives|spokes\w+)",
    re.I,
)
# what may come before the party a sentence is about: "The", "In Kabul, the", "A Wa official,"
_TOPIC_OPEN = re.compile(
    # an interview's answer label first: "A: On 3 March, General X ..."
    r"(?:(?:A|Answer)\s*:\s*)?"
    r"(?:\d{1,2}[:.h]\d{2}\s*[-–—:]?\s*)?"  # a live blog's timestamp
    # "**5 Aug, 11:15** - Mediator X ...": a live page's time stamp before the sentence
    r"(?:\*\*[^*]{1,30}\*\*\s*[-–—:]\s*)?"
    r"(?:(?:In|On|At|For|After|Meanwhile|But|And|However|Back|Later|Earlier|Once)\b[^,]{0,40},\s*|"
    # an opener without a comma: "This time the LTTE delegation was led by ..."
    r"(?:This|That|Next|Last)\s+(?:time|year|month|week|round|day)\s+|"
    r"(?:Now|Then|Later|Again|Once again)\s+)?(?:the\s+)?"
    r"(?:(?:President|General|Prime Minister|Foreign Minister|Minister|Chairman|Commander|"
    r"Colonel|Secretary of State|King|Emir|Sheikh)\s+)?",
    re.I,
)
_ELECTED_BEFORE = re.compile(r"\b(?:elected|appointed|installed|chose|named)\s+$")
# a title and first name before a person opening a sentence: "President Joseph ", "General "
_TITLED_OPEN = re.compile(
    r"(?:\d{1,2}[:.h]\d{2}\s*[-–—:]?\s*)?(?:(?:In|On|At|After|Meanwhile)\b[^,]{0,40},\s*)?"
    r"(?:[A-Z][\w.-]*\s+){1,3}"
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
    r"several|\d+) (?:[\w'’–-]+ ){0,6}?"  # "the Tegucigalpa–San José Accord"
    r"(?:agreement|accord|deal|declaration|treaty|protocol|memorandum of understanding|truce|"
    r"ceasefire|cease-fire|armistice|package of measures|settlement|communiqu[eé]|plan|framework|"
    r"charter|"
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
# a text signed by two sides or more, whatever it is called: "is being signed by the government
# and 22 armed groups", "was signed by both delegations"
_SIGNED_BY_SIDES = re.compile(
    r"\b(?:is|are|was|were|has been|have been|had been)\s+(?:being\s+)?(?:signed|initial(?:l)?ed)"
    r"\s+(?:[\w-]+\s+){0,4}?by\s+(?:(?:both|the two|all)\s+(?:sides|parties|delegations|"
    r"governments)|the\s+[\w\s-]{2,40}?\s+and\s+(?:the\s+)?(?:\d+\s+)?[\w-]+)",
    re.I,
)
# a list of what a deal holds: "The main commitments:", "Its key terms, from the copy we saw:"
_TERMS_INTRO = re.compile(
    r"\b(?:commitments|terms|provisions|main points|key points|obligations)\b", re.I
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
# "the ceasefire came from the Security Council in Resolution 687", "the Council, in its
# resolution of 3 April": the organisation's text
_IN_RESOLUTION = re.compile(r"(?:['’]s)?,?\s+(?:in|by|through)\s+(?:its\s+)?resolutions?\b", re.I)
_RESOLUTION_IN = re.compile(
    r"\b(?:draft\s+)?resolutions?\b[^.;:]{0,60}?\b(?:in|before|to|at|of|by)\s+(?:the\s+)?$",
    re.I,
)
# "endorsed by a resolution of the UN Security Council": the resolution is a means, not a speaker
_BY_MEANS_OF = re.compile(r"\b(?:by|through|via)\s+(?:a|an|the)\s+$", re.I)
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
    r"(['’]s)?\s+(?:official\s+|stated\s+|declared\s+|long-(?:held|standing)\s+|consistent\s+|"
    r"basic\s+|core\s+|firm\s+|public\s+)?(?:view|position|stance|line|answer|"
    r"reply|response)\s+(?:is|was|remains|remained|has been)\b",
    re.I,
)
# a headline-style report of a signing, maybe after a live blog's timestamp: "16:30 - Deal signed."
_TERSE_DEAL = re.compile(
    r"^\s*(?:\d{1,2}[:.h]\d{2}\s*(?:[-–—:]\s*)?)?(?:(?:The|A)\s+)?(?:[\w-]+\s+)?"
    r"(?:deal|agreement|accord|truce|ceasefire|cease-fire|treaty|declaration)\s+"
    r"(?:(?:is|was|has been)\s+)?(?:finally\s+)?(?:signed|reached|sealed|agreed)\s*[.!:]"
    # a live blog's bare "14:20 - Signed." / "15:00 - It's done: signed!"
    r"|^\s*\d{1,2}[:.h]\d{2}\s*[-–—:]?\s*(?:(?:It|They)(?:['’]s|\s+is|\s+have|['’]ve)\s+)?"
    r"(?:finally\s+)?(?:signed|agreed)\s*[.!:]",
    re.I,
)
_AS_FOLLOWS = re.compile(
    r"\s*(?:[Hh]ave|[Hh]as|[Hh]ereby)?\s*(?:[Aa]gree[ds]?|[Dd]ecided?)\s+"
    r"(?:as follows|on the following)\b"
)
# a heading that names no side and reports what came of the talks: the voice before it ends
_NO_VOICE_HEADING = re.compile(
    r"[\s#*_>]*(?:[IVX\d]+\.?\s+)?(?:the\s+)?(?:outcome|results?|aftermath|what happened next|"
    r"what (?:comes|came) next|next steps|the way (?:ahead|forward)|analysis|assessment|"
    r"reactions?|where things stand|what remains|outlook)\b",
    re.I,
)
_DEAL_SUBJECT = re.compile(
    r"\s*(?:The|This|That|These) (?:[\w-]+ )?(?:agreements?|deal|accords?|treaty|text|protocols?|"
    r"charter|"
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
    r"(?:[\w-]+\s+)?(?:regions?|territor(?:y|ies)|areas?|oblasts?|provinces?|lands|districts?|zones?)\b",
    re.I,
)
_THE_TERRITORY = re.compile(r"\bthe (?:disputed )?territory\b(?!\s+of\b)", re.I)
_GROUPISH = re.compile(
    r"\b(?:the group|the movement|the militia|the rebels?|the insurgents|the rebel group|"
    r"the armed group|"
    r"the faction|the organi[sz]ation|the coalition)\b",
    re.I,
)
# a title of the armed side: "the separatist information chief", "a rebel commander"
_GROUP_TITLE = re.compile(
    r"\b(?:the|a|an)\s+(?:separatist|rebel|insurgent|guerrilla|militia)\s+(?:[\w-]+\s+)?"
    r"(?:chief|leader|commander|negotiator|spokes(?:man|woman|person)|envoy|official|head|"
    r"representative|delegate)\b",
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
# what follows a city that names a round of talks or a deal: "Geneva II", "the Astana talks",
# "the Lusaka Protocol", "Doha Peace Agreement"
_VENUE_NAME = re.compile(
    r"\s+(?:I{1,3}|IV|(?:peace\s+|ceasefire\s+|cease-fire\s+|political\s+)?(?:talks|process|"
    r"format|conference|summit|communiqu\w*|declaration|round|accords?|agreements?|protocol|"
    r"memorandum|treaty|document)|peace)\b",
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
        if any(
            m.start("head") <= p.start - off < m.end("head")
            and not _city_modifier(m.string, p, off, self.kinds)
            for p in parties
        ):
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
        if _GROUPISH.search(aside) or _GROUP_TITLE.search(aside):
            return last_group
        if _GOVERNMENTISH.search(aside):
            return top_state
        side = _FOR_SIDE.search(m.group("head"))
        if side:
            # "A spokesman for the military government, Major General X, said"
            return top_state if _GOVERNMENTISH.search(side.group()) else last_group
        return None

    def _defined_topic(self, topic: str | None) -> bool:
        """Whether ``topic`` is a non-state party this text defined ("the Union for Peace in
        Central Africa (UPC)"), which "the group" in the next sentence points back to."""
        own = self.kinds.maps[0] if isinstance(self.kinds, ChainMap) else {}
        return bool(topic) and topic != JOINT and own.get(topic) in ("group", "organisation")

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
            sm = (
                _MODAL.match(text, pos)
                or self.speech.match(text, pos)
                or _JOINT_SIGNED.match(text, pos)
            )
            pre = text[max(0, m.start() - 30) : m.start()]
            if (
                sm
                and (
                    _MODAL.match(text, pos)
                    or _JOINT_VERB.match(sm.group())
                    or _JOINT_SIGNED.match(sm.group())
                    or re.match(
                        r"said|say|state[sd]?\b|declare[sd]?\b|confirm|request|ask|call|invit|urg",
                        sm.group(),
                        re.I,
                    )
                )
                and (
                    not _BLOCK_BEFORE.search(pre)
                    or (_CLAUSE_AND.search(pre) and _JOINT_VERB.match(sm.group()))
                    # "..., and the two sides will meet regularly": a clause of their own
                    or (_CLAUSE_AND.search(pre) and re.match(r"(?:shall|will)\b", sm.group()))
                )
            ):
                out.append(Speaker(off + m.start(), off + m.end(), JOINT, "joint", m.group()))
        m = _AS_FOLLOWS.match(text)
        if not m and text.rstrip(" *_").endswith(":") and _AND_SIDES.search(text):
            # "The President of the Republic and the Commander-in-Chief agree as follows:"
            m = _AS_FOLLOWS.search(text)
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
        for m in _SIGNED_BY_SIDES.finditer(text):
            # 'The "act of engagement" is being signed by the government and 22 armed groups'
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
            if _city_modifier(text, p, off, self.kinds):
                continue  # "Several Mogadishu faction leaders": where they are, not who
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
                if dm and (not _BLOCK_BEFORE.search(before) or _PARTS_OF.search(before)):
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
            rm = _RESOLUTION_IN.search(before)
            post = bool(_IN_RESOLUTION.match(text, re_))
            if self.kinds.get(p.code) == "organisation" and (
                (rm and not _BY_MEANS_OF.search(before, 0, rm.start())) or post
            ):
                out.append(
                    Speaker(p.start, p.end, p.code, "document", before.strip(), post=post)
                )
                continue
            if _JOINT_TEXT_OF.search(before + p.text + " and "):
                continue  # "a joint statement of X and Y": the JOINT speaker holds it
            dm_of = _DOC_OF.search(before)
            if dm_of and not _BY_MEANS_OF.search(before, 0, dm_of.start()):
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
                and not _OWED_BY.match(text, re_)
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
            if (
                k > 0
                and self.kinds.get(parties[k - 1].code) == "organisation"
                and _TITLE_FOR.fullmatch(text, parties[k - 1].end - off, rs)
            ):
                continue  # "the UN special envoy for Yemen": the UN's envoy, Yemen his brief
            if gov_of and _BLOCK_BEFORE.search(before, 0, gov_of.start()):
                gov_of = None  # "talks between the government of the DRC and the M23 resumed"
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
            if p.form == "name" and re.search(r"(?:^|\b[Tt]he\s+)$", before):
                nd = _NAMED_DOC.match(text, after_start)
                if nd:
                    # "The CG text, described as an interim agreement, proposed:", "The OAU
                    # plan calls for": a party's document named by its acronym
                    doc_map[nd.group(1).lower()] = p.code
                    out.append(Speaker(p.start, off + nd.end(), p.code, "document", nd.group()))
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
        sm_ = _SAID_PERSON.search(text) or _QUOTE_PERSON.search(text)
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
            f = _IN_PLACE.match(text, m.end()) or _FILLER.match(text, m.end())
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
                    # "Hamas officials also said": the party named right before them
                    or (
                        p.form == "name"
                        and m.group("who")[:1].islower()
                        and re.fullmatch(r"\s+", text[p.end - off : m.start("who")])
                    )
                    # "A Wa official said": the side its adjective names
                    or (
                        p.form == "adjective"
                        and re.fullmatch(r"\s+", text[p.end - off : m.start("who")])
                    )
                ),
                None,
            )
            place = _IN_CAPITAL.fullmatch(text[: m.start("who")])
            at = next((p.code for p in parties if place and p.start - off == place.start(1)), None)
            ref = topic or current
            if owner:
                code = owner
            elif (
                current
                and current != JOINT
                and _ITS_MEMBERS.search(text, 0, m.start("who"))
                and not any(p.end - off <= m.start("who") for p in parties)
            ):
                code = current  # "One of its officials said": the side that spoke last
            elif ref and ref != JOINT and _ITS_BEFORE.search(text[: m.start("who")]):
                code = ref  # "Its officials have said": the side the sentence before was about
            elif at and self.kinds.get(at) == "state":
                code = at  # "In Washington, a senior administration official said"
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
        # "One of his colleagues reminded journalists", "An aide told reporters": someone close
        # to the person the previous sentence was about speaks for that person's side
        for m in _AIDE.finditer(text):
            code = topic or current
            if (
                code
                and code != JOINT
                and not any(sp.start <= off + m.start("who") < sp.end for sp in out)
            ):
                out.append(
                    Speaker(
                        off + m.start("who"), off + m.end("who"), code, "unnamed", m.group("who")
                    )
                )
        # "16:10 - From Tbilisi, Defence Minister Tengiz Kitovani says ...": a named official
        # speaking from a capital speaks for its state
        fm = _FROM_CAPITAL.match(text)
        if fm:
            at = next((p for p in parties if p.start - off == fm.start("place")), None)
            if (
                at
                and self.kinds.get(at.code) == "state"
                and not any(sp.start <= off + fm.start("who") < sp.end for sp in out)
            ):
                out.append(
                    Speaker(
                        off + fm.start("who"),
                        off + fm.end("who"),
                        at.code,
                        "speech",
                        fm.group("verb"),
                    )
                )
        # "An army spokesman in Port-au-Prince described ...": the army the text names
        for m in _ARMY_VOICE.finditer(text):
            code = army or top_state
            if code and not any(sp.start <= off + m.start("who") < sp.end for sp in out):
                out.append(
                    Speaker(
                        off + m.start("who"), off + m.end("who"), code, "unnamed", m.group("who")
                    )
                )
        # anaphora: "It also demands", "The group said"
        for m in self.anaphora.finditer(text):
            if (
                m.start() > 0
                and not re.search(
                    r"(?:^|[,;:][\"”’']?|\band|\bwhile|\bbut|\bwhereas)\s*"
                    # "negotiators for the government refused": the side its envoys speak for
                    r"(?:(?:the\s+)?(?:negotiators|delegates|officials|representatives|envoys|"
                    r"spokesm[ae]n)\s+(?:for|of|from)\s+)?$",
                    text[: m.start()],
                    re.I,
                )
                and not _INTRO_PHRASE.fullmatch(text[: m.start()])
                # "Sogavare said his government welcomed the deal"
                and not (
                    re.fullmatch(r"(?:his|her|their) government", m.group(), re.I)
                    and re.search(r"\b(?:said|says|added)(?: that)?\s+$", text[: m.start()])
                )
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
            if not sm and _GROUPISH.fullmatch(word) and (self._defined_topic(topic) or last_group):
                dm = _GROUP_DOC.match(text, m.end())
                if dm and not any(abs(sp.start - (off + m.start())) < 3 for sp in out):
                    # "Among the rebels' demands:": the document of the group named last
                    code = topic if self._defined_topic(topic) else last_group
                    out.append(
                        Speaker(off + m.start(), off + dm.end(), code, "document", dm.group())
                    )
                continue
            if (
                not sm
                and m.start() == 0
                and topic
                and topic != JOINT
                and current == JOINT
                and _PRONOUN.fullmatch(word)
                and re.match(r"(?:will|undertakes|commits|pledges)\b", text[pos_after(f, m) :])
            ):
                # "The United States expects ... It will contribute to reconstruction.": inside
                # an agreement, the party the previous sentence was about undertakes it itself
                out.append(Speaker(off + m.start(), off + m.end(), topic, "undertaking", word))
                continue
            if not sm:
                continue
            if any(p.start - off == m.end() + len(" of ") for p in parties) and re.match(
                r"\s+of\s+", text[m.end() :]
            ):
                continue  # "The government of Turkey ... said": Turkey speaks, named after "of"
            if _ARMY.fullmatch(word) and (army or top_state):
                code = army or top_state
            elif _GROUPISH.fullmatch(word) and self._defined_topic(topic):
                code = topic  # "The UPC accepts the ceasefire. The group demands seats ..."
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
                if code == JOINT and _PERSONAL.fullmatch(word):
                    if self.last_person:
                        # "She said China would help": a person, not the sides whose deal
                        # she reported
                        code = self.last_person
                    else:
                        # "he" is one person, never all the signatories together: a speaker
                        # the text does not tie to any side
                        at = off + m.start()
                        if not any(abs(sp.start - at) < 3 for sp in out):
                            out.append(Speaker(at, off + m.end(), "", "anaphora", word))
                        continue
                if (
                    re.search(r"(?:government|administration)$", word, re.I)
                    and code
                    and self.kinds.get(code) != "state"
                    and (top_state or last_state)
                ):
                    # "Sogavare said his government ...": a government is a state's, not the
                    # militia that spoke last
                    code = top_state or last_state
            if code and not any(abs(s.start - (off + m.start())) < 3 for s in out):
                # '"...," he says': a reporting clause after the quotation it holds
                quoted = bool(re.search(r"[,;:]?[\"”’]\s*$", text[: m.start()]))
                out.append(
                    Speaker(off + m.start(), off + m.end(), code, "anaphora", word, post=quoted)
                )
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


def pos_after(f: re.Match[str] | None, m: re.Match[str]) -> int:
    """Where the verb after an anaphor starts: after its filler words, if any."""
    return f.end() if f else m.end()


# a finite verb right after a party: the party opens a clause of its own ("said Malaysia must")
_CLAUSE_VERB = re.compile(
    r"\s*(?:must|should|would|will|shall|could|can|may|might|was|were|is|are|had|has|have|"
    r"needed|needs|ought)\b",
    re.I,
)
# "... and said Tbilisi must accept that result": what a party must do is asked of it by the
# speaker, who is someone else
_OWED_BY = re.compile(r"\s+(?:must|should|ought to|has to|have to|needs to)\b", re.I)
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


_HOSTED = re.compile(r"(?:['’]s?)?\s+(?:\w+\s+)?(?:hosted|hosts|is hosting|was hosting)\b", re.I)
# "talks in Khartoum", "a hotel in Khartoum": a city where the talks are held
_VENUE_BEFORE = re.compile(r"\b(?:in|at|held in|hosted in)\s+(?:the\s+)?$", re.I)


def _hosts_only(text: str, parties: list[Mention]) -> set[str]:
    """States the text names only through the city that hosts the talks ("talks in Khartoum",
    never Sudan or Khartoum as a side): the venue, not the state the text is about.

    >>> t = "Talks in Khartoum on the Central African Republic."
    >>> sorted(_hosts_only(t, [Mention(9, 17, "Khartoum", "SDN", "name"),
    ...                         Mention(25, 49, "Central African Republic", "CAF", "name")]))
    ['SDN']
    """
    venue: set[str] = set()
    other: set[str] = set()
    for m in parties:
        if m.code in other:
            continue  # already named as a side
        before = text[max(0, m.start - 30) : m.start]
        at = _VENUE_BEFORE.search(before) and not _GOVERNMENT_OF.search(before)
        line = text.rfind("\n", 0, m.start) + 1
        dl = dateline(text[line : line + 80]) if m.start - line < 40 else None
        if (
            (dl is not None and m.end <= line + dl.end("place"))
            or _HOSTED.match(text, m.end)  # "Oman hosted the consultations"
            or (
                at
                and m.form == "name"
                and not names_a_country(re.sub(r"['’]s?$", "", m.text))
            )
        ):
            venue.add(m.code)
        else:
            other.add(m.code)
    return venue - other


def _topic(
    text: str, off: int, parties: list[Mention], speakers: list[Speaker], kinds
) -> str | None:
    """The party a sentence is about: its last speaker, else a party that opens it ("The LNA's
    reaction was cautious", "Mehmet Ali Talat, the Turkish Cypriot prime minister, ...")."""
    if speakers:
        return speakers[-1].code if speakers[-1].code != JOINT else ""
    for m in parties:
        if m.start - off > 60 or (kinds.get(m.code) == "organisation" and m.form != "person"):
            break  # a mediator named as a person ("Mediator X ... for SADC") is a topic
        if _TOPIC_OPEN.fullmatch(text[: m.start - off]):
            return m.code
        if m.form == "person" and _TITLED_OPEN.fullmatch(text[: m.start - off]):
            return m.code  # "13:00 - President Joseph Kabila closes the conference."
    for m in parties:
        if m.form == "person" and _ELECTED_BEFORE.search(text, 0, m.start - off):
            return m.code  # "the assembly elected Abdi Hassan as president. In his speech he"
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


# a deal or meeting named after the city where it was made: "Lusaka Protocol", "Arta conference"
_FACTION_NOUN = re.compile(r"\s+(?:faction|clan|militia|warlord)\w*\b", re.I)


def _city_modifier(text: str, p: Mention, off: int, kinds) -> bool:
    """Whether a city names where a faction is, not a side ("Mogadishu faction leaders")."""
    return (
        p.form == "name"
        and kinds.get(p.code) == "state"
        and not names_a_country(p.text)
        and _FACTION_NOUN.match(text, p.end - off) is not None
    )


def _side_commits(finder: HolderFinder, text: str, off: int, sp: Speaker) -> bool:
    """Whether an anaphor names a side that commits itself ("The government undertook to ...",
    "the rebels also agreed that ..."): inside a reported deal, one side's part of it, which
    does not make that side the voice of the terms that follow."""
    if sp.rule != "anaphora":
        return False
    f = _FILLER.match(text, sp.end - off)
    verb = finder.speech.match(text, f.end() if f else sp.end - off)
    return bool(verb and re.match(r"undertook|" + _COMMIT_CUE.pattern, verb.group(), re.I))


_FOR_ITS_PART = re.compile(r"\b(?:for (?:its|their|his|her) part|in turn|offer\w*)\b", re.I)


def _agreed_in_deal(finder: HolderFinder, text: str, off: int, sp: Speaker) -> bool:
    """Whether a side's past "agreed"/"undertook" in a report of a signed deal states its share
    of the joint text ("In return, Skopje agreed to amend its constitution"), not its own
    offer ("The government, for its part, committed to ...")."""
    if _FOR_ITS_PART.search(text):
        return False
    if sp.rule == "speech":
        return bool(re.fullmatch(r"agreed|undertook", sp.cue, re.I))
    if sp.rule != "anaphora":
        return False
    f = _FILLER.match(text, sp.end - off)
    verb = finder.speech.match(text, f.end() if f else sp.end - off)
    return bool(verb and re.fullmatch(r"agreed|undertook", verb.group(), re.I))


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
        for code in _hosts_only(a.text, a.parties):
            del states[code]  # "talks in Khartoum" on CAR: the host is not the state of the text
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
            # a dateline opening the title ("Khartoum, January 2019: ...") names the venue
            title_from = a.sentences[0].start + (dateline_end(a.sentences[0].text) or 0)
            for m in a.parties:
                if m.end > a.sentences[0].end:
                    break
                if m.start < title_from or finder.docs.match(a.text, m.end + 1):
                    continue  # a dateline, or an author: "The Norwegian proposal for Sri Lanka"
                if _is_venue(a.text, m):
                    continue  # "Geneva II", "Doha Agreement", "LUSAKA PROTOCOL": a venue, no state
                if kinds.get(m.code) == "state" and (
                    len(a.text[title_from : m.start].split()) <= 2
                    or names_a_country(re.sub(r"['’]s?$", "", m.text))
                ):
                    top_state = m.code
                    break
        army = next((m.code for m in a.parties if _ARMY_NAME.search(m.text)), None)
        mediator = find_mediator(a.text, a.parties, kinds)
        voice = JOINT if a.agreement or a.meta.author == JOINT else None
        list_voice: str | None = None
        letter_voice: str | None = None
        list_intro = context_cue = ""
        deal_seen = False  # a signing reported so far
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
        deal_acronyms = set(_DEAL_ACRONYM.findall(a.text))
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
            if _TIMESTAMP.match(s.text) and not a.meta.author and not s.item:
                # a live blog's timestamped entry ("15:40 - Kulumbegov sounds less happy.") is a
                # new report: it keeps no voice from the entry before it
                current = topic = list_voice = None
                if not a.agreement:
                    voice = None
                context_cue = ""
            if s.section:
                section_state = s.voice if kinds.get(s.voice or "") == "state" else None
            if s.voice and s.section:
                # a section heading says who speaks below it ("The government's answer")
                current = topic = top_state if s.voice == GOVERNMENT else s.voice
                context_cue = f"section: {s.text}"
                voice = JOINT if s.voice == JOINT or a.agreement else None
                list_voice = None
            if s.section and not s.voice and _STATEMENTS_HEADING.search(s.text):
                # "Statements at the signing", "Reactions": after an agreed text, who speaks
                # below is named line by line, not the signatories together
                current = topic = None
                voice = None
                context_cue = ""
            if s.section:
                list_voice = None  # a new section ends the list before it
            if (
                s.heading
                and not s.voice
                and i > 0
                and a.meta.author not in (None, JOINT)
                and not s.item
            ):
                # a new heading of a party's own document ("Section II. Conditions for a
                # ceasefire"): the author speaks again, whoever was quoted before it
                current, context_cue = a.meta.author, ""
            if s.section and not s.voice and not a.meta.author and not a.agreement:
                # a report's new section ("Round two, 7 June", "Who stayed away") names no side:
                # whoever spoke last in the section before does not speak on in it
                current = JOINT if voice == JOINT else None
                topic, context_cue = None, ""
            if s.section and not s.voice and _NO_VOICE_HEADING.match(s.text):
                # "IV. Outcome", "What happened next": a heading naming no side ends the voice of
                # the section before it; the document's own voice takes over again
                current = a.meta.author or (JOINT if a.agreement else None)
                topic, context_cue = None, ""
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
                if (
                    not interviewee
                    and s.text.rstrip().endswith("?")
                    and not s.item
                    and not _Q_LABEL.match(s.text)
                ):
                    # an explainer's question ("What happens first?"): its answer starts from
                    # the document's voice, not from whoever the last answer quoted
                    current, topic, context_cue = voice, None, ""
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
            mm = MEDIATOR_SUBJECT.match(s.text) if mediator else None
            if mm and not any(sp.start < s.start + mm.end() for sp in speakers):
                # "The mediators' plan provides:", "The panel proposes that ..."
                verb = mm.group("verb") or mm.group("verb2")
                speakers.insert(0, Speaker(s.start, s.start + mm.end(), mediator, "mediator", verb))
                if mm.group("verb2") and voice != JOINT:
                    # "Under the envoy's roadmap, the parties would:": the mediator's proposal
                    for sp in speakers:
                        if sp.code == JOINT and sp.rule == "joint":
                            sp.code, sp.rule = mediator, "joint+mediator"
            um = _under_named_deal(s.text, deal_acronyms)
            if um and not any(sp.start < s.start + um.end() for sp in speakers):
                # "Under the GPA Mugabe remains president ...": the terms of a deal the text
                # names by its acronym ("the Global Political Agreement (GPA)")
                speakers.insert(
                    0, Speaker(s.start, s.start + um.end(), JOINT, "agreement", um.group().strip())
                )
            dm = _DEAL_SUBJECT.match(s.text)
            if dm and voice == JOINT and not any(sp.start < s.start + dm.end() for sp in speakers):
                # "The accord builds on ...", "The text also binds ..." after a reported signing
                speakers.insert(
                    0, Speaker(s.start, s.start + dm.end(), JOINT, "agreement", dm.group().strip())
                )
            if voice == JOINT:
                # "The MNLF dropped its demand ..., and the agreement is to be implemented within
                # the Constitution": a clause whose subject is the deal speaks for its signatories
                for cm in _AND_DEAL.finditer(s.text):
                    at = cm.end() + 1
                    rest = s.text[at:]
                    dm = _DEAL_SUBJECT.match(rest[:1].upper() + rest[1:])
                    if dm:
                        speakers.append(
                            Speaker(
                                s.start + at,
                                s.start + at + dm.end(),
                                JOINT,
                                "agreement",
                                dm.group().strip(),
                            )
                        )
                        speakers.sort(key=lambda sp: sp.start)
            if voice == JOINT and not a.agreement and not a.meta.author:
                # a report of a signed deal: "the government undertook to disarm the militias",
                # "Skopje agreed to amend its constitution" is one side's part of the joint text
                for sp in speakers:
                    if sp.code != JOINT and _agreed_in_deal(finder, s.text, s.start, sp):
                        sp.code, sp.rule = JOINT, sp.rule + "+deal"
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
                    if sp.code == JOINT and (
                        _REPORTED_JOINT(sp, s.text) or _DONE_TOGETHER.match(a.text, sp.end)
                    ):
                        continue  # "Both sides have agreed/renounced ...": a deal, not a demand
                    if sp.rule == "first-person-joint":
                        continue
                    if sp.code == JOINT or (sp.rule == "speech" and _COMMIT_CUE.match(sp.cue)):
                        sp.code, sp.rule = a.meta.author, sp.rule + "+author"
            if s.item and list_voice not in (None, JOINT) and voice != JOINT:
                # an item of one party's proposal ("The mediators' plan provides: 1. The parties
                # shall ..."): what the parties shall do is what that party proposes
                for sp in speakers:
                    if sp.code == JOINT:
                        sp.code, sp.rule = list_voice, sp.rule + "+list"
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
                ) and not (voice == JOINT and last.rule == "undertaking") and not (
                    voice == JOINT and _side_commits(finder, s.text, s.start, last)
                ):
                    current = last.code
                    context_cue = ""
            if s.text.rstrip(" *_").endswith(":") and not s.item:
                list_voice = current  # "The parties agree as follows:", "Its main points:"
                list_intro = s.text
                if current is None and deal_seen and not parties and _TERMS_INTRO.search(s.text):
                    # "10:40 - The main commitments, from the copy we have seen:" after a
                    # reported signing: the signed text's terms
                    list_voice = JOINT
            if not s.heading:
                t = _topic(s.text, s.start, parties, speakers, kinds)
                if t is None and last_group and _GROUP_OPENS.match(s.text):
                    t = last_group  # "The group's position has not moved. It holds ..."
                if t is not None:  # a sentence about nobody in particular keeps the topic
                    topic = t or None
            deal_seen = deal_seen or any(
                sp.code == JOINT and sp.rule.startswith("agreement") for sp in speakers
            )
            if any(sp.code == JOINT and sp.rule.startswith("agreement") for sp in speakers) or any(
                sp.code == JOINT and sp.rule == "joint" and _JOINT_VERB.match(sp.cue)
                for sp in speakers
            ):
                voice = JOINT
            if places:
                last_places = list(dict.fromkeys(c for m in places for c in m.codes))
        _bracketed_voices(a)
        return a

    return holders_stage


# "[Russia: after a decision agreed by all guarantor states]": one side's wording in a draft
_BRACKET = re.compile(r"\[(?P<who>[^\[\]:\n]{2,40}):\s[^\[\]]*\]")


def _bracketed_voices(a: Analysis) -> None:
    """A bracket that opens with one party's name and a colon holds that party's wording in a
    draft both sides edit ("[Ukraine: 250,000] [Russia: 85,000]"): positions inside it are that
    party's, whoever the text around it speaks for."""
    for m in _BRACKET.finditer(a.text):
        codes = {p.code for p in a.parties if m.start("who") <= p.start and p.end <= m.end("who")}
        if len(codes) != 1:
            continue
        code = codes.pop()
        for h in a.hits:
            if m.end("who") < h.start and h.end <= m.end():
                h.holder, h.holder_rule, h.holder_cue = code, "bracket", m.group("who")
# "Doha Agreement", "Lusaka Protocol": a deal named after the city where it was signed
# "the Global Political Agreement (GPA)", "the Comprehensive Peace Agreement (CPA)"
_DEAL_ACRONYM = re.compile(
    r"\b(?:Agreement|Accord|Accords|Declaration|Protocol|Charter|Understanding)\s*\(([A-Z][A-Za-z]{1,7})\)"
)


def _under_named_deal(text: str, acronyms: set[str]) -> re.Match[str] | None:
    """"Under the GPA, ...", "According to the CPA": the terms of a deal named by acronym."""
    if not acronyms:
        return None
    m = re.match(r"\s*(?:Under|According to|In line with) the ([A-Z][A-Za-z]{1,7})\b,?", text)
    return m if m and m.group(1) in acronyms else None


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
