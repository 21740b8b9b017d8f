from lib import Story
S = Story('voa-6205674')
ev = S.ev
ev(0, 'in support of', 'SUPPORT', None, ('Mosques across Turkey', 'TUR', 'REL'), ('Palestinians', 'PSE', 'CVL'),
   note='prayers broadcast in support of Palestinians')
ev(0, 'violent confrontations', 'ASSAULT', None, ('Israeli police', 'ISR', 'COP'), ('Palestinians', 'PSE', 'CVL'),
   note='Palestinians injured in confrontations with police; police as actor of the injuries')
ev(1, 'eviction', 'COERCE', 'seize', (None, 'ISR', 'JUD'), ('Palestinians', 'PSE', 'CVL'), mod='hypothetical',
   note='"possible eviction" from east Jerusalem homes (pending court case); "The unrest" not coded separately')
ev(2, 'massed', 'PROTEST', 'demo', ('hundreds of people', 'TUR', 'CVL'), ('Israel’s consulate in Istanbul', 'ISR', 'GOV'),
   note='protest in front of Israeli consulate in Istanbul; "Israeli police actions" (vague noun) not coded separately')
ev(4, 'fired tear gas, rubber bullets, and stun grenades', 'ASSAULT', 'crowd-control', ('Israeli security forces', 'ISR', 'COP'),
   ('Palestinian demonstrators', 'PSE', 'CVL'))
ev(4, 'threw rocks', 'PROTEST', 'riot', ('some of whom', 'PSE', 'CVL'), ('police', 'ISR', 'COP'),
   note='rock-throwing demonstrators (violent protest); alternative ASSAULT')
ev(5, 'stop', 'REQUEST', 'yield', ('Fahrettin Altun', 'TUR', 'GOV'), ('Israel', 'ISR', 'GOV'),
   note='tweet "It\'s time to stop Israel\'s ... attacks" = demand to stop; actor = Erdogan\'s communication chief')
ev(5, 'heinous and cruel', 'ACCUSE', 'disapprove', ('Fahrettin Altun', 'TUR', 'GOV'), ('Israel', 'ISR', 'GOV'))
ev(5, 'attacks', 'ASSAULT', None, ('Israel', 'ISR', 'COP'), (None, 'PSE', 'CVL'),
   note='noun mention in quote ("Israel\'s ... attacks"), as characterized by Altun')
ev(6, 'denounced', 'ACCUSE', 'disapprove', ('Erdogan', 'TUR', 'GOV'), ('Israel', 'ISR', 'GOV'))
ev(7, 'cruel terrorist state', 'ACCUSE', 'disapprove', ('Erdogan', 'TUR', 'GOV'), ('Israel', 'ISR', 'GOV'),
   note='the quoted denunciation (same occurrence as previous sentence, separate sentence)')
ev(7, 'attacks', 'ASSAULT', None, ('Israel', 'ISR', 'COP'), ('the Muslims in Jerusalem', 'PSE', 'CVL'),
   note='asserted inside Erdogan quote')
ev(8, 'will not allow', 'THREATEN', None, ('we', 'ISR', 'GOV'), (None, 'PSE', 'CVL'),
   note='Netanyahu warning against violent disturbances (forceful warning to rioters); "continue to maintain freedom of worship" not coded')
ev(9, 'met with', 'CONSULT', None, ('he', 'ISR', 'GOV'), ('security officials', 'ISR', 'GOV'),
   note='Netanyahu met security officials (domestic)')
ev(9, 'vowed to “enforce law and order decisively', 'THREATEN', None, ('The Israeli leader', 'ISR', 'GOV'), (None, 'PSE', 'CVL'),
   note='vow to enforce order decisively = warning to protesters; weak, alternative no event')
ev(11, 'withdrew ambassadors', 'SANCTION', 'withdraw', ('Both countries', 'TUR', 'GOV'), (None, 'ISR', 'GOV'),
   note='reciprocal withdrawal of ambassadors in 2018 (TUR and ISR); compound actor, recipient ISR filled as SANCTION needs one')
ev(11, 'crackdown', 'COERCE', None, ('Israel', 'ISR', 'GOV'), ('Palestinians', 'PSE', 'CVL'),
   note='2018 crackdown on Gaza protests (historical)')
ev(11, 'protests', 'PROTEST', 'demo', ('Palestinians', 'PSE', 'CVL'), (None, 'ISR', 'GOV'), note='2018 protests (historical)')
ev(12, 'stormed', 'ASSAULT', None, ('Israeli commandos', 'ISR', 'MIL'), ('the Mavi Marmara', 'TUR', 'CVL'), note='2010 raid')
ev(12, 'blockade', 'COERCE', 'restrict', (None, 'ISR', 'MIL'), ('the Gaza Strip', 'PSE', None),
   note='noun mention of the Israeli blockade of Gaza (CAMEO 191 -> COERCE restrict); flotilla "trying to break" it not coded')
ev(13, 'killed', 'ASSAULT', None, (None, 'ISR', 'MIL'), ('Nine pro-Palestinian activists', 'TUR', 'CVL'),
   note='killed by Israeli commandos in the 2010 raid; activists mostly Turkish')
ev(14, 'condemning', 'ACCUSE', 'disapprove', ('Turkish presidential adviser Mesut Casin', 'TUR', 'GOV'), (None, 'ISR', 'GOV'),
   note='condemning the recent violence; target implied Israel')
ev(14, 'needs to act', 'REQUEST', None, ('Turkish presidential adviser Mesut Casin', 'TUR', 'GOV'), ('Washington', 'USA', 'GOV'),
   note='"says Washington needs to act" = appeal to the U.S.; "a reset in bilateral ties is still possible" not coded')
ev(15, 'unacceptable', 'ACCUSE', 'disapprove', ('Casin', 'TUR', 'GOV'), (None, 'ISR', 'GOV'),
   note='quoted condemnation (same as previous sentence)')
ev(19, 'speaking by phone', 'CONSULT', 'phone', ('National Security Advisor Jake Sullivan', 'USA', 'GOV'),
   ('Israeli counterpart Meir Ben-Shabbat', 'ISR', 'GOV'))
ev(20, 'expressed the Biden administration’s commitment', 'SUPPORT', None, ('Sullivan', 'USA', 'GOV'), ('Israel', 'ISR', 'GOV'),
   note='commitment to Israel\'s security = verbal support')
S.save()
