from lib import Story
S = Story('voa-8010057', nosplit=(361, 669))
ev = S.ev
US = (None, 'USA', 'GOV')
NG = (None, 'USA', 'NGO')
M = (None, None, 'CVL')  # migrants, origin unknown
ev(0, 'face off', 'ACCUSE', 'allege', ('attorneys for civil and immigration rights groups', 'USA', 'NGO'), ('U.S. government lawyers', 'USA', 'GOV'), mod='future',
   note='upcoming court hearing of the rights groups\' lawsuits (litigation = ACCUSE allege, CAMEO 115); plaintiffs as actor although the government lawyers are named first; weak')
ev(0, 'hold', 'COERCE', 'arrest', US, ('migrants slated for deportation', None, 'CVL'),
   note='use of the Guantanamo base to detain migrants (precedent voa-8008349: each detention mention = COERCE arrest)')
ev(0, 'deportation', 'COERCE', 'deport', US, ('migrants', None, 'CVL'), mod='future', note='migrants slated for deportation (planned)')
ev(1, 'filed', 'ACCUSE', 'allege', NG, ('the Department of Homeland Security', 'USA', 'GOV'),
   note='two lawsuits filed by rights groups (CAMEO 115); compound recipient DHS + Noem; "Arguments ... are set" (the hearing of s.0) not coded again; "U.S." split merged')
ev(2, 'allege', 'ACCUSE', 'allege', NG, ('the U.S. government', 'USA', 'GOV'),
   note='"The suits" are documents, not a party: actor = the plaintiff groups (precedent voa-8008349); "U.S." split merged')
ev(2, 'denying migrants sent to Guantanamo Bay access to legal representation', 'COERCE', 'restrict', ('the U.S. government', 'USA', 'GOV'),
   ('migrants sent to Guantanamo Bay', None, 'CVL'), mod='hypothetical', note='content of the allegation')
ev(3, 'denied', 'REJECT', None, ('they', 'USA', 'GOV'), NG,
   note='DHS officials deny the allegations (precedent: denials = REJECT); "did not respond to a request for comment" not coded')
ev(3, 'allegations', 'ACCUSE', 'allege', NG, ('they', 'USA', 'GOV'), note='noun re-mention of the lawsuits\' allegations (object of the denial, precedent voa-8008349)')
ev(3, 'criticizing', 'ACCUSE', 'disapprove', ('they', 'USA', 'GOV'), ('the groups bringing the lawsuits', 'USA', 'NGO'))
ev(3, 'bringing the lawsuits', 'ACCUSE', 'allege', ('the groups bringing the lawsuits', 'USA', 'NGO'), US,
   note='re-mention of the lawsuits; actor span is the whole NP containing the trigger; weak')
ev(4, 'appears far more interested in promoting open borders', 'ACCUSE', 'disapprove', ('a DHS spokesperson', 'USA', 'GOV'),
   ('The American Civil Liberties Union', 'USA', 'NGO'), note='DHS attack on the ACLU (same quote as voa-8008349 precedent)')
ev(5, 'baseless', 'REJECT', None, ('the spokesperson', 'USA', 'GOV'), NG,
   note='rejection of the legal challenges; "They should consider changing their name" part of the criticism, not coded separately')
ev(5, 'legal challenges', 'ACCUSE', 'allege', NG, US, note='noun re-mention of the lawsuits (object of the rejection; precedent)')
ev(6, 'raised the idea of using', 'COERCE', 'arrest', ('President Donald Trump', 'USA', 'GOV'), M, mod='hypothetical',
   note='proposal to use Guantanamo to hold migrants (proposed = hypothetical)')
ev(6, 'plans for mass deportations', 'COERCE', 'deport', ('his administration', 'USA', 'GOV'), M, mod='future',
   note='planned mass deportations; "taking office" not coded')
ev(7, 'would be used to house', 'COERCE', 'arrest', ('Homeland Security\'s Noem', 'USA', 'GOV'), ('the worst of the worst', None, 'CRM'), mod='future',
   note='planned detention at Guantanamo (precedent voa-8008349 s.8); the prison\'s existing use "to hold captured terrorists" (background feature) not coded')
ev(8, 'could be used to hold', 'COERCE', 'arrest', ('Trump', 'USA', 'GOV'), ('up to 30,000 migrants', None, 'CVL'), mod='hypothetical',
   note='suggested (possible) detention of 30,000 migrants; compound actor Trump + other U.S. officials; nested "awaited deportation" not coded (precedent)')
ev(9, 'never fully materialized', 'COERCE', 'arrest', US, M, neg=True,
   note='the mass-detention plans did not (fully) happen; weak')
ev(10, 'began sending', 'COERCE', 'arrest', ('The U.S.', 'USA', 'GOV'), ('high threat illegal aliens', None, 'CVL'),
   note='start of detention at Guantanamo\'s detention center (precedent "began arriving" = COERCE arrest); "officials described as" label not coded')
ev(10, 'stayed at other facilities', 'COERCE', 'arrest', ('The U.S.', 'USA', 'GOV'), ('other nonviolent migrants', None, 'CVL'),
   note='detention of nonviolent migrants at the other Guantanamo facilities')
ev(11, 'held', 'COERCE', 'arrest', ('the facilities', 'USA', 'MIL'), ('close to 200 detainees', None, 'CVL'),
   note='precedent voa-8008349 ("the base held")')
ev(11, 'deported', 'COERCE', 'deport', US, ('many of whom', None, 'CVL'), note='deported to Honduras, Venezuela or other countries')
ev(16, 'has drawn criticism', 'ACCUSE', 'disapprove', ("immigrants' rights groups", 'USA', 'NGO'), US,
   note='criticism of the removal of the 40 migrants and lack of communication; the transfer itself (s.14 "remove ... flying them to Louisiana") has no PLOVER type, not coded (precedent voa-8008349); "the current litigation" adjunct, not coded')
ev(17, 'demonstrates a complete disregard for human dignity', 'ACCUSE', 'disapprove',
   ("the International Refugee Assistance Project's Pedro Sepulveda", 'USA', 'NGO'), US,
   note='IRAP (U.S.-based NGO); the "shuttling" (transfers) not coded')
ev(18, 'No one should be detained at Guantanamo', 'REQUEST', 'change', ('Sepulveda', 'USA', 'NGO'), US,
   note='demand to end detention at Guantanamo (policy change)')
ev(19, 'must stop', 'REQUEST', 'change', NG, ('The Trump administration', 'USA', 'GOV'),
   note='Sepulveda: stop the transfers and the detention at Guantanamo (one demand with two objects); "ill-conceived and cruel" part of the demand, not coded separately')
S.save()
