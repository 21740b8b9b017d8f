from lib import Story
S = Story('voa-7750892', force_after=('including the U.N.',))
ev = S.ev
TB = ('the Taliban', 'AFG', 'GOV')
ev(0, 'prohibited him from entering', 'REJECT', 'yield', TB, ('him', 'IGO', 'GOV'),
   note='Taliban (de facto government, AFG GOV) refusing entry to the UN special rapporteur (CAMEO 1245-like refusal of international involvement); alternative COERCE/restrict. "confirmed" is a statement')
ev(1, 'called for', 'REQUEST', 'yield', ('Bennett', 'IGO', 'GOV'), TB,
   note='call to lift the travel ban and establish a constructive dialogue (also REQUEST/meet)')
ev(1, 'travel ban', 'REJECT', 'yield', (None, 'AFG', 'GOV'), (None, 'IGO', 'GOV'), note='noun re-mention of the entry ban (object of the request)')
ev(2, 'barred him', 'REJECT', 'yield', ('they', 'AFG', 'GOV'), ('him', 'IGO', 'GOV'), note='they = the Taliban')
ev(2, 'allegedly', 'ACCUSE', 'allege', TB, ('him', 'IGO', 'GOV'), note='accused of "spreading propaganda" (reason given for the ban)')
ev(4, 'accused', 'ACCUSE', 'allege', ('He', 'AFG', 'GOV'), ('the U.N. envoy', 'IGO', 'GOV'), note='He = Taliban spokesman Mujahid')
ev(5, 'will no longer grant me access', 'REJECT', 'yield', ('they', 'AFG', 'GOV'), ('me', 'IGO', 'GOV'),
   note='inside Bennett quote; the announced refusal is asserted')
ev(5, 'a step backwards', 'ACCUSE', 'disapprove', ('Bennett', 'IGO', 'GOV'), ('The Taliban', 'AFG', 'GOV'),
   note='criticism of the announcement ("concerning signal")')
ev(6, 'will continue to engage', 'CONSULT', None, ('I', 'IGO', 'GOV'), ('the people of Afghanistan', 'AFG', 'CVL'), mod='future',
   note='Bennett will continue engaging inside and outside the country')
ev(7, 'conducted several trips', 'CONSULT', 'visit', ('Bennett', 'IGO', 'GOV'), (None, 'AFG', 'GOV'),
   note='several trips to Kabul since 2022 (hosted by the Taliban authorities, implied)')
ev(7, 'investigate', 'ACCUSE', 'investigate', ('Bennett', 'IGO', 'GOV'), (None, 'AFG', 'GOV'),
   note='investigating the human rights situation; "the radical Taliban returned to power" not coded here')
ev(8, 'prohibited', 'REJECT', 'yield', ('Mujahid', 'AFG', 'GOV'), ('Mr. Bennett', 'IGO', 'GOV'), note='the ban, in Mujahid quote (passive; actor = Taliban)')
ev(8, 'assigned to spread propaganda', 'ACCUSE', 'allege', ('Mujahid', 'AFG', 'GOV'), ('he', 'IGO', 'GOV'))
ev(9, 'exaggerate minor issues', 'ACCUSE', 'disapprove', ('we', 'AFG', 'GOV'), ('He', 'IGO', 'GOV'), note='"not someone we trust"; same quote')
ev(10, 'sought to engage', 'AGREE', None, ('he', 'IGO', 'GOV'), ('Taliban authorities', 'AFG', 'GOV'),
   note='repeated offers to engage with the Taliban; weak (alternative CONSULT)')
ev(12, 'urge', 'REQUEST', 'yield', ('I', 'IGO', 'GOV'), TB, note='urge to reverse the decision; "their decision" not coded separately')
ev(12, 'reiterate my willingness and availability to travel', 'AGREE', None, ('I', 'IGO', 'GOV'), (None, 'AFG', 'GOV'),
   note='expressed intent to visit (CAMEO 036)')
ev(13, 'highlighted', 'ACCUSE', 'disapprove', ('Bennett', 'IGO', 'GOV'), ('the Taliban', 'AFG', 'GOV'), note='criticism in a published assessment')
ev(13, 'curbs', 'COERCE', 'restrict', ('the Taliban', 'AFG', 'GOV'), ('Afghan women', 'AFG', 'CVL'))
ev(13, 'demanding', 'REQUEST', 'yield', ('Bennett', 'IGO', 'GOV'), (None, 'AFG', 'GOV'), note='demand that the curbs be reversed')
ev(14, 'alleged', 'ACCUSE', 'allege', ('Bennett', 'IGO', 'GOV'), ('Taliban', 'AFG', 'GOV'), note='gender persecution as a crime against humanity')
ev(14, 'persecuted', 'COERCE', None, (None, 'AFG', 'GOV'), ('women and girls', 'AFG', 'CVL'), mod='hypothetical',
   note='content of the allegation (the curbs themselves are coded as asserted in the previous sentence)')
ev(15, 'gender apartheid', 'ACCUSE', 'disapprove', ('He', 'IGO', 'GOV'), (None, 'AFG', 'GOV'))
ev(16, 'dismissed', 'REJECT', None, ('Mujahid', 'AFG', 'GOV'), ('Bennett', 'IGO', 'GOV'),
   note='dismissing the UN findings as propaganda; recipient Bennett/UN')
ev(17, 'repeatedly requesting', 'REQUEST', 'change', (None, 'AFG', 'GOV'), ('Mr. Bennett', 'IGO', 'GOV'),
   note='Taliban requests that he adhere to professionalism')
ev(17, 'based on prejudices and anecdotes', 'ACCUSE', 'disapprove', ('Taliban Foreign Ministry spokesman Abdul Qahar Balkhi', 'AFG', 'GOV'),
   ('his', 'IGO', 'GOV'))
ev(18, 'imposed a ban', 'COERCE', 'censor', ('they', 'AFG', 'GOV'), ('the media outlet', 'USA', 'MED'), note='Taliban ban on VOA')
ev(19, 'have barred', 'COERCE', 'restrict', ('De facto fundamentalist Afghan authorities', 'AFG', 'GOV'),
   ('girls ages 12 and older', 'AFG', 'CVL'), note='and women from workplaces (same sentence, same act)')
ev(20, 'not allowed', 'COERCE', 'restrict', (None, 'AFG', 'GOV'), ('women', 'AFG', 'CVL'), note='travel restriction without male guardian')
ev(20, 'barred', 'COERCE', 'restrict', (None, 'AFG', 'GOV'), ('they', 'AFG', 'CVL'), note='barred from parks, gyms, baths')
ev(21, 'barring', 'REJECT', 'yield', ('The Taliban', 'AFG', 'GOV'), ('Bennett', 'IGO', 'GOV'), note='noun re-mention of the entry ban')
ev(21, 'one of many signs', 'ACCUSE', 'disapprove', ('Heather Barr', None, 'NGO'), ('The Taliban', 'AFG', 'GOV'), note='Human Rights Watch criticism')
ev(21, 'crackdown', 'COERCE', None, ('their', 'AFG', 'GOV'), (None, 'AFG', 'CVL'), note='crackdown on human rights / women (asserted in quote)')
ev(22, 'should respond', 'REQUEST', None, ('she', None, 'NGO'), ('The international community — and the U.N.', 'IGO', 'GOV'),
   note='Barr calling on international community/UN never to discuss Afghanistan without women; "this provocation" not coded')
ev(23, 'attended', 'CONSULT', 'multilateral', ('The Taliban', 'AFG', 'GOV'), ('envoys from more than two dozen countries', None, 'GOV'),
   note='UN-organized Doha meeting; "interacted with" same occurrence')
ev(24, 'opposition', 'REJECT', None, ('the Taliban', 'AFG', 'GOV'), (None, 'IGO', 'GOV'),
   note='Taliban opposition to including women/rights representatives; "did not invite" not coded')
ev(24, 'criticism', 'ACCUSE', 'disapprove', (None, None, None), ('the world body', 'IGO', 'GOV'), note='critics not named')
ev(25, 'has officially recognized', 'SUPPORT', None, ('No country', None, 'GOV'), ('the Taliban', 'AFG', 'GOV'), neg=True,
   note='no recognition (negated SUPPORT)')
ev(25, 'seized control', 'COERCE', 'seize', ('they', 'AFG', 'REB'), ('Afghanistan', 'AFG', 'GOV'),
   note='2021 Taliban takeover (historical); Taliban then an insurgency; alternative ASSAULT')
ev(26, 'sanctions', 'SANCTION', None, (None, 'IGO', 'GOV'), ('Many top Taliban leaders', 'AFG', 'GOV'), note='UN terrorism sanctions (ongoing)')
ev(26, 'frozen', 'SANCTION', 'discontinue', (None, 'USA', 'GOV'), (None, 'AFG', 'GOV'),
   note='$9bn central bank assets frozen in U.S. and European banks (compound USA + European states)')
S.save()
