from lib import Story
S = Story('voa-6183074')
ev = S.ev
ev(0, 'refused to enroll', 'REJECT', None, ('the Blantyre Girls Primary School', 'MWI', 'EDU'), ('her daughter', 'MWI', 'CVL'),
   note='school refusing to enroll a Rastafarian girl because of her dreadlocks (alternative COERCE/restrict)')
ev(2, 'took the school to court', 'ACCUSE', 'allege', ('Mbewe', 'MWI', 'CVL'), ('the school', 'MWI', 'EDU'),
   note='lawsuit (CAMEO 115, precedent); "and won" not coded separately (the ruling is coded in s.3)')
ev(3, 'ordered', 'REQUEST', 'change', ("Malawi's High Court", 'MWI', 'JUD'), ('all public schools', 'MWI', 'EDU'),
   note='court order to allow students with dreadlocks (order = REQUEST; content not coded separately)')
ev(4, 'turned back from school', 'REJECT', None, (None, 'MWI', 'EDU'), ('all other children', 'MWI', 'CVL'),
   note='habitual refusal of Rastafarian children by schools (weak; same kind as s.0); "battle"/"fighting" (legal, metaphorical) not coded')
ev(6, 'ordered', 'REQUEST', None, ('The Malawi High Court', 'MWI', 'JUD'), ('the school', 'MWI', 'EDU'),
   note='order to give Makeda extra classes')
ev(11, 'sidelined', 'COERCE', 'restrict', (None, 'MWI', 'GOV'), ("Malawi's Rastafarians", 'MWI', 'REL'),
   note='long-standing discrimination by education policy requiring hair cutting (weak; actor = education authorities implied)')
ev(13, 'refused to enroll', 'REJECT', None, ('they', 'MWI', 'EDU'), ('them', 'MWI', 'CVL'),
   note='"they" = the public school; "until they cut their dreadlocks" (condition) not coded separately')
ev(16, 'ruling', 'REQUEST', 'change', ('The High Court', 'MWI', 'JUD'), (None, 'MWI', 'EDU'),
   note='noun re-mention of the court order with predication (its effect on parents)')
ev(18, 'appeal', 'REJECT', None, ('They', 'MWI', 'GOV'), ('the High Court', 'MWI', 'JUD'), mod='hypothetical',
   note='possible appeal by the education authorities until Feb. 4 (challenge of the order; alternative ACCUSE/allege); "refused to comment" (s.17) not coded')
S.save()
