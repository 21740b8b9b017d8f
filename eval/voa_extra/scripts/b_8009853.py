from lib import Story
S = Story('voa-8009853')
ev = S.ev
RSF = (None, 'SDN', 'REB')
SAF = (None, 'SDN', 'MIL')
WAR = (None, 'SDN', None)   # warring parties, not identified
CIV = (None, 'SDN', 'CVL')
ev(1, 'The fighting', 'ASSAULT', None, RSF, SAF,
   note='Sudan war fighting (RSF vs SAF, named in s16; reciprocal); civil war in s0 not coded (background, no actor named)')
ev(1, 'meeting', 'CONSULT', 'multilateral', ('Catherine Russell', 'IGO', 'GOV'), ('the U.N. Security Council', 'IGO', 'GOV'),
   note='UNICEF head briefing a UNSC meeting (precedent: participation in a UNSC meeting = CONSULT/multilateral); UNICEF = IGO GOV (UN bodies precedent)')
ev(4, 'rape', 'ASSAULT', 'sexual', (None, None, None), ('children', 'SDN', 'CVL'),
   note='221 reported cases of rape against children last year; perpetrators not named (aggregate of reported cases)')
ev(8, 'demanded an end to the hostilities', 'REQUEST', 'yield', ('she', 'IGO', 'GOV'), WAR,
   note='call to end the fighting addressed to the warring parties (implied); the generic "signing of a ceasefire" in s9 not coded')
ev(11, 'told the council', 'CONSULT', 'multilateral', ('The head of Doctors Without Borders (MSF)', None, 'NGO'), ('the council', 'IGO', 'GOV'),
   note='MSF head briefing the same UNSC meeting (participation); international NGO = country null (precedent)')
ev(11, 'sexual violence', 'ASSAULT', 'sexual', (None, None, None), CIV, note='evidence of sexual violence seen by MSF teams')
ev(11, 'treated', 'AID', None, ('his teams', None, 'NGO'), ('385 survivors', 'SDN', 'CVL'),
   note='medical care to survivors (humanitarian assistance; precedent: transport of injured = AID)')
ev(12, 'raped', 'ASSAULT', 'sexual', ('armed men', 'SDN', None), ('The vast majority', 'SDN', 'CVL'),
   note='armed men of unstated side')
ev(13, 'assaulted', 'ASSAULT', 'sexual', (None, 'SDN', None), ('Nearly half', 'SDN', 'CVL'))
ev(14, 'brutally targeted', 'ASSAULT', None, (None, 'SDN', None), ('Women and girls', 'SDN', 'CVL'))
ev(15, 'power struggle', 'ASSAULT', None, ('two rival generals', 'SDN', 'MIL'), None,
   note='the war between the two generals (since April 2023, spreading); reciprocal compound actor (SAF and RSF leaders)')
ev(16, 'fighting', 'ASSAULT', None, ('The paramilitary Rapid Support Forces', 'SDN', 'REB'), ('the Sudanese Armed Forces', 'SDN', 'MIL'),
   note='RSF coded SDN REB (paramilitary at war with the army); alternative UAF')
ev(16, 'says', 'ACCUSE', 'allege', ('the United Nations', 'IGO', 'GOV'), ('both sides', 'SDN', 'MIL'),
   note='UN allegation of grave human rights abuses by both sides (compound SAF + RSF)')
ev(16, 'grave human rights abuses', 'ASSAULT', None, ('both sides', 'SDN', 'MIL'), CIV, mod='hypothetical',
   note='content of the UN allegation (guide: accusation content = hypothetical)')
ev(17, 'utter carnage', 'ASSAULT', None, WAR, CIV,
   note='carnage witnessed at an MSF partner hospital in Omdurman; the MSF head being in Sudan not coded (no counterpart)')
ev(18, 'torn apart', 'ASSAULT', None, WAR, ('men, women, and children', 'SDN', 'CVL'), note='same carnage, described in quote (weak)')
ev(19, 'repeated calls', 'REQUEST', 'yield', ('their', 'IGO', 'GOV'), ('the parties', 'SDN', 'MIL'),
   note='their = the Security Council; calls to end the war')
ev(19, 'gone unanswered', 'REJECT', 'yield', ('the parties', 'SDN', 'MIL'), ('their', 'IGO', 'GOV'),
   note='parties ignoring the council\'s calls (precedent: defying calls = REJECT); weak')
ev(20, 'bombed', 'ASSAULT', 'aerial', WAR, ('civilians', 'SDN', 'CVL'), note='Lockyear quote; actors not named')
ev(20, 'besieged', 'COERCE', 'restrict', WAR, ('civilians', 'SDN', 'CVL'), note='siege = blockade (precedent: Gaza blockade = COERCE/restrict)')
ev(20, 'raped', 'ASSAULT', 'sexual', WAR, ('civilians', 'SDN', 'CVL'))
ev(20, 'deprived of food, of medical care', 'COERCE', 'withhold', WAR, ('civilians', 'SDN', 'CVL'),
   note='"displaced" not coded separately (outcome, weak); implicit criticism of the council ("while statements are made") not coded')
ev(22, 'needs a billion dollars', 'REQUEST', 'assist', ('The UNICEF director', 'IGO', 'GOV'), None,
   note='funding appeal (CAMEO 0231-type), donors not named; weak')
ev(22, 'provide critical support', 'AID', None, ('the agency', 'IGO', 'GOV'), ('8.7 million children in Sudan', 'SDN', 'CVL'), mod='hypothetical',
   note='planned aid, contingent on the funding')
ev(23, 'urged', 'REQUEST', None, ('She', 'IGO', 'GOV'), ('the council', 'IGO', 'GOV'),
   note='compound actor: UNICEF head (She) and Lockyear (MSF, NGO)')
ev(23, 'press', 'REQUEST', 'yield', ('the council', 'IGO', 'GOV'), ('the warring parties', 'SDN', 'MIL'), mod='hypothetical',
   note='requested pressure on the parties')
ev(23, 'remove obstacles to the delivery of aid', 'RETREAT', 'access', ('the warring parties', 'SDN', 'MIL'), None, mod='hypothetical',
   note='requested humanitarian access')
S.save()
