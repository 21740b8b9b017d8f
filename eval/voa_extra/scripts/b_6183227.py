from lib import Story
S = Story('voa-6183227', nosplit=(231, 612))
ev = S.ev
ev(3, 'enemy fire', 'ASSAULT', None, (None, 'AFG', 'REB'), ('the plane', 'USA', 'MIL'), mod='hypothetical', neg=True,
   note='"no indications the plane went down because of enemy fire" (Taliban = AFG REB before the 2021 takeover, precedent); the crash itself has no PLOVER type')
ev(5, 'news conference', 'CONSULT', 'visit', ('he', 'USA', 'GOV'), ('French Minister of Armed Forces Florence Parly', 'FRA', 'GOV'),
   note='Esper with visiting French minister at the Pentagon (joint news conference = meeting); "told reporters" itself not an event')
ev(12, 'gets access', 'RETREAT', 'access', (None, 'AFG', 'REB'), ('The humanitarian assistance organization', 'AFG', 'NGO'),
   note='Afghan Red Crescent sometimes allowed into Taliban-controlled areas (habitual; weak)')
ev(14, 'reached the crash site', 'MOBILIZE', 'troops', ('other forces', None, 'MIL'), None,
   note='forces moving to the crash site in Taliban-held territory (summary of s15-16: foreign and Afghan forces); weak')
ev(15, 'landed', 'MOBILIZE', 'troops', ('some foreign military helicopters', 'USA', 'MIL'), None,
   note='foreign (presumably U.S.) military helicopters landed at the site, inspected and left; weak')
ev(16, 'arrived and controlled the site', 'MOBILIZE', 'troops', ('Afghan security forces', 'AFG', 'MIL'), None,
   note='deployment securing the site (alternative COERCE/seize); weak')
S.save()
