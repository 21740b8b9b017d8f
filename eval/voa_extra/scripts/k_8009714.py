from lib import Story
S = Story('voa-8009714')
ev = S.ev
US = (None, 'USA', 'GOV')
ev(0, 'arrest', 'COERCE', 'arrest', US, ('Palestinian activist and U.S. legal permanent resident Mahmoud Khalil', 'PSE', 'CVL'),
   note='arrest by immigration authorities (ICE, not named; ICE = USA GOV precedent); Khalil coded PSE CVL (Palestinian activist; alternative USA as a legal permanent resident)')
ev(0, 'protests', 'PROTEST', 'demo', ('Mahmoud Khalil', 'PSE', 'CVL'), None,
   note='last year\'s Columbia University protests over the war in Gaza (historical); compound actor (student protesters), recipient left null (protests "over the war in Gaza", target not named; alternative ISR GOV or Columbia USA EDU); the attributive "war in Gaza" not coded')
ev(3, 'extended efforts to halt', 'COERCE', 'restrict', ('A federal judge', 'USA', 'JUD'), US,
   note='court order blocking the deportation extended (precedent: court injunction = COERCE/restrict, weak; alternative REJECT)')
ev(3, 'deportation', 'COERCE', 'deport', US, ('Khalil', 'PSE', 'CVL'), mod='hypothetical',
   note='deportation sought by the government but halted by the court')
ev(3, 'remains in detention', 'COERCE', 'arrest', US, ('the New York resident', 'PSE', 'CVL'), note='ongoing immigration detention in Louisiana')
ev(3, 'charged', 'ACCUSE', 'allege', (None, 'USA', 'JUD'), ('he', 'PSE', 'CVL'), neg=True,
   note='"has not been charged with any crime"')
ev(25, 'we’re going to revoke it and kick you out', 'THREATEN', 'expel', ('we', 'USA', 'GOV'), ('you', None, 'CVL'),
   note='Rubio: conditional warning to non-citizens who support Hamas (generic "you", context of the Khalil case); s.24 counterfactual "we would have never let you in" and "No one has a right to a green card" not coded')
ev(25, 'revoke', 'COERCE', 'restrict', ('we', 'USA', 'GOV'), ('you', None, 'CVL'), mod='hypothetical',
   note='threatened revocation of the green card (administrative sanction, CAMEO 172)')
ev(25, 'kick you out', 'COERCE', 'deport', ('we', 'USA', 'GOV'), ('you', None, 'CVL'), mod='hypothetical', note='threatened deportation')
ev(28, 'has made that determination', 'ACCUSE', 'allege', ('Rubio', 'USA', 'GOV'), ('Khalil', 'PSE', 'CVL'),
   note='Rubio deemed Khalil deportable as harmful to U.S. foreign policy interests (official determination = allegation; weak)')
ev(29, 'has been ordered to appear', 'REQUEST', None, US, ('Khalil', 'PSE', 'CVL'),
   note='order to appear before an immigration judge (summons = REQUEST, precedent voa-6203896, weak); issuer (DHS via the NTA) not named')
ev(31, 'ask for deportation', 'REQUEST', None, ('ICE attorneys', 'USA', 'GOV'), (None, 'USA', 'JUD'), mod='future',
   note='"In a case like Khalil\'s" - read as about Khalil ("he"); request to the immigration judge; content (deportation) not coded separately')
ev(31, 'prove he is a threat to national security', 'ACCUSE', 'allege', ('they', 'USA', 'GOV'), ('he', 'PSE', 'CVL'), mod='future',
   note='the government\'s case to be argued (weak)')
S.save()
