"""The regular expressions the holder stage matches, by family.

Used by :mod:`accord.extract.speakers` (who speaks in one sentence), :mod:`accord.extract.subjects`
(whom a position is about, and where) and :mod:`accord.extract.stages.holders` (the voice
across sentences). Each comment above a pattern shows the wording it is for.
"""

from __future__ import annotations

import re

# --- Live blogs, headings and sections: time stamps, statement and answer headings ---

# the time of a live blog's entry at the start of its line: "**19 May, 17:30** –", "14:05 GMT -"
STAMP = (
    r"[\s>*_#-]*(?:[A-Z]?[\w ,]{0,20}?)?\b\d{1,2}[:.h]\d{2}\b(?:\s*(?:GMT|UTC|local|[AP]M|am|pm))?"
    r"[*_\s]*[–—:-]\s*"
)
LIVE_STAMP = re.compile(STAMP)
TIMESTAMP = re.compile(r"\s*\d{1,2}[:.h]\d{2}\s*(?:[-–—]|GMT|UTC|CET|local\b)")
STATEMENT_HEADING = re.compile(
    r"\b(?:interview|statement|speech|address|remarks|letter|op-ed|position|answer|response|reply|"
    r"views?|proposals?|plan|demands|conditions|red lines|terms|memorandum|draft|"
    r"communiqu[eé]|manifesto|message|appeal|open letter)\b",
    re.I,
)
# "the two Syrian answers", "reactions in Kyiv and Moscow": several voices, none of them the title's
SEVERAL_ANSWERS = re.compile(
    r"\b(?:answers|responses|replies|reactions|views|positions|statements)\b", re.I
)
STATEMENTS_HEADING = re.compile(
    r"\b(?:statements?|reactions?|remarks|comments|responses|what (?:the )?(?:\w+ )?said|"
    r"after the signing|aftermath|epilogue|press conference|what to watch|looking ahead|"
    r"outlook|points to watch)\b",
    re.I,
)
# a heading that names no side and reports what came of the talks: the voice before it ends
NO_VOICE_HEADING = re.compile(
    r"[\s#*_>]*(?:[IVX\d]+\.?\s+)?(?:the\s+)?(?:outcome|results?|aftermath|what happened next|"
    r"what (?:comes|came) next|next steps|the way (?:ahead|forward)|analysis|assessment|"
    r"reactions?|where things stand|what remains|outlook)\b",
    re.I,
)
Q_LABEL = re.compile(r"\s*[*_]*(?:Q|Question)\s*[:.)-]", re.I)

# --- Clause structure: what stands between a party and its verb; what makes a party an object ---

BLOCK_BEFORE = re.compile(
    r"(?:\b(?:that|for|on|upon|requir\w*|urg\w*|ask\w*|press\w*|forc\w*|compel\w*|from|with|"
    r"against|to|"
    r"of|between|than|unlike|toward|towards|into|in|at|over|about|whether|if|on behalf of|"
    r"whom|let|allow\w*|help\w*|want\w*|expect\w*|oblig\w*|made|make|makes|by|and|or|nor|like|"
    r"when|once|until|unless|after|before|as soon as)(?:\s+the)?|"
    r"[(\[])\s*$",
    re.I,
)
FILLER = re.compile(
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
THAT_BEFORE = re.compile(r"\bthat\s+(?:the\s+)?$", re.I)
# ", and the MFDC renounces": a new clause with its own subject
NEW_CLAUSE = re.compile(r"[,;]\s*(?:and|but|while|whereas)\s+(?:the\s+)?$", re.I)
CLAUSE_START = re.compile(r"(?:^|[,;:—–]|\band|\bbut|\bwhile)\s*(?:\w+ly,?\s+)?[\"“]?$", re.I)
CLAUSE_AND = re.compile(r"[,;]\s*(?:and|but|while)\s+$", re.I)
# the end of a quotation or clause before a reporting clause, maybe with a title between:
# '..." Azerbaijani President Ilham Aliyev told reporters'
QUOTE_END = re.compile(r"[,“\"”]\s*(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,4}$")
SENTENCE_TAIL = re.compile(
    r"(?:\s+(?:on \w+day|yesterday|today|last \w+|this \w+|[a-z]+ly))*"
    r"(?:,?\s+(?:on (?:\w+day|\d{1,2}\b[^.;!?]{0,20})"
    r"|in (?:a|an) (?:statement|interview|speech|letter)"
    r"|in [A-Z][\w-]+|at (?:a|the) [^.;!?]{0,30}|after [^.;!?]{0,60}|following [^.;!?]{0,60}"
    r"|citing [^.;!?]{0,60}))?"
    r"\s*[.!?\"”’']*\s*",
)
LIST_GAP = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,5}")
# ", and both sides pledged": a new clause, not a list of parties
IN_ASIDE = re.compile(
    r",\s*(?:acting|who|which|whose|speaking|leading|representing|as|on behalf|backed|"
    r"supported)\b[^,;()]*$",
    re.I,
)
# "In mid-1992 it refused", "In the end it boycotted": an opening adverbial before a pronoun
INTRO_PHRASE = re.compile(
    r"(?:In|On|At|By|After|Before|During|Since|Later|Then|Finally|Soon|Now|Today|Yesterday|Among|"
    r"Eventually|Meanwhile)\b[^,;:\"“]{0,40}?,?\s*"
)
PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:\w+ly|still|also|now|not|being)\s+)*$", re.I
)
POSSESSIVE = re.compile(r"['’]s?$")
# "endorsed by a resolution of the UN Security Council": the resolution is a means, not a speaker
BY_MEANS_OF = re.compile(r"\b(?:by|through|via)\s+(?:a|an|the)\s+$", re.I)
# a finite verb right after a party: the party opens a clause of its own ("said Malaysia must")
CLAUSE_VERB = re.compile(
    r"\s*(?:must|should|would|will|shall|could|can|may|might|was|were|is|are|had|has|have|"
    r"needed|needs|ought)\b",
    re.I,
)
# "... and said Tbilisi must accept that result": what a party must do is asked of it by the
# speaker, who is someone else
OWED_BY = re.compile(r"\s+(?:must|should|ought to|has to|have to|needs to)\b", re.I)
# a party, then its reporting verb, then the party named next ("the BRN said Malaysia ...")
SAID_BETWEEN = re.compile(
    r"(?:['’]s?|\))?\s+(?:\w+\s+){0,2}(?:said|says|added|told|insisted|stated|argued|warned)\s*",
    re.I,
)

# --- Who speaks: reporting clauses, agents, attitude verbs, people and their titles ---

REPORTING = re.compile(
    r"\s*(?:said|says|added|told|insisted|stated|argued|warned|noted|stressed|explained|wrote|"
    r"replied|"
    r"responded|countered|announced|claimed|declared|demanded|proposed|offered|maintained)\b",
    re.I,
)
AGENT = re.compile(
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
AGENT_GOVERNMENT = re.compile(
    r"\b(?:demanded|proposed|offered|put forward|rejected|tabled|sought|requested|backed|"
    r"supported|insisted|expected|favou?red|preferred|urged|ruled out|opposed|accepted|endorsed)"
    r"\s+by\s+(?P<who>the\s+(?:[A-Z][\w-]+\s+)?(?:government|administration|authorities|"
    r"military|army|regime|junta))\b(?!\s+(?:junta|regime|government|council|leadership)\b)"
)
# "... is to be supported by UN monitors" inside an agreed text: who carries it out, no holder
TO_BE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:also\s+)?to\s+be\s+[\w\s,]{0,60}\bby\s+(?:the\s+)?$", re.I
)
# "according to Kyiv", "it is said in Manila"
ACCORDING = re.compile(r"according to\s*$|\b(?:is|was|are|were) (?:\w+ )?said in\s*$", re.I)
VIEW_IS = re.compile(
    r"(['’]s)?\s+(?:official\s+|stated\s+|declared\s+|long-(?:held|standing)\s+|consistent\s+|"
    r"basic\s+|core\s+|firm\s+|public\s+)?(?:view|position|stance|line|answer|"
    r"reply|response)\s+(?:is|was|remains|remained|has been)\b",
    re.I,
)
COMMIT_CUE = re.compile(r"(?:commit|undertak|pledg|agree|promis|guarantee|shall)", re.I)
MODAL = re.compile(
    r"(?:shall|will|must|are to|is to|would|agree\w*|commit\w*|undert\w*|pledg\w*|accept\w*|"
    r"recogni[sz]\w*|reaffirm\w*|confirm\w*|decid\w*|resolv\w*|welcom\w*|affirm\w*)\b",
    re.I,
)
# a sentence's unnamed subject and the aside after it: "The rebel leadership, grouped in the
# Northern Front (NF), said"
APPOSED = re.compile(
    r"\s*(?P<head>(?:The|A|An|Its|Their|Several|Some|Many|Two|Three)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:leadership|leaders?|"
    r"spokes(?:man|woman|person)|negotiators?|delegation|officials?|commanders?|envoys?|"
    r"representatives?|chief|head|mediators?|facilitators?|hosts?|guarantors?)|"
    r"(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+),\s+(?P<aside>[^,;:\"“]{4,120}),\s+(?:\w+ly\s+)?"
)
# '"...," said Idriss Kaba, the group's spokesman.': a person tied to a side after the quote
SAID_PERSON = re.compile(
    r"[,\"”'’]\s*(?:said|says|added|stated|told reporters)\s+(?P<head>(?:[A-Z][\w'’.-]+\s+){0,3}"
    r"[A-Z][\w'’.-]+),\s+(?P<aside>(?:the|a|an|its|their)\s[^,;\"“]{3,100}?)\s*[.!]?\s*$"
)
# '"...," Movladi Udugov, the separatist information chief, told reporters.': the same with the
# name before the verb
QUOTE_PERSON = re.compile(
    r"[,\"”]\s*(?P<head>(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+),\s+"
    r"(?P<aside>(?:the|a|an|its|their)\s[^,;\"“]{3,100}?),\s+"
    r"(?:said|says|added|stated|told reporters|told \w+)\s*[.!]?\s*$"
)
APPOSED_PERSON = re.compile(r",\s+(?:\w+ly\s+|also\s+)?")
# the name of a person after a party's title: "(KNU chairman) Saw Mutu Say Poe"
NAME_AFTER = re.compile(
    r"(?:\s+(?:[A-Z][\w'’.-]*[a-z][\w'’.-]*|al-\w+|bin|de|van|von)){1,4}(?=\s+[a-z])"
)
OPENING_TITLE = re.compile(
    r"(?:" + STAMP + r")?\s*(?:The|A|An|Its|Their)\s[^,;:()\"“]{3,80},\s*", re.I
)
TITLE_FOR = re.compile(
    r"(?:['’]s?)?\s+(?:[a-z-]+\s+){0,2}(?:envoy|representative|mediator|coordinator|adviser|"
    r"advisor)\s+(?:for|on|to)\s+(?:the\s+)?",
    re.I,
)
PERSONAL = re.compile(r"he|she", re.I)
BYSTANDERS = re.compile(
    r"\b(?:critics|analysts|observers|experts|commentators|rights groups|human rights groups|"
    r"activists|residents|witnesses|diplomats|economists|scholars|historians)\b",
    re.I,
)
EDITORS_NOTE = re.compile(
    r"[\s*_(\[]*(?:(?:Editor|Analyst|Author|Translator|Correspondent|Reporter)s?['’]?s?['’]?\s+)"
    r"(?:note|comment|commentary|analysis)\b\s*[:.–—-]",
    re.I,
)

# --- Sides and their members: governments, armies, armed groups, unnamed officials ---

ARMY = re.compile(r"the (?:army|military)", re.I)
ARMY_NAME = re.compile(r"\b(?:Armed Forces|Army|army|Defen[cs]e Forces|military)\b")
SPOKESPEOPLE_OF = re.compile(
    r"\b(?:negotiators?|officials?|representatives?|delegations?|leaders?|spokes\w+|envoys?|"
    r"members?|"
    r"commanders?|delegates?|leadership|head|chief|armies|army|militar(?:y|ies)|governments?|"
    r"alliance|coalition|bloc|group|union|front|"
    r"presidents?|ministers?|foreign ministers?|directors? general)"
    r"\s+(?:for|of|from)\s+(?:the\s+)?$",
    re.I,
)
GOVERNMENT_OF = re.compile(
    r"\b(?:the )?(?:government|authorities|administration) (?:of|in)\s*(?:the\s+)?$", re.I
)
GOVERNMENT_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:(?:military|federal|central|transitional|interim|national|new)\s+)?"
    r"(?:government|administration|authorities)\b",
    re.I,
)
GOVERNMENT_NOUN = re.compile(r"\b(?:government|administration|authorities)$", re.I)
SIDE_SAID = re.compile(
    r"(?<=[,\"”])\s*(?:(?:senior|top|chief)\s+)?(?:negotiators?|officials?|spokes(?:man|woman|person)|"
    r"representatives?|leaders?|commanders?|delegates?)\s+(?:for|of)\s+(?P<side>the\s+(?:movement|"
    r"group|rebels|rebel group|militia|front|insurgents|government|authorities|junta|regime))\s+"
    r"(?:said|says|told|added|stated)\b"
)
FOR_SIDE = re.compile(
    r"\b(?:for|of)\s+the\s+(?:[\w-]+\s+)?(?:government|junta|regime|authorities|group|movement|"
    r"rebels|front|militia)\b",
    re.I,
)
# a sentence that opens on a spokesman of a side named by a common noun
SIDE_OPENS = re.compile(
    r"\s*(?:A|An|One|The)\s+(?:senior\s+|top\s+)?(?:spokes(?:man|woman|person)|official|"
    r"negotiator|representative|commander|leader)\s+(?:for|of|from)\s+the\s+"
    r"(?:[A-Z][\w'’-]+\s+)?(?P<side>group|movement|rebels|rebel group|armed group|front|militia|"
    r"insurgents|(?:military\s+|federal\s+|central\s+|transitional\s+)?government|junta|regime)"
    r"(?:,\s+[^,;:\"“]{3,60},)?\s+(?:also\s+)?"
    r"(?:said|says|told|added|stated|declared|confirmed|announced|insisted)\b"
)
UNNAMED = re.compile(
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
ITS_MEMBERS = re.compile(r"\b(?:its|their)\s+(?:own\s+)?$", re.I)
AIDE = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\bbut\s)|(?<=\band\s))(?P<who>(?:(?:an?|one|two|some|several)\s+"
    r"(?:of\s+(?:his|her|their)\s+)?(?:close\s+|senior\s+)?|(?:his|her|their)\s+(?:close\s+)?)"
    r"(?:aides?|colleagues?|advisers?|advisors?|deputy|deputies|associates?|fellow delegates?))"
    r"\s+(?:also\s+|later\s+)?(?=said|say|says|told|added|warned|insisted|reminded|stressed|"
    r"explained|argued)",
    re.I,
)
ARMY_VOICE = re.compile(
    r"(?P<who>\b(?:an?|the|one|two|several|some)\s+(?:senior\s+)?(?:army|military)\s+"
    r"(?:spokes(?:man|woman|person)|officers?|commanders?|officials?|sources?))"
    r"(?=(?:\s+in\s+[A-Z][\w'’-]+(?:[- ][A-Z][\w'’-]+)*)?,?\s+(?:also\s+)?(?:said|says|told|"
    r"described|insisted|warned|added|stated|called|rejected|demanded))",
    re.I,
)
GROUPISH = re.compile(
    r"\b(?:the group|the movement|the militia|the rebels?|the insurgents|the rebel group|"
    r"the armed group|"
    r"the faction|the organi[sz]ation|the coalition)\b",
    re.I,
)
# a title of the armed side: "the separatist information chief", "a rebel commander"
GROUP_TITLE = re.compile(
    r"\b(?:the|a|an)\s+(?:separatist|rebel|insurgent|guerrilla|militia)\s+(?:[\w-]+\s+)?"
    r"(?:chief|leader|commander|negotiator|spokes(?:man|woman|person)|envoy|official|head|"
    r"representative|delegate)\b",
    re.I,
)
# a sentence that opens on "the group" / "the movement's" is about the last group named
GROUP_OPENS = re.compile(
    r"[\s\"“]*(?:the group|the movement|the rebels?|the insurgents|the rebel group|the armed group|"
    r"the faction|the militia)(?:['’]s?)?\s",
    re.I,
)
# a faction named after its city: "Mogadishu faction leaders" (where they are, not who)
FACTION_NOUN = re.compile(r"\s+(?:faction|clan|militia|warlord)\w*\b", re.I)
GOVERNMENTISH = re.compile(
    r"\b(?:the (?:federal |central |national |military )?government|federal authorities|"
    r"the country|"
    r"the junta|the regime|the president|the prime minister|the foreign minister|"
    r"the state|the administration|the authorities|"
    r"government officials|government negotiators|the government side|government)\b",
    re.I,
)
LEADER = re.compile(r"the (?:president|prime minister|foreign minister)", re.I)
GOV_SIDE = re.compile(
    r"the government(?:['’]s (?:delegation|negotiators|side|team|representatives)| side)", re.I
)
# a speaker's title and a colon: "Government delegation head and foreign minister X: ..."
GOV_LABEL = re.compile(
    r"(?:" + STAMP + r")?\s*(?:The\s+)?Government\s+(?:delegation|negotiator|spokes\w+|side|"
    r"chief|head|envoy)[^:.\n\"“]{0,90}:\s"
)
# "The envoy", "The UN mediator" opening a sentence: the organisation's mediator
ENVOY = re.compile(r"(?:" + STAMP + r")?\s*The\s+(?:special\s+|personal\s+)?(?:envoy|mediator)\b")

# --- Anaphora and topic: pronouns and openings that point back to a party or place ---

PRONOUN = re.compile(
    r"it|they|he|she|(?:his|her|its|their) (?:government|administration|movement|group|side|"
    r"delegation|leaders?|leadership|negotiators|officials|representatives|spokes\w+)",
    re.I,
)
# what may come before the party a sentence is about: "The", "In Kabul, the", "A Wa official,"
TOPIC_OPEN = re.compile(
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
ELECTED_BEFORE = re.compile(r"\b(?:elected|appointed|installed|chose|named)\s+$")
# a title and first name before a person opening a sentence: "President Joseph ", "General "
TITLED_OPEN = re.compile(
    r"(?:\d{1,2}[:.h]\d{2}\s*[-–—:]?\s*)?(?:(?:In|On|At|After|Meanwhile)\b[^,]{0,40},\s*)?"
    r"(?:[A-Z][\w.-]*\s+){1,3}"
)
ITS_BEFORE = re.compile(r"\b(?:its|their)\s+$", re.I)
BARE_SUBJECT = re.compile(r"\s*(?:The\s+|the\s+)?#\s*,?\s*", re.I)
REGION_ANAPHOR = re.compile(
    r"\b(?:these|those|the (?:aforementioned|said|above|four|five|two|three|same)|the|such|both)\s+"
    r"(?:[\w-]+\s+)?(?:regions?|territor(?:y|ies)|areas?|oblasts?|provinces?|lands|districts?|zones?)\b",
    re.I,
)
THE_TERRITORY = re.compile(r"\bthe (?:disputed )?territory\b(?!\s+of\b)", re.I)

# --- First person and interviews: the author's or interviewee's own voice ---

# "We demand", "our government will not accept": the document's author speaking
FIRST_PERSON = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|while|so|that|[Nn]or do|[Nn]or will|[Nn]or can)\s+)(?:[\"“]\s*)?"
    r"(?P<we>[Ww]e|[Oo]ur (?:government|side|delegation|movement|party|people|forces|leadership|"
    r"position|country|aim|goal|objective|priority))\b"
)
# "Our aim remains ...": the author's stated goal, whatever verb follows
OUR_AIM = re.compile(r"[Oo]ur (?:aim|goal|objective|priority|position)")
WE_NEGATED = re.compile(
    r"(?:(?:do|does|did|will|would|can|could|shall)\s*(?:not|n['’]t)|cannot|never)\s+", re.I
)
AGREED_WITH = re.compile(r"(?:have |had )?(?:also )?agreed with\b", re.I)
INTERVIEW_INTRO = re.compile(
    r"\b(?:spoke|spoken|talked|speaks|talks|talking|speaking|sat down)\s+(?:to|with)\b|"
    r"\binterview(?:ed|s)?\b(?:\s+with\b)?|\basked\b",
    re.I,
)

# --- A party's documents: proposals, memoranda, letters, resolutions, bracketed wordings ---

DOC_AFTER = (
    r"\s*(?:[“\"'‘]?(?!(?:sets?|lays?|puts?|makes?|has|have|is|are|was|were|will|would)\b)[\w-]+[”\"'’]?\s+)"
    r"{0,2}?[“\"'‘]?"
)
DOC_OF = re.compile(
    r"\b(?:memorand\w*|proposals?|counter-?proposals?|plan|draft|position paper|statement|"
    r"declaration|letter|note|response|reply|answer|demands|conditions|terms|offer|resolution|communiqu[eé]|"
    r"initiative|roadmap|vision|platform|points)\s+(?:of|by|from)\s+(?:the\s+)?"
    r"(?:(?:government|people|delegation|ministry of foreign affairs|foreign ministry|leadership|"
    r"president|presidency)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
# "the rebels' demands", "the group's conditions": a group's document named by an anaphor
GROUP_DOC = re.compile(
    r"['’]s?\s+(?:\w+\s+)?(?:demands|conditions|proposals?|plan|terms|position|answer|reply|"
    r"response|counter-?proposal|red lines|list)\b",
    re.I,
)
# "Key points of the Qatari proposal:": the proposal's content, held by its party
PARTS_OF = re.compile(
    r"^(?:[\w-]+\s+)?(?:points|terms|text|elements|details|contents|provisions|summary|"
    r"highlights|outline)\s+of\s+(?:the\s+)?$",
    re.I,
)
NAMED_DOC = re.compile(
    r"\s+(text|draft|plan|proposals?|memorandum|paper|roadmap|initiative|document|blueprint)\b"
    r"(?!\s+(?:of|for|to|by|on)\b)"
)
DOC_SELF = re.compile(
    r"\b(?:the|this|that|its|their) (?:\w+ )?(?:memorandum|proposal|counterproposal|"
    r"counter-proposal|plan|"
    r"document|draft|framework|text|paper|letter|offer|response|reply|list|initiative|roadmap|"
    r"vision|"
    r"demands|conditions|terms)\b",
    re.I,
)
#: a party's document that speaks in its own voice: "we" in it is that party
VOICED_DOC_OF = re.compile(
    r"\b(?:letter|statement|message|communiqu[eé]|speech|address|appeal|open letter)\s+"
    r"(?:\w+\s+)?(?:from|of|by)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
# a resolution put before an organisation's body is that body's text, whoever sponsors it:
# "The draft resolution circulated in the Security Council by France and the United States"
# "the ceasefire came from the Security Council in Resolution 687", "the Council, in its
# resolution of 3 April": the organisation's text
IN_RESOLUTION = re.compile(r"(?:['’]s)?,?\s+(?:in|by|through)\s+(?:its\s+)?resolutions?\b", re.I)
RESOLUTION_IN = re.compile(
    r"\b(?:draft\s+)?resolutions?\b[^.;:]{0,60}?\b(?:in|before|to|at|of|by)\s+(?:the\s+)?$",
    re.I,
)
# "[Russia: after a decision agreed by all guarantor states]": one side's wording in a draft
BRACKET = re.compile(r"\[(?P<who>[^\[\]:\n]{2,40}):\s[^\[\]]*\]")

# --- Joint voice: the signatories together ---

JOINT_VERB = re.compile(
    r"agree|commit|sign|pledg|undert|decid|accept|reach|recogni|reaffirm|confirm|resolv|affirm|"
    r"announc|initial|"
    # "both sides have renounced the use of force", "the two sides vowed": a joint undertaking
    r"renounc|forsw|vow|promis",
    re.I,
)
# the signatories named, then a verb in the past: a report of what they did together ("Both
# sides have renounced the use of force", "the two presidents signed"), even in one side's text
DONE_TOGETHER = re.compile(
    r"(?:\s+(?:\w+ly|also|both|all|together|today|yesterday))*"
    r"\s+(?:(?:have|has|had)\s+(?:\w+ly\s+|also\s+|both\s+|all\s+)?)?"
    r"(?:agreed|signed|renounced|undertook|pledged|committed|vowed|promised|forswore|"
    r"accepted|decided|reaffirmed|confirmed|recogni[sz]ed|initial(?:l)?ed|concluded|reached)\b",
    re.I,
)
# "Both sides signed up to ...", "the two teams have already signed": a joint subject's signature
JOINT_SIGNED = re.compile(
    r"\s*(?:(?:have|has|had)\s+)?(?:(?:also|already|now|jointly)\s+)?"
    r"(?:sign|initial|agree|commit|pledg|undert|accept|decid)\w*",
    re.I,
)
AND_JOINT = re.compile(r"^\s*(?:and|&)\s+(?:the\s+)?$", re.I)
AND_SIDES = re.compile(r"\w\s+(?:and|&)\s+\w")
AS_FOLLOWS = re.compile(
    r"\s*(?:[Hh]ave|[Hh]as|[Hh]ereby)?\s*(?:[Aa]gree[ds]?|[Dd]ecided?)\s+"
    r"(?:as follows|on the following)\b"
)

# --- Deals and agreements: signings reported, accepted or passive, and their terms ---

REPORTED_DEAL = re.compile(
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
PASSIVE_DEAL = re.compile(
    r"\b(?:agreement|accord|deal|declaration|treaty|protocol|memorandum of understanding|truce|"
    r"ceasefire|cease-fire|armistice|settlement|communiqu[eé]|statement)s?\b[^.;:]{0,120}?"
    r"\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:signed|initial(?:l)?ed|"
    r"concluded|agreed|adopted)\b(?!\s+(?:in|on)\s+(?:19|20)\d\d)",
    re.I,
)
# a headline-style report of a signing, maybe after a live blog's timestamp: "16:30 - Deal signed."
TERSE_DEAL = re.compile(
    r"^\s*(?:\d{1,2}[:.h]\d{2}\s*(?:[-–—:]\s*)?)?(?:(?:The|A)\s+)?(?:[\w-]+\s+)?"
    r"(?:deal|agreement|accord|truce|ceasefire|cease-fire|treaty|declaration)\s+"
    r"(?:(?:is|was|has been)\s+)?(?:finally\s+)?(?:signed|reached|sealed|agreed)\s*[.!:]"
    # a live blog's bare "14:20 - Signed." / "15:00 - It's done: signed!"
    r"|^\s*\d{1,2}[:.h]\d{2}\s*[-–—:]?\s*(?:(?:It|They)(?:['’]s|\s+is|\s+have|['’]ve)\s+)?"
    r"(?:finally\s+)?(?:signed|agreed)\s*[.!:]",
    re.I,
)
# a text signed by two sides or more, whatever it is called: "is being signed by the government
# and 22 armed groups", "was signed by both delegations"
SIGNED_BY_SIDES = re.compile(
    r"\b(?:is|are|was|were|has been|have been|had been)\s+(?:being\s+)?(?:signed|initial(?:l)?ed)"
    r"\s+(?:[\w-]+\s+){0,4}?by\s+(?:(?:both|the two|all)\s+(?:sides|parties|delegations|"
    r"governments)|the\s+[\w\s-]{2,40}?\s+and\s+(?:the\s+)?(?:\d+\s+)?[\w-]+)",
    re.I,
)
# two sides accepting one deal: "Israel and Palestinian factions led by Hamas accepted an
# open-ended ceasefire brokered by Egypt" (the deal's terms are both sides' commitment)
ACCEPT_DEAL = re.compile(
    r"\b(?:have\s+|had\s+|both\s+)?(?:accepted|agreed to|signed up to|endorsed)\s+"
    r"(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:ceasefire|cease-fire|truce|deal|agreement|accord|plan|proposal|peace plan|settlement)s?\b",
    re.I,
)
# a joint text issued by two named sides: "in a joint statement of the United States and
# Russia", "a joint declaration by X and Y" (the text that follows speaks for both)
JOINT_TEXT_OF = re.compile(
    r"\bjoint (?:statement|declaration|communiqu[eé]|proposal|plan|initiative|text)\s+"
    r"(?:of|by|from|issued by|signed by)\s+(?:the\s+)?[A-Z][^.;:]{0,80}?\s(?:and|&)\s",
)
CONDITION_IN = re.compile(r"\b(?:only after|only once|only when|only if|unless|until)\b", re.I)
# a list of what a deal holds: "The main commitments:", "Its key terms, from the copy we saw:"
TERMS_INTRO = re.compile(
    r"\b(?:commitments|terms|provisions|main points|key points|obligations)\b", re.I
)
UNDER_TERMS = re.compile(r"\s*(?:Under|By the terms of|According to the terms of)\s+the\b", re.I)
DEAL_FRAME = re.compile(
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
DEAL_SUBJECT = re.compile(
    r"\s*(?:The|This|That|These) (?:[\w-]+ )?(?:agreements?|deal|accords?|treaty|text|protocols?|"
    r"charter|"
    r"declaration|settlement|truce|ceasefire|principles|documents)\s+(?:also\s+|further\s+)?"
    r"(?:[a-z]+s|is|are|will|shall|state|provide|require|set out|commit|oblige)\b"
)
AND_DEAL = re.compile(r"[,;]\s*(?:and|but|while|whereas)(?=\s+(?:the|this)\s)", re.I)
# a deal the text names by acronym: "the Global Political Agreement (GPA)", "the Comprehensive
# Peace Agreement (CPA)"
DEAL_ACRONYM = re.compile(
    r"\b(?:Agreement|Accord|Accords|Declaration|Protocol|Charter|Understanding)\s*\(([A-Z][A-Za-z]{1,7})\)"
)
FOR_ITS_PART = re.compile(r"\b(?:for (?:its|their|his|her) part|in turn|offer\w*)\b", re.I)

# --- Venues and datelines: where the talks are held is never a voice ---

IN_CAPITAL = re.compile(r"\s*(?:In|From)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*,\s*")
IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+")
FROM_CAPITAL = re.compile(
    r"\s*(?:\d{1,2}[:.h]\d{2}\s*[-–—:]?\s*)?(?:From|In)\s+(?P<place>[A-Z][\w'’-]+),\s+"
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){1,6}?)(?P<verb>says|said|told|adds|added|insists|insisted|"
    r"warns|warned|declares|declared|states|stated)\b"
)
# what follows a city that names a round of talks or a deal: "Geneva II", "the Astana talks",
# "the Lusaka Protocol", "Doha Peace Agreement"
VENUE_NAME = re.compile(
    r"\s+(?:I{1,3}|IV|(?:peace\s+|ceasefire\s+|cease-fire\s+|political\s+)?(?:talks|process|"
    r"format|conference|summit|communiqu\w*|declaration|round|accords?|agreements?|protocol|"
    r"memorandum|treaty|document)|peace)\b",
    re.I,
)
HOSTED = re.compile(r"(?:['’]s?)?\s+(?:\w+\s+)?(?:hosted|hosts|is hosting|was hosting)\b", re.I)
# "talks in Khartoum", "a hotel in Khartoum": a city where the talks are held
VENUE_BEFORE = re.compile(r"\b(?:in|at|held in|hosted in)\s+(?:the\s+)?$", re.I)
