from lib import Story
S = Story('voa-6183254')
ev = S.ev
ev(1, 'victimized', 'ASSAULT', None, ('all sides in the Boko Haram conflict', 'NGA', None), ('the population of northeast Nigeria', 'NGA', 'CVL'),
   note='MSF report (reported speech of an ongoing act = asserted; the report itself not coded as ACCUSE, precedent); compound actor Boko Haram factions (NGA REB) + Nigerian forces (NGA MIL), sector null. "Insecurity caused by the Boko Haram conflict" in s.0 not coded (no actor)')
ev(3, 'limited', 'COERCE', 'restrict', ('the two main Boko Haram factions', 'NGA', 'REB'), ('peoples', 'NGA', 'CVL'),
   note='movement restrictions; compound actor with "the government" (NGA GOV); "depriving them of their traditional ways of life" = consequence, not coded separately')
ev(4, 'attacks', 'ASSAULT', None, (None, 'NGA', None), ('people', 'NGA', 'CVL'),
   note='perpetrators = all sides of the conflict (s.1), not named here')
ev(4, 'abductions', 'ASSAULT', 'abduct', (None, 'NGA', None), ('people', 'NGA', 'CVL'))
ev(4, 'abuse', 'ASSAULT', None, (None, 'NGA', None), ('people', 'NGA', 'CVL'),
   note='"abuse and exploitation" (weak; exploitation not coded separately)')
ev(4, 'rape', 'ASSAULT', 'sexual', (None, 'NGA', None), ('women and girls', 'NGA', 'CVL'),
   note='"rape and other forms of sexual assault" coded once')
ev(6, 'humanitarian assistance', 'AID', None, (None, None, 'NGO'), ('Seven-point-one million people in need', 'NGA', 'CVL'),
   note='people dependent on humanitarian assistance (ongoing aid by unnamed agencies, precedent "relies on outside help" = AID)')
ev(8, 'can reach', 'AID', None, ('humanitarian workers', None, 'NGO'), ('the majority of the people', 'NGA', 'CVL'),
   note='humanitarian workers reach most people despite insecurity (weak; aid delivery implied)')
ev(9, 'have no access', 'AID', None, ('MSF and other agencies', None, 'NGO'), ('the 1.2 million people', 'NGA', 'CVL'), neg=True,
   note='no access = no aid delivered (negated AID); MSF = country null, NGO (precedent)')
ev(9, 'controlled', 'COERCE', 'seize', ("Boko Haram’s largest faction", 'NGA', 'REB'), (None, 'NGA', 'GOV'),
   note='areas controlled by the IS-allied faction (ISWAP) = occupation of territory (CAMEO 192, precedent "city held by rebels"; weak, participial); "allied with Islamic State" not coded (standing tie)')
ev(11, 'does not allow', 'REJECT', 'yield', ('the Nigerian army', 'NGA', 'MIL'), ('humanitarian agencies', None, 'NGO'),
   note='declining to allow humanitarian access (CAMEO 1245; precedent barring the UN rapporteur = REJECT/yield); alternative negated RETREAT/access or COERCE/restrict. s.12-14 (counterterrorism laws preventing negotiation/access) not coded: laws, no actor, generic')
ev(15, 'calling on', 'REQUEST', 'change', ('MSF', None, 'NGO'), ('the Nigerian government', 'NGA', 'GOV'),
   note='call to let international humanitarian law supersede counterterrorism law (policy change; alternative mode yield = allow international involvement); content not coded separately')
ev(16, 'get access', 'RETREAT', 'access', (None, 'NGA', 'GOV'), ('humanitarian agencies', None, 'NGO'), mod='hypothetical',
   note='access that the requested change "would enable" (hypothetical RETREAT/access, precedent voa-8009853)')
S.save()
