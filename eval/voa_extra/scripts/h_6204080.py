from lib import Story
S = Story('voa-6204080')
ev = S.ev
KG = (None, 'KEN', 'GOV')
REF = (None, None, 'CVL')
UN = (None, 'IGO', 'GOV')
ev(0, 'close', 'COERCE', None, ('The Kenya Interior Ministry', 'KEN', 'GOV'), ('hundreds of thousands of refugees', None, 'CVL'), mod='future',
   note='announced intention to close Dadaab and Kakuma refugee camps (forcing refugees out); refugees = CVL, country null (mostly Somali, mixed); the announcement itself is a statement; repatriation fears in s.1/s.7 not coded (personal reluctance); mode null (alternative deport)')
ev(4, 'My house has been taken', 'COERCE', 'seize', (None, None, None), ('My', 'SOM', 'CVL'),
   note='refugee\'s house in Somalia taken (property seized, taker unknown); weak')
ev(8, 'leave the country', 'COERCE', 'deport', ("Kenya's government", 'KEN', 'GOV'), ('she and other refugees', None, 'CVL'), mod='future',
   note='refugees "will have no choice but to leave the country" = forced departure announced')
ev(9, 'given the U.N. Refugee Agency 14 days to present a plan', 'REQUEST', None, ('Kenya', 'KEN', 'GOV'), ('the U.N. Refugee Agency', 'IGO', 'GOV'),
   note='demand that UNHCR present a closure plan')
ev(9, '14 days', 'THREATEN', None, ('Kenya', 'KEN', 'GOV'), ('the U.N. Refugee Agency', 'IGO', 'GOV'),
   note='14-day deadline = ultimatum (CAMEO 139; called "Kenya\'s ultimatum" in s.26; precedent: deadline/ultimatum = THREATEN)')
ev(9, 'close Dadaab and Kakuma camps', 'COERCE', None, ('Kenya', 'KEN', 'GOV'), REF, mod='future',
   note='planned closure of the camps (re-mention of the announced intention)')
ev(10, 'no room for further negotiations', 'REJECT', 'meet', ("Matiangi", 'KEN', 'GOV'), UN,
   note='refusal to negotiate over the closure (Matiangi\'s Twitter account)')
ev(16, 'al-Shabab terrorist attacks', 'ASSAULT', None, ('al-Shabab', 'SOM', 'REB'), (None, 'SOM', None), mod='hypothetical',
   note='"ongoing threat of" attacks (risk, generic): hypothetical; not THREATEN (no verbal threat)')
ev(17, 'Closing the camps', 'COERCE', None, KG, ('us', None, 'CVL'), mod='future',
   note='planned closure (re-mention) in refugee quote')
ev(18, 'shares that concern', 'ACCUSE', 'disapprove', ('The United Nations High Commission for Refugees', 'IGO', 'GOV'), KG,
   note='UNHCR concern about the closure decision (concern with a target: Kenya\'s decision; weak); the statement in s.19 is the same occurrence, "the decision" not coded again (bare anaphoric noun)')
ev(20, 'ready to support', 'AGREE', None, ('The UNHCR', 'IGO', 'GOV'), ("Kenya's government", 'KEN', 'GOV'),
   note='offer to help Kenya find solutions (offer of cooperation = AGREE)')
ev(21, "seeks the camps' closures", 'COERCE', None, ('it', 'KEN', 'GOV'), REF, mod='future',
   note='re-mention of the planned closure; "announcement came without explanation" not coded; VOA\'s unsuccessful requests for comment (s.22) not coded')
ev(23, 'called for shuttering Dadaab', 'REQUEST', None, ('The Nairobi government', 'KEN', 'GOV'), None,
   note='2016 call to close Dadaab (historical); recipient not stated (UNHCR / international partners)')
ev(23, 'shuttering Dadaab', 'COERCE', None, ('The Nairobi government', 'KEN', 'GOV'), REF, mod='hypothetical',
   note='content of the 2016 call (closure not carried out: blocked by the High Court, s.24)')
ev(23, 'al-Shabab attacks', 'ASSAULT', None, ('al-Shabab', 'SOM', 'REB'), (None, 'KEN', 'CVL'),
   note='two major attacks in Kenya, 2013 and 2015 (Westgate, Garissa; historical); the intelligence reports\' link to camp residents not coded as ACCUSE (no accuser named, no evidence released)')
ev(24, 'ruled', 'REJECT', None, ("Kenya's High Court", 'KEN', 'JUD'), KG,
   note='court ruled the 2016-17 closure unconstitutional (rejects the government\'s plan; alternative ACCUSE or not coded)')
ev(24, 'closing the camp', 'COERCE', None, KG, REF, mod='hypothetical', note='conditional ("would be unconstitutional")')
ev(25, 'accuses', 'ACCUSE', 'allege', ("Somalia's ambassador to Kenya", 'SOM', 'GOV'), (('Kenya', 1), 'KEN', 'GOV'),
   note='accused of politicizing refugee affairs')
ev(26, 'contends', 'ACCUSE', 'allege', ('He', 'SOM', 'GOV'), (None, 'KEN', 'GOV'),
   note='allegation that the ultimatum is motivated by the maritime dispute (continuation of s.25; weak, could be the same occurrence)')
ev(26, 'ultimatum', 'THREATEN', None, (None, 'KEN', 'GOV'), (None, 'IGO', 'GOV'),
   note='noun re-mention of the 14-day ultimatum to UNHCR ("Kenya\'s ultimatum"; Kenya named only as possessive: actor span left null); "maritime dispute" not coded')
ev(28, 'The case went before', 'ACCUSE', 'allege', (None, 'SOM', 'GOV'), (None, 'KEN', 'GOV'),
   note='Somalia\'s ICJ case against Kenya over the maritime border (lawsuit = ACCUSE/allege, precedent); plaintiff not named in the sentence')
ev(28, 'refused to attend the weeklong hearing', 'REJECT', 'meet', ('Kenya', 'KEN', 'GOV'), ('The Hague-based International Court of Justice', 'IGO', 'JUD'))
ev(30, "call for the camp closing", 'REQUEST', None, ('his government', 'KEN', 'GOV'), UN,
   note='re-mention of the current call (ultimatum to UNHCR to plan the closure); Duale\'s speculation about the motive not coded')
ev(30, 'camp closing', 'COERCE', None, ('his government', 'KEN', 'GOV'), REF, mod='future', note='planned closure (re-mention)')
ev(31, "doesn't support the measure", 'SUPPORT', None, ('he', 'KEN', 'LEG'), KG, neg=True,
   note='Duale (lawmaker) does not support the closure (negated SUPPORT, precedent "not supportive"); alternative ACCUSE')
ev(32, 'not legal, not implementable', 'ACCUSE', 'disapprove', ('Duale', 'KEN', 'LEG'), KG,
   note='criticism of the closure plan ("This case")')
ev(35, 'offering UNHCR-administered havens', 'AID', None, ('UNHCR', 'IGO', 'GOV'), ('people fleeing civil wars and strife in Somalia and Sudan', 'SOM', 'CVL'),
   note='refugee camps opened in the 1990s (humanitarian aid / asylum; Kenya as host implied); compound recipient SOM + SDN; "Financial strain" subheading merged; the civil wars (no actor) not coded')
ev(37, 'agreement', 'SUPPORT', None, ('Kenya', 'KEN', 'GOV'), ('Somalia', 'SOM', 'GOV'),
   note='2013 tripartite agreement Kenya-Somalia-UNHCR on voluntary repatriation (signed agreement = SUPPORT; compound recipient SOM + UNHCR IGO; alternative COOPERATE)')
ev(41, 'received $94 million', 'AID', None, (None, None, None), ('UNHCR Kenya', 'IGO', 'GOV'),
   note='donor funding received by UNHCR Kenya in 2020 (donors unnamed)')
ev(41, 'sought', 'REQUEST', 'assist', ('it', 'IGO', 'GOV'), None,
   note='UNHCR\'s funding appeal (sought more money; donors unnamed); weak')
ev(42, 'received approximately $33 million', 'AID', None, (None, None, None), ('it', 'IGO', 'GOV'), note='2021 funding so far')
ev(43, 'received some $5.2 billion', 'AID', None, (None, None, None), ('it', 'IGO', 'GOV'),
   note='global UNHCR funding in 2020 (donors unnamed)')
ev(45, 'were suspended', 'SANCTION', 'discontinue', (None, 'IGO', 'GOV'), ('the Kakuma refugee camp and the nearby Kalobeyei settlement', 'KEN', 'CVL'),
   note='aid projects (infrastructure, roads) for the camps halted for lack of funding (aid halted = SANCTION; weak, not politically motivated); actor UNHCR implied')
ev(47, 'close the camps', 'COERCE', None, ('Kenya', 'KEN', 'GOV'), REF, mod='future',
   note='"Little choice" subheading merged; re-mention of the planned closure')
ev(51, "wait for UNHCR's help again", 'AID', None, ('UNHCR', 'IGO', 'GOV'), ('Shamsa', 'SOM', 'CVL'), mod='hypothetical',
   note='hoped-for renewed UNHCR help; weak')
S.save()
