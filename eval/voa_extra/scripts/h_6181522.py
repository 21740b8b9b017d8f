from lib import Story
S = Story('voa-6181522')
ev = S.ev
UG = (None, 'UGA', 'GOV')
ev(3, 'fears', 'ACCUSE', 'disapprove', ('South African opposition politician Mmusi Maimane', 'ZAF', 'OPP'), ("Africa's ruling parties", None, 'GOV'),
   note='fear that ruling parties are becoming bolder and more dangerous = concern with a named target (weak); ruling parties coded GOV, country null (several countries); s.0 generic "can also mean intimidation, arrest and violence" and s.1-2 not coded')
ev(4, 'incarcerations', 'COERCE', 'arrest', (None, None, 'GOV'), ('opposition leaders', None, 'OPP'),
   note='"incarcerations that are taking place" (asserted, aggregate across Africa; jailers = ruling governments, not named); "is a deep concern" not coded separately (no named target)')
ev(4, 'violence', 'ASSAULT', None, (None, None, 'GOV'), (None, None, 'OPP'),
   note='"the violence that is taking place" against the opposition (asserted, aggregate; perpetrators implied)')
ev(5, 'shot', 'ASSAULT', 'firearms', (None, None, None), ('the leader of opposition in Tanzania', 'TZA', 'OPP'),
   note='shooting of the Tanzanian opposition leader (Tundu Lissu, 2017); gunmen not named')
ev(6, 'kicked out of their country', 'COERCE', 'deport', (None, 'ZWE', 'GOV'), ('members of parliament from the opposition', 'ZWE', 'OPP'),
   note='opposition MPs forced out of Zimbabwe (exile; expulsion = COERCE/deport, CAMEO 174); government implied')
ev(9, 'intimidation', 'COERCE', None, UG, (None, 'UGA', 'OPP'),
   note='intimidation of Bobi Wine (Ugandan authorities implied); alternative THREATEN')
ev(9, 'arrests', 'COERCE', 'arrest', UG, (None, 'UGA', 'OPP'), note='arrests of Wine (aggregate)')
ev(9, 'bans', 'COERCE', 'restrict', UG, ('his', 'UGA', 'OPP'), note='bans on more than 150 of his concerts (alternative mode censor)')
ev(11, 'cannot be allowed to engage to interact freely with the public', 'COERCE', 'restrict', UG, ('I', 'UGA', 'OPP'),
   note='Wine not allowed to interact with the public (restriction by Ugandan authorities, implied); s.10 "has trouble even talking to voters" is the same complaint, not coded')
ev(11, 'visit', 'CONSULT', 'visit', ('he', 'UGA', 'OPP'), ('other African opposition leaders', None, 'OPP'),
   note='visit to South Africa to meet other opposition leaders (asserted)')
ev(12, 'cannot be allowed to address his constituents', 'COERCE', 'restrict', UG, ('I', 'UGA', 'OPP'),
   note='Wine (MP) barred from addressing constituents; Wine coded OPP throughout (alternative LEG)')
ev(17, 'suspect', 'ACCUSE', 'allege', ('we', 'UGA', 'OPP'), ('he', 'UGA', 'GOV'),
   note='Wine suspects Museveni will try to usurp the voice of the people (rig the election); the rigging itself has no clean PLOVER type and is not coded')
ev(17, 'rise up', 'PROTEST', None, ('the people of Uganda', 'UGA', 'CVL'), ('him', 'UGA', 'GOV'), mod='hypothetical',
   note='Wine\'s conditional prediction of an uprising if Museveni rigs the election (not coded as THREATEN: framed as a prediction)')
ev(18, 'complained', 'ACCUSE', 'disapprove', ('opposition parties', None, 'OPP'), ('the ruling party', None, 'GOV'),
   note='complaints of an uneven playing field and of the ruling party using state resources to campaign (one act); aggregate across Africa')
ev(19, 'resigned', 'RETREAT', 'resign', ('he', 'ZAF', 'OPP'), ('the opposition Democratic Alliance', 'ZAF', 'OPP'),
   note='Maimane resigned as leader of the Democratic Alliance in October (intra-party; weak); election results (s.1, s.20) not coded')
S.save()
