from lib import Story
S = Story('voa-8008349', nosplit=(1105,))
ev = S.ev
M = (None, None, 'CVL')  # migrants, origin unknown
ev(0, 'being held', 'COERCE', 'arrest', ('The United States', 'USA', 'GOV'), ('the last migrants', None, 'CVL'),
   note='detention at Guantanamo (ongoing until the transfer); the transfer to the mainland ("cleared out", "sending them back") has no PLOVER type, not coded')
ev(0, 'await deportation', 'COERCE', 'deport', ('The United States', 'USA', 'GOV'), ('they', None, 'CVL'), mod='future',
   note='pending deportation')
ev(1, 'incarcerated', 'COERCE', 'arrest', (None, 'USA', 'GOV'), ('23 “high-threat illegal aliens”', None, 'CVL'),
   note='detention at the base\'s detention center; "were flown to Louisiana" (transfer) not coded; U.S. defense officials telling VOA is a statement')
ev(4, 'being held', 'COERCE', 'arrest', (None, 'USA', 'GOV'), ('the detainees', None, 'CVL'),
   note='detention mention (precedent: ongoing detention coded at each mention); "declined comment" not coded. s.2 "at the direction of" ICE (order for the transfer) not coded')
ev(5, 'deportation efforts', 'COERCE', 'deport', ('ICE and DHS', 'USA', 'GOV'), M,
   note='DHS (with ICE) spearheading deportations under Trump; "declined to respond" not coded')
ev(5, 'charged', 'ACCUSE', 'allege', (None, 'USA', 'JUD'), ('they', None, 'CVL'), note='the crimes with which the detainees are charged (existing charges, noun-like mention); weak')
ev(6, 'members of the Venezuelan street gang', 'ACCUSE', 'allege', ('U.S. Homeland Security Secretary Kristi Noem', 'USA', 'GOV'),
   ('many of the “high-threat illegal aliens” sent to Guantanamo', 'VEN', 'CRM'),
   note='Noem alleges Tren de Aragua membership and crimes; "U.S." split merged')
ev(6, 'charged', 'ACCUSE', 'allege', (None, 'USA', 'JUD'), ('many of the “high-threat illegal aliens” sent to Guantanamo', 'VEN', 'CRM'),
   note='charges of murder, assault, trafficking etc.')
ev(6, 'murder', 'ASSAULT', None, ('many of the “high-threat illegal aliens” sent to Guantanamo', 'VEN', 'CRM'), None, mod='hypothetical',
   note='content of the charges/allegation (murder, attempted murder, assault), hypothetical per guide')
ev(7, 'hold', 'COERCE', 'arrest', ('The Trump administration', 'USA', 'GOV'), ('migrants slated for deportation', None, 'CVL'), mod='future',
   note='announced plan (late January) to hold migrants at Guantanamo')
ev(7, 'deportation', 'COERCE', 'deport', ('The Trump administration', 'USA', 'GOV'), ('migrants', None, 'CVL'), mod='future',
   note='migrants slated for deportation (planned)')
ev(8, 'would be used to house', 'COERCE', 'arrest', ('Noem', 'USA', 'GOV'), ('“the worst of the worst', None, 'CRM'), mod='future',
   note='facilities to house "the worst of the worst" (plan, late January)')
ev(9, 'would also be opened', 'COERCE', 'arrest', ('Defense Secretary Pete Hegseth', 'USA', 'GOV'), ('nonviolent migrants awaiting deportation', None, 'CVL'), mod='future',
   note='migrant operations center to be opened for nonviolent migrants; "the prefect place to hold criminals" is an opinion, not coded separately; the nested "awaiting deportation"/"slated for removal" not coded')
ev(10, 'began arriving', 'COERCE', 'arrest', (None, 'USA', 'MIL'), ('The first detainees', None, 'CVL'),
   note='first detainees brought to Guantanamo detention aboard U.S. military cargo jets (start of detention there); weak trigger')
ev(10, 'being deported', 'COERCE', 'deport', (None, 'USA', 'GOV'), ('some', None, 'CVL'), note='some deported after days or weeks')
ev(11, 'held', 'COERCE', 'arrest', ('the base', 'USA', 'MIL'), ('nearly 200 detainees', None, 'CVL'), note='detention of up to 200 detainees')
ev(12, 'deported', 'COERCE', 'deport', ('ICE', 'USA', 'GOV'), ('177 detainees', 'VEN', 'CVL'),
   note='deportation via Honduras for repatriation to Venezuela (ICE = immigration agency, GOV as precedent Thai Bureau of Immigration); onward transfer to Venezuela not coded separately')
ev(12, 'bringing in more detainees', 'COERCE', 'arrest', ('ICE', 'USA', 'GOV'), ('more detainees', None, 'CVL'), note='new detainees brought to Guantanamo')
ev(13, 'filed multiple lawsuits', 'ACCUSE', 'allege', ('Immigration rights groups', 'USA', 'NGO'), ('the U.S. government', 'USA', 'GOV'),
   note='lawsuits (CAMEO 115 -> ACCUSE allege), incl. the ACLU; "its use of Guantanamo" not coded separately')
ev(14, 'alleging', 'ACCUSE', 'allege', (None, 'USA', 'NGO'), ('U.S. officials', 'USA', 'GOV'),
   note='one suit filed this month alleging the transfers violate U.S. law')
ev(14, 'seeks to stop', 'REQUEST', None, (None, 'USA', 'NGO'), (None, 'USA', 'JUD'),
   note='suit asks the court to stop transfers (precedent: application to a court = REQUEST); content (transfers) not coded')
ev(15, 'alleged', 'ACCUSE', 'allege', (None, 'USA', 'NGO'), ('the U.S. government', 'USA', 'GOV'), note='February lawsuit')
ev(15, 'prevented', 'COERCE', 'restrict', ('the U.S. government', 'USA', 'GOV'), ('family members and lawyers', None, 'CVL'), mod='hypothetical',
   note='content of the lawsuit\'s allegation (blocking contact with detainees)')
ev(16, 'dismissed', 'REJECT', None, ('DHS', 'USA', 'GOV'), (None, 'USA', 'NGO'), note='denial of the allegations (precedent: denials = REJECT)')
ev(16, 'allegations', 'ACCUSE', 'allege', (None, 'USA', 'NGO'), (None, 'USA', 'GOV'), note='noun re-mention of the lawsuits\' allegations (object of the dismissal)')
ev(17, 'far more interested in promoting open borders', 'ACCUSE', 'disapprove', ('a DHS spokesperson', 'USA', 'GOV'), ('The American Civil Liberties Union', 'USA', 'NGO'),
   note='DHS statement attacking the ACLU ("should consider changing their name")')
ev(18, 'baseless', 'REJECT', None, ('we', 'USA', 'GOV'), (None, 'USA', 'NGO'),
   note='DHS continues to fend off the "baseless" legal challenges (rejection of the accusations); "working with DOJ" (intra-government) not coded')
ev(18, 'legal challenges', 'ACCUSE', 'allege', (None, 'USA', 'NGO'), ('we', 'USA', 'GOV'), note='noun re-mention of the lawsuits (object of the rejection)')
S.save()
