from lib import Story
S = Story('voa-6180206', force_after=['important to Sudan’s current transition'])
ev = S.ev
ev(0, 'approved a law to dismantle', 'COERCE', 'restrict', ('Sudanese authorities', 'SDN', 'GOV'), ("former president Omar al-Bashir's government", 'SDN', 'PTY'),
   note='law dismantling the former regime / dissolving the NCP (ban on a political party, CAMEO 17); target coded as the NCP (PTY)')
ev(1, 'flooded the streets', 'PROTEST', 'demo', ('Demonstrators', 'SDN', 'CVL'), None,
   note='street demonstration in celebration of the law (no target); alternative SUPPORT')
ev(1, 'repeals', 'CONCEDE', None, (None, 'SDN', 'GOV'), (None, 'SDN', 'CVL'),
   note='repeal of the public order act (easing restrictions, CAMEO 081 -> CONCEDE per crosswalk; alternative RETREAT); its past use to regulate women\'s dress is coded in s.21')
ev(2, 'march', 'PROTEST', 'demo', ('they', 'SDN', 'CVL'), None, note='same Khartoum demonstration; they = Demonstrators')
ev(2, 'dissolved', 'COERCE', 'restrict', ("Sudan's new ruling sovereign council", 'SDN', 'GOV'), ('the party of former President Omar al-Bashir', 'SDN', 'PTY'),
   note='compound actor: sovereign council and the cabinet led by PM Hamdok; dissolution of the NCP')
ev(3, 'signed', 'SUPPORT', None, ('the military', 'SDN', 'MIL'), ('protest leaders', 'SDN', 'CVL'),
   note='the constitutional draft signed in August (signing an agreement = SUPPORT); proposing the law to the council is internal, not coded')
ev(4, 'seize', 'COERCE', 'seize', ('the government', 'SDN', 'GOV'), ('NCP', 'SDN', 'PTY'), mod='future',
   note='the law allows the government to seize the NCP\'s assets (enabled, not yet done here; done in s.24)')
ev(7, 'repressive', 'ACCUSE', 'disapprove', ('Bob', 'SDN', 'CVL'), ('the repressive 30-year-old Bashir organization', 'SDN', 'PTY'),
   note='demonstrator calls the Bashir organization repressive; weak. s.5 "Demonstrators celebrated" not coded (same gathering, celebration verb)')
ev(9, 'protesting', 'PROTEST', 'demo', ('Tens of thousands of Sudanese', 'SDN', 'CVL'), (None, 'SDN', 'GOV'), note='2018-2019 protests over food prices')
ev(10, 'demanded', 'REQUEST', 'change', ('They', 'SDN', 'CVL'), ('Bashir', 'SDN', 'GOV'), note='demanded reforms and Bashir\'s ouster')
ev(11, 'removed', 'COERCE', None, ('the military', 'SDN', 'MIL'), ('Bashir', 'SDN', 'GOV'), note='April 2019 ouster (precedent: coup ousting Morsi = COERCE)')
ev(11, 'jailed', 'COERCE', 'arrest', ('the military', 'SDN', 'MIL'), ('him', 'SDN', 'GOV'))
ev(12, 'demanded', 'REQUEST', 'change', ('protesters', 'SDN', 'CVL'), (None, 'SDN', 'GOV'), note='demand that the NCP be eliminated')
ev(13, 'in jail', 'COERCE', 'arrest', (None, 'SDN', 'GOV'), ('Several other officials of his government and senior party members', 'SDN', 'ELI'),
   note='ongoing detention of former officials and party leaders')
ev(13, 'charges of corruption', 'ACCUSE', 'allege', (None, 'SDN', 'JUD'), ('Several other officials of his government and senior party members', 'SDN', 'ELI'),
   note='facing trial on corruption charges')
ev(14, 'can not take part in any political activity', 'COERCE', 'restrict', (None, 'SDN', 'GOV'), ("members of Bashir's government or party", 'SDN', 'PTY'),
   note='10-year political ban under the new law')
ev(18, 'decision to dissolve', 'COERCE', 'restrict', (None, 'SDN', 'GOV'), ('the National Congress Party', 'SDN', 'PTY'),
   note='noun re-mention of the NCP dissolution; sentence split forced before "Mahmoud says" (missing period); bare "this decision" (s.17) and "couldn\'t happen without dismantling the NCP" (s.19) not coded')
ev(20, 'repeals', 'CONCEDE', None, (None, 'SDN', 'GOV'), (None, 'SDN', 'CVL'), note='re-mention of the repeal of the public order act')
ev(20, 'imposed', 'COERCE', 'restrict', ('Bashir', 'SDN', 'GOV'), (None, 'SDN', 'CVL'), note='historical imposition of the public order act')
ev(21, 'used to regulate', 'COERCE', 'restrict', (None, 'SDN', 'GOV'), ('women', 'SDN', 'CVL'), note='past enforcement of the public order act on women\'s dress and behaviour')
ev(22, 'remove', 'COERCE', None, ('The general who led the effort to remove Bashir', 'SDN', 'MIL'), ('Bashir', 'SDN', 'GOV'),
   note='re-mention of the April 2019 ouster')
ev(22, 'signed a power-sharing agreement', 'SUPPORT', None, ('The general who led the effort to remove Bashir', 'SDN', 'MIL'), ('protest leaders', 'SDN', 'CVL'),
   note='August 2019 power-sharing agreement (re-mention of s.3); "established a joint council" not coded')
ev(24, 'confiscating', 'COERCE', 'seize', ('"illegal" government', 'SDN', 'GOV'), ('party', 'SDN', 'PTY'),
   note='NCP says the government is confiscating party assets (reported, asserted)')
ev(24, '"illegal"', 'ACCUSE', 'disapprove', ('The National Congress Party', 'SDN', 'PTY'), ('"illegal" government', 'SDN', 'GOV'),
   note='NCP calls the government illegal and blames it for the economic crisis')
S.save()
