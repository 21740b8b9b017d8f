from lib import Story
S = Story('voa-6205362')
ev = S.ev
IT = (None, 'ITA', 'GOV')
ev(7, 'agreed with', 'SUPPORT', None, ('He', 'USA', 'CVL'), ('President Joe Biden', 'USA', 'GOV'),
   note='JetBlue pilot agreeing with Biden\'s remark (verbal endorsement; weak, precedent "agree with the removal" = SUPPORT in voa-7846440)')
ev(9, 'fisticuffs', 'ASSAULT', 'beat', (None, 'USA', 'CVL'), None,
   note='fist fight among passengers at the JFK gate (reciprocal, unnamed civilians); weak, non-political')
ev(15, 'a ban in place', 'COERCE', 'restrict', ('The EU', 'IGO', 'GOV'), ('the U.S.', 'USA', 'CVL'),
   note='EU COVID ban on leisure travel from the U.S. (ongoing); recipient = travellers from the U.S.; travel restrictions coded COERCE/restrict throughout')
ev(15, 'planning re-opening', 'RETREAT', 'access', ('several south European countries', None, 'GOV'), ('vaccinated American tourists', 'USA', 'CVL'),
   mod='future', note='planned easing of entry for vaccinated Americans (easing = RETREAT, precedent; alternative CONCEDE)')
ev(28, 'strike an agreement', 'AGREE', None, ('the EU’s fractious member states', 'IGO', 'GOV'), None, mod='hypothetical',
   note='"when (and if)" they agree on digital vaccine passports; "something that has so far eluded them" not coded as a separate negated AGREE')
ev(44, 'relaxing', 'RETREAT', None, ('The coalition government led by Mario Draghi', 'ITA', 'GOV'), (None, 'ITA', 'CVL'),
   note='has begun relaxing pandemic restrictions (easing = RETREAT mode null, precedent); "but not for all regions"')
ev(44, 'a stringent lockdown', 'COERCE', 'restrict', ('The coalition government led by Mario Draghi', 'ITA', 'GOV'), (None, 'ITA', 'CVL'),
   note='Easter lockdown (historical, asserted); alternative mode curfew')
ev(45, 'remain under lockdowns', 'COERCE', 'restrict', (None, 'ITA', 'GOV'), ('six regions', 'ITA', 'CVL'),
   note='six red-zone regions incl. Calabria and Puglia still under lockdown')
ev(46, 'protests', 'PROTEST', None, ('cash-strapped tourism-related businesses', 'ITA', 'BUS'), (None, 'ITA', 'GOV'),
   note='protests by tourism businesses against travel rules (form not stated)')
ev(46, 'lobbying', 'REQUEST', 'change', ('cash-strapped tourism-related businesses', 'ITA', 'BUS'), (None, 'ITA', 'GOV'),
   note='lobbying to relax travel rules')
ev(46, 'refused to relax', 'REJECT', 'change', ('the government', 'ITA', 'GOV'), ('cash-strapped tourism-related businesses', 'ITA', 'BUS'),
   note='refusal to relax strict rules on international travel; the rules themselves (presupposed) not coded separately')
ev(47, 'extended quarantine requirements', 'COERCE', 'restrict', IT, ('travelers arriving from other EU countries', None, 'CVL'),
   note='"An ordinance" (not a party) is the subject; actor = Italian government implied')
ev(47, 'tightened the rules', 'COERCE', 'restrict', IT, ('people arriving from the pandemic-hit Indian sub-continent', 'IND', 'CVL'),
   note='Indian sub-continent (IND first; also BGD, LKA)')
ev(48, 'allow tourism to resume', 'RETREAT', 'access', ('they', 'ITA', 'GOV'), (None, None, 'CVL'), mod='hypothetical',
   note='ministers "hope to allow" tourism by early next month, conditional on vaccination progress')
ev(52, 'tightened restrictions', 'COERCE', 'restrict', ('Italy', 'ITA', 'GOV'), ('India, Bangladesh and Sri Lanka', 'IND', 'CVL'),
   note='restrictions on all travel from India, Bangladesh, Sri Lanka (compound IND + BGD + LKA; recipient = travellers from there)')
ev(53, 'allowed to enter', 'COERCE', 'restrict', (None, 'ITA', 'GOV'), (None, None, 'CVL'),
   note='"Under the new rules, only Italian citizens ... are allowed to enter": re-description of the entry ban on foreigners from the three countries (predicated re-mention)')
ev(55, 'must now spend ten days', 'COERCE', 'restrict', (None, 'ITA', 'GOV'), ('anyone allowed to enter from those three countries', None, 'CVL'),
   note='mandatory 10-day quarantine in a "COVID hotel"; monitoring by health authorities not coded separately')
S.save()
