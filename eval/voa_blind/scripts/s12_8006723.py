from lib import Story
S = Story('voa-8006723', nosplit=(5518,))
ev = S.ev
TH = ('Thailand', 'THA', 'GOV')
UY = 'CHN', 'CVL'
ev(0, 'remain in Thailand’s custody', 'COERCE', 'arrest', TH, ('the eight ethnic minority Uyghurs', *UY), note='ongoing detention')
ev(0, 'deported', 'COERCE', 'deport', ('authorities', 'THA', 'GOV'), ('40 others', *UY), note='Feb. 27 deportation to China; "at risk of the same fate" not coded')
ev(1, 'denying', 'REJECT', None, ('Thailand', 'THA', 'GOV'), None, note='weeks of denying plans to repatriate (denial = REJECT, addressees not named)')
ev(1, 'arresting', 'COERCE', 'arrest', (('it', 1), 'THA', 'GOV'), ('them', *UY), note='held since arrest for illegal entry in 2014')
ev(1, 'turned 40 of them over to China', 'COERCE', 'deport', ('Thailand', 'THA', 'GOV'), ('40 of them', *UY),
   note='handover to China (also judicial cooperation with China, not coded separately)')
ev(2, 'condemned', 'ACCUSE', 'disapprove', ('The United States, United Nations and international rights groups', 'USA', 'GOV'), ('Thailand', 'THA', 'GOV'),
   note='compound actor USA, UN (IGO), NGOs')
ev(2, 'sending Uyghurs back', 'COERCE', 'deport', (None, 'THA', 'GOV'), ('Uyghurs', *UY), note='noun re-mention (object of condemnation)')
ev(3, 'violates', 'ACCUSE', 'allege', ('They', 'USA', 'GOV'), ('Thailand', 'THA', 'GOV'), note='They = U.S., UN and rights groups')
ev(4, 'accused', 'ACCUSE', 'allege', ('The United States and others', 'USA', 'GOV'), ('Beijing', 'CHN', 'GOV'),
   note='genocide accusation; "its treatment of ... Uyghurs" not coded separately')
ev(5, 'may amount to crimes against humanity', 'ACCUSE', 'allege', ('The United Nations', 'IGO', 'GOV'), (None, 'CHN', 'GOV'))
ev(6, 'denies', 'REJECT', None, ('Beijing', 'CHN', 'GOV'), (None, 'USA', 'GOV'), note='denial of the genocide allegations')
ev(6, 'allegations', 'ACCUSE', 'allege', (None, 'USA', 'GOV'), (None, 'CHN', 'GOV'), note='noun re-mention (U.S., others, UN)')
ev(9, 'remain in Thai custody', 'COERCE', 'arrest', (None, 'THA', 'GOV'), ('all eight', *UY),
   note='three in immigration detention without charge, five in prison; "ignored VOA requests" (previous sentence) not coded')
ev(9, 'serving prison sentences', 'SANCTION', 'convict', (None, 'THA', 'JUD'), ('the other five', *UY), note='since 2020, robbery and attempted escape')
ev(10, 'being deported', 'COERCE', 'deport', (None, 'THA', 'GOV'), ('the five in prison', *UY), mod='hypothetical', note='risk of deportation')
ev(12, 'push', 'REQUEST', 'yield', ('the Chinese', 'CHN', 'GOV'), (None, 'THA', 'GOV'), mod='hypothetical', note='"if there [is] the push from the Chinese again"')
ev(12, 'deported', 'COERCE', 'deport', (None, 'THA', 'GOV'), ('these five people', *UY), mod='hypothetical')
ev(14, 'forced return', 'COERCE', 'deport', (None, 'THA', 'GOV'), ('the five', *UY), mod='hypothetical')
ev(14, 'pardoned', 'CONCEDE', None, ('Thailand’s king', 'THA', 'GOV'), (None, None, None), mod='hypothetical',
   note='the five could be added to the lists of prisoners pardoned on royal holidays (habitual royal pardons, hypothetical for them)')
ev(15, 'deportations', 'COERCE', 'deport', (None, 'THA', 'GOV'), (None, *UY),
   note='noun re-mention "the Feb. 27 deportations"; subheading "We are very concerned" is part of the sentence')
ev(15, 'asked for the return', 'REQUEST', 'yield', ('China', 'CHN', 'GOV'), (None, 'THA', 'GOV'), note='China\'s request for 45 "Chinese nationals"')
ev(18, 'will be sent back', 'COERCE', 'deport', (None, 'THA', 'GOV'), ('these five', *UY), mod='hypothetical')
ev(21, 'visited', 'CONSULT', 'visit', ('she', 'THA', 'NGO'), ('the five Uyghurs', *UY),
   note='rights-group head visiting the prisoners; "the 40 were deported" is a back-reference anchor, not coded')
ev(24, 'custody', 'COERCE', 'arrest', ('the Bureau of Immigration', 'THA', 'GOV'), ('the other three Uyghurs', *UY),
   note='subheading "We need to closely monitor" part of the sentence')
ev(25, 'were not deported', 'COERCE', 'deport', (None, 'THA', 'GOV'), ('they', *UY), neg=True)
ev(26, 'caught', 'COERCE', 'arrest', (None, 'THA', 'COP'), ('they', *UY), note='first caught in Thailand (2014)')
ev(28, 'caught', 'COERCE', 'arrest', ('Thailand', 'THA', 'GOV'), ('the more than 300 Uyghurs', *UY), note='2014 (historical)')
ev(29, 'deported', 'COERCE', 'deport', ('Thailand', 'THA', 'GOV'), ('173 mostly women and children', *UY), note='to Turkey in 2015')
ev(29, 'sent 109', 'COERCE', 'deport', ('Thailand', 'THA', 'GOV'), ('109', *UY), note='back to China in 2015')
ev(31, 'assured', 'AGREE', None, ('Beijing', 'CHN', 'GOV'), ('it', 'THA', 'GOV'),
   note='promise of good treatment and envoy access; "Following the rebukes over last month\'s deportations" is a back-reference anchor, not coded')
ev(32, 'persuade', 'REQUEST', None, ('Rights groups and opposition lawmakers such as Kannavee', 'THA', 'NGO'), ('the Thai government', 'THA', 'GOV'),
   note='compound actor NGOs + opposition lawmakers (LEG); "hope to persuade" = ongoing advocacy')
ev(32, 'promises', 'AGREE', None, ('Beijing', 'CHN', 'GOV'), (None, 'THA', 'GOV'), note='noun re-mention of Beijing\'s assurances')
ev(33, 'offered', 'AGREE', None, ('some', None, 'GOV'), (None, 'THA', 'GOV'),
   note='other countries offered to take in the Uyghurs (offer of resettlement = AGREE); Thai officials\' initial claim that none had is not coded; subheading part of the sentence')
ev(33, 'turned them down', 'REJECT', None, ('Thailand', 'THA', 'GOV'), (('them', 1), None, 'GOV'),
   note='rejected the resettlement offers; "for fear that China might retaliate" not coded')
ev(34, 'offered to resettle', 'AGREE', None, ('Australia, Canada and the United States', 'AUS', 'GOV'), (None, 'THA', 'GOV'),
   note='compound actor AUS, CAN, USA (Reuters report)')
ev(35, 'working with Thailand', 'SUPPORT', None, ('it', 'USA', 'GOV'), ('Thailand', 'THA', 'GOV'),
   note='diplomatic cooperation (CAMEO 050) to avoid the return; weak')
ev(35, 'offering to resettle', 'AGREE', None, ('it', 'USA', 'GOV'), (None, 'THA', 'GOV'), note='repeated U.S. resettlement offers')
ev(36, 'should keep their offers open', 'REQUEST', None, ('Sayim', None, 'NGO'), ('those countries', None, 'GOV'),
   note='World Uyghur Congress; also to keep pressuring Thailand')
ev(38, 'asking', 'REQUEST', 'assist', (('we', 1), None, 'NGO'), ('U.S., Canada, U.K., Germany, Australia', 'USA', 'GOV'),
   note='asking countries to take the Uyghurs; compound recipient; "we have to ask European countries" in the same sentence not coded separately')
ev(39, 'shouldn’t give these people back', 'REQUEST', 'yield', (None, None, 'NGO'), ('The Thai government', 'THA', 'GOV'), note='Sayim')
S.save()
