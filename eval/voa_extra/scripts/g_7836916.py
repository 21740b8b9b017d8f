from lib import Story
S = Story('voa-7836916', nosplit=(1523,), force_after=['release of the award-winning journalist.'])
ev = S.ev
J = (None, 'KHM', 'JUD')
MD = ('Mech Dara', 'KHM', 'JRN')
ev(0, 'thanked', 'SUPPORT', None, ('Cambodian journalist Mech Dara', 'KHM', 'JRN'), ('his supporters', None, None),
   note='thanking supporters (gratitude = SUPPORT, weak; precedent annotator e); supporters inside and outside Cambodia, country null')
ev(0, 'freed from prison', 'RETREAT', 'release', J, ('Cambodian journalist Mech Dara', 'KHM', 'JRN'),
   note='release on bail (court); releasing authority not named')
ev(2, 'thank', 'SUPPORT', None, ('I', 'KHM', 'JRN'), ('everyone who supports me', None, None),
   note='same thanks quoted (re-mention in quote, gold precedent); "supports me" in the relative clause not coded separately')
ev(3, 'do everything to help me', 'SUPPORT', None, ('my friends inside and outside the country', None, None), ('me', 'KHM', 'JRN'),
   note='campaigning for his release; weak (alternative REQUEST/yield to the authorities); the release as its goal not coded here')
ev(4, 'had been in pretrial detention', 'COERCE', 'arrest', (None, 'KHM', 'COP'), ('The reporter', 'KHM', 'JRN'),
   note='detention since Sept. 30 (precedent: custody = COERCE/arrest, COP); "coverage that exposes corruption" habitual journalism, not coded')
ev(5, 'accused', 'ACCUSE', 'allege', J, ('He', 'KHM', 'JRN'), note='charge of incitement (precedent: charges = ACCUSE/allege, JUD)')
ev(6, 'alleged', 'ACCUSE', 'allege', ('A Phnom Penh court', 'KHM', 'JUD'), ('the journalist', 'KHM', 'JRN'),
   note='content (posting false messages) is not a codable act; the "apparent destruction" of the religious site has no actor, not coded')
ev(7, 'making an apology', 'CONCEDE', None, ('Mech Dara', 'KHM', 'JRN'), (None, 'KHM', 'GOV'),
   note='apology (PLOVER CONCEDE: regret; CAMEO 055 crosswalk would give SUPPORT); addressees Hun Sen / Hun Manet per s.14; the minister sharing the video is a statement, not coded')
ev(8, 'released on bail', 'RETREAT', 'release', J, MD, note='')
ev(8, 'charge', 'ACCUSE', 'allege', J, (None, 'KHM', 'JRN'), note='the charge remains ("has not been dropped"): noun re-mention of the charge (precedent)')
ev(8, 'has not been dropped', 'CONCEDE', None, J, (None, 'KHM', 'JRN'), neg=True,
   note='dropping charges = CONCEDE (CAMEO 081 ease legal sanctions; alternative RETREAT); negated')
ev(9, 'charge', 'ACCUSE', 'allege', J, ('his', 'KHM', 'JRN'), note='noun re-mention of the charge')
ev(9, 'will be dropped', 'CONCEDE', None, J, ('his', 'KHM', 'JRN'), mod='hypothetical',
   note='the lawyer hopes the charge will be dropped (hope, not a request); "work with my client" (lawyer-client) not coded')
ev(10, 'not allowed to leave the country', 'COERCE', 'restrict', J, ('the journalist', 'KHM', 'JRN'), note='bail condition: travel ban')
ev(10, 'required to report to police', 'COERCE', 'restrict', J, ('the journalist', 'KHM', 'JRN'), note='bail condition: monthly reporting to police')
ev(11, 'welcomed', 'SUPPORT', None, ('Media watchdog Reporters Without Borders', None, 'NGO'), ('the authorities', 'KHM', 'GOV'),
   note='welcoming the release (recipient = the releasing authorities); RSF country null (precedent)')
ev(11, 'release', 'RETREAT', 'release', J, (None, 'KHM', 'JRN'), note='noun re-mention of the release')
ev(11, 'call', 'REQUEST', 'yield', ('Media watchdog Reporters Without Borders', None, 'NGO'), ('the authorities', 'KHM', 'GOV'),
   note='demand to drop all charges (gold precedent voa-8008998: REQUEST/yield; the demanded content not coded separately)')
ev(11, 'charges', 'ACCUSE', 'allege', J, ('him', 'KHM', 'JRN'), note='noun mention of the charges (object of the demand, gold precedent)')
ev(12, 'arrest', 'COERCE', 'arrest', (None, 'KHM', 'COP'), ('Mech Dara', 'KHM', 'JRN'), note='noun mention of the arrest')
ev(12, 'condemnation', 'ACCUSE', 'disapprove', (None, None, None), (None, 'KHM', 'GOV'),
   note='international condemnation of the arrest; condemners unnamed')
ev(13, 'received a hero award', 'SUPPORT', None, ('U.S. Secretary of State Antony Blinken', 'USA', 'GOV'), ('the journalist', 'KHM', 'JRN'),
   note='honour/award = SUPPORT (precedent state honour); "U.S." split merged; "his work exposing" scam centers and "trafficked workers" attributive, not coded')
ev(14, 'released', 'RETREAT', 'release', J, ('Mech Dara', 'KHM', 'JRN'), note='re-mention of the release (CamboJA)')
ev(14, 'apologizing', 'CONCEDE', None, ('Mech Dara', 'KHM', 'JRN'), ('Senate head Hun Sen and Prime Minister Hun Manet', 'KHM', 'GOV'),
   note='apology (re-mention of s.7); Hun Sen = Senate president (LEG) and ruling-party leader, compound with PM Hun Manet (GOV)')
ev(15, 'good sign', 'SUPPORT', None, ('Nop Vy', 'KHM', 'NGO'), (None, 'KHM', 'GOV'),
   note='approval of the release (weak); CamboJA = Cambodian media association, NGO')
ev(15, 'release on bail', 'RETREAT', 'release', J, (None, 'KHM', 'JRN'), note='noun re-mention of the release')
ev(16, 'called for', 'REQUEST', 'yield', ('He', 'KHM', 'NGO'), (None, 'KHM', 'GOV'), note='Nop Vy: call to drop the charge')
ev(16, 'charge', 'ACCUSE', 'allege', J, (None, 'KHM', 'JRN'), note='noun mention of the charge (object of the demand)')
ev(17, 'release', 'RETREAT', 'release', J, ('the award-winning journalist', 'KHM', 'JRN'),
   note='noun re-mention ("statement on the release"); issuing the statement itself not coded; LICADHO = KHM NGO')
ev(18, 'investigations', 'ACCUSE', 'investigate', ('[Mech] Dara', 'KHM', 'JRN'), ('scam operations', 'KHM', 'CRM'),
   note='journalistic investigation of scam compounds (weak); rights group quote; split forced before the quote')
ev(18, 'human trafficking', 'ASSAULT', 'abduct', ('scam operations', 'KHM', 'CRM'), (None, None, 'CVL'), mod='hypothetical',
   note='content of the investigations (guide: content of an accusation = hypothetical); trafficking ~ abduction, weak')
ev(18, 'torture', 'ASSAULT', 'torture', ('scam operations', 'KHM', 'CRM'), (None, None, 'CVL'), mod='hypothetical',
   note='content of the investigations: torture within the compounds')
S.save()
