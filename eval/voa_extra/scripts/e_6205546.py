from lib import Story
S = Story('voa-6205546', nosplit=(2400,))
ev = S.ev
CN = (None, 'CHN', 'GOV')
FV = ('foreign vessels', None, None)
ev(0, 'raising concerns', 'ACCUSE', 'disapprove', ('Analysts', None, None), ('Beijing', 'CHN', 'GOV'),
   note='concern with a named target (the Chinese law / Beijing); weak (analysts; precedent: analysts questioning a policy = ACCUSE)')
ev(0, 'update to its maritime traffic law', 'COERCE', 'restrict', (None, 'CHN', 'LEG'), None,
   note='noun mention of the amended Maritime Traffic Safety Law (restriction on foreign vessels\' passage, CAMEO 191 restrict movement); "Chinese" attributive')
ev(0, 'tighten control', 'COERCE', 'restrict', ('Beijing', 'CHN', 'GOV'), None, mod='hypothetical',
   note='analysts\' forecast (precedent: analyst predictions = hypothetical)')
ev(0, 'interception', 'COERCE', 'seize', ('Beijing', 'CHN', 'GOV'), FV, mod='hypothetical', note='interception legalized by the law, not yet carried out')
ev(0, 'fines', 'COERCE', 'restrict', ('Beijing', 'CHN', 'GOV'), ('their operators', None, 'BUS'), mod='hypothetical',
   note='fines authorized against vessel operators (administrative sanctions, CAMEO 172)')
ev(1, 'voted April 29 to amend', 'COERCE', 'restrict', ("The standing committee of the National People's Congress", 'CHN', 'LEG'), None,
   note='passing the amended law requiring permission for foreign vessels (restriction); Xinhua reporting not coded')
ev(2, 'should obtain permission first', 'COERCE', 'restrict', (None, 'CHN', 'LEG'), ('foreign vessels', None, None),
   note='the law\'s requirement (restriction now in law); weak as a separate mention of the same restriction')
ev(3, 'stop the passage', 'COERCE', 'restrict', ('China’s State Council and other government departments', 'CHN', 'GOV'), ('foreign ships', None, None),
   mod='hypothetical', note='"may take necessary measures" under the law')
ev(6, 'can be fined', 'COERCE', 'restrict', CN, ('Violators of the law', None, None), mod='hypothetical', note='authorized fines')
ev(7, 'make foreign vessels leave', 'COERCE', 'restrict', ('Chinese officials', 'CHN', 'GOV'), FV, mod='hypothetical',
   note='experts\' forecast: selective use of the law to expel/deter foreign vessels; "discourage them" part of the same')
ev(8, 'uses its coast guard, fishing fleets', 'MOBILIZE', None, ('China', 'CHN', 'GOV'), None,
   note='deployment of coast guard and (maritime militia) fishing fleets to fortify its claim (CAMEO 150 demonstrate power); habitual. Thayer\'s "putting pressure on claimant states" (s.9) not coded separately (precedent: ongoing pressure not coded)')
ev(8, 'island-building activity', 'COERCE', 'seize', ('China', 'CHN', 'GOV'), None,
   note='island building to fortify the claim (occupy territory, CAMEO 192 = COERCE seize)')
ev(12, 'passed into the sea', 'MOBILIZE', None, ('U.S. warships', 'USA', 'MIL'), ('China', 'CHN', 'GOV'),
   note='freedom-of-navigation transits (naval show of presence, CAMEO 150); "irritating China" is China\'s reaction, not coded')
ev(13, 'look to Washington for support', 'REQUEST', 'assist', ('the Southeast Asian states and Taiwan', None, 'GOV'), ('Washington', 'USA', 'GOV'),
   note='seeking U.S. support (weak); compound actor of several states incl. TWN')
ev(13, 'expands its navy', 'MOBILIZE', 'weapons', ('its superpower rival China', 'CHN', 'MIL'), None, note='naval build-up (rearmament)')
ev(15, 'invoke the law', 'COERCE', 'restrict', ('They', 'CHN', 'GOV'), ('Southeast Asian vessels', None, None), mod='hypothetical',
   note='Vuving\'s forecast; They = Chinese leaders; sentence runs from "Daniel K." (split merged); "salami slicing" strategy view not coded')
ev(17, 'bans fishing', 'COERCE', 'restrict', ('The government', 'CHN', 'GOV'), None, note='annual summer fishing ban in the disputed sea (habitual)')
ev(17, 'firing on foreign vessels', 'ASSAULT', None, (None, 'CHN', 'COP'), FV, mod='hypothetical',
   note='authorized by the Coast Guard Law approved in January; the approval itself not coded separately')
ev(18, 'have boarded', 'COERCE', 'seize', ('Chinese authorities', 'CHN', 'GOV'), ('foreign boats', None, None), note='past boardings (Thayer)')
ev(19, 'use domestic laws to enforce', 'COERCE', 'restrict', ('China', 'CHN', 'GOV'), None, mod='hypothetical', note='Vuving forecast')
ev(20, 'landfills small islets for military use', 'COERCE', 'seize', ('China', 'CHN', 'GOV'), None,
   note='land reclamation / militarisation of islets (occupy territory, as island-building in s.8); alternative MOBILIZE')
ev(23, 'Revisions', 'COERCE', 'restrict', (None, 'CHN', 'LEG'), None, note='noun re-mention of the law amendment')
ev(23, 'contests', 'REJECT', None, ('the government', 'CHN', 'GOV'), ('Japan and Taiwan', 'JPN', 'GOV'),
   note='territorial dispute over East China Sea islets (contesting claims = REJECT); compound recipient JPN + TWN')
ev(24, 'stopping foreign-registered boats', 'COERCE', 'restrict', CN, ('foreign-registered boats', None, None), mod='hypothetical',
   note='"Any effort to" (hypothetical); "increase friction" not coded')
ev(25, 'stop foreign ships', 'COERCE', 'restrict', ('they', 'CHN', 'GOV'), ('foreign ships', None, None), mod='hypothetical', neg=True,
   note='Yang: does not think they will deliberately stop foreign ships; "conduct the necessary measures" (vague) not coded')
S.save()
