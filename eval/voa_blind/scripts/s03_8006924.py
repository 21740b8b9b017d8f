from lib import Story
S = Story('voa-8006924', nosplit=(4,))
ev = S.ev
T = ('U.S. President Donald Trump', 'USA', 'GOV')
ev(0, 'doubling', 'SANCTION', 'discontinue', T, ('Canada', 'CAN', 'GOV'),
   note='doubling steel/aluminum tariffs to 50%; "ramped up his trade war with Canada" is the same occurrence')
ev(0, 'adding a 25% levy', 'SANCTION', 'discontinue', ('Canada’s Ontario provincial leader', 'CAN', 'GOV'),
   ('1.5 million American customers', 'USA', None), note='Ontario electricity surcharge (Doug Ford); provincial government coded CAN GOV')
ev(1, 'called Canada', 'ACCUSE', 'disapprove', ('Trump', 'USA', 'GOV'), ('Canada', 'CAN', 'GOV'))
ev(2, 'tariffs', 'SANCTION', 'discontinue', ('The president', 'USA', 'GOV'), (None, 'CAN', 'GOV'), mod='future',
   note='doubled tariffs "would take effect Wednesday"')
ev(3, 'demanded', 'REQUEST', 'yield', ('Trump', 'USA', 'GOV'), ('Ottawa', 'CAN', 'GOV'), note='demand to drop dairy tariffs')
ev(3, 'Tariff', 'SANCTION', 'discontinue', ('their', 'CAN', 'GOV'), (None, 'USA', None),
   note='noun mention of Canadian dairy tariffs on U.S. products (existing); their = Ottawa')
ev(4, 'imposing', 'SANCTION', 'discontinue', ('Trump', 'USA', 'GOV'), ('Canada', 'CAN', 'GOV'),
   note='25% tariff on all Canadian products ("ignited the economic war" is the same occurrence)')
ev(4, 'delaying', 'RETREAT', None, ('Trump', 'USA', 'GOV'), ('Canada', 'CAN', 'GOV'),
   note='delaying the imposed tariff for a month = easing economic sanctions actually done (CAMEO 085 RETREAT ease); alternative CONCEDE')
ev(5, 'pressuring', 'REQUEST', 'change', ('he', 'USA', 'GOV'), ('Canada', 'CAN', 'GOV'),
   note='pressure to curb migrants and drugs; he = Trump')
ev(6, 'boosting', 'SANCTION', 'discontinue', ('Trump', 'USA', 'GOV'), (None, 'CAN', 'GOV'), note='re-mention of the tariff increase')
ev(6, 'ripping off', 'ACCUSE', 'disapprove', ('White House press secretary Karoline Leavitt', 'USA', 'GOV'), ('Canada', 'CAN', 'GOV'),
   note='accusation quoted by Leavitt (on behalf of Trump)')
ev(7, 'announcing increased tariffs', 'SANCTION', 'discontinue', ('Outgoing Canadian Prime Minister Justin Trudeau', 'CAN', 'GOV'),
   ('U.S.', 'USA', 'GOV'), note='retaliatory tariffs on U.S. exports; "retaliated" same occurrence')
ev(8, 'charging 25% more', 'SANCTION', 'discontinue', ('Doug Ford', 'CAN', 'GOV'),
   ('residential and business customers in three northern U.S. states', 'USA', None), note='Ontario electricity surcharge in effect Monday')
ev(9, 'will not hesitate to increase', 'THREATEN', 'restrict', ('I', 'CAN', 'GOV'), (None, 'USA', None), note='I = Ford')
ev(10, 'escalates', 'SANCTION', 'discontinue', ('the United States', 'USA', 'GOV'), (None, 'CAN', 'GOV'), mod='hypothetical',
   note='condition of Ford\'s threat')
ev(10, 'will not hesitate to shut the electricity off', 'THREATEN', 'restrict', ('I', 'CAN', 'GOV'), ('the United States', 'USA', 'GOV'),
   note='threat to cut electricity exports completely')
ev(13, 'responsible', 'ACCUSE', 'disapprove', (None, 'CAN', 'GOV'), ('one person', 'USA', 'GOV'),
   note='Ford blaming Trump ("It\'s President Trump" next sentence); speaker not named in sentence')
ev(15, 'duty', 'SANCTION', 'discontinue', (None, 'CAN', 'GOV'), (None, 'USA', None), note='noun re-mention of the Ontario surcharge')
ev(16, 'egregious and insulting', 'ACCUSE', 'disapprove', ('Leavitt', 'USA', 'GOV'), ('Ford', 'CAN', 'GOV'))
ev(17, 'declaring a National Emergency', 'COERCE', 'martial-law', ('he', 'USA', 'GOV'), None, mod='future',
   note='national emergency on electricity (CAMEO 1724 state of emergency); domestic measure in response to Ontario; weak')
ev(18, 'abusive', 'ACCUSE', 'disapprove', (None, 'USA', 'GOV'), ('Canada', 'CAN', 'GOV'), note='continuation of Trump post')
ev(18, 'threat', 'THREATEN', 'restrict', ('Canada', 'CAN', 'GOV'), (None, 'USA', None),
   note='noun re-mention of the Ontario electricity threat')
ev(19, 'I will substantially increase', 'THREATEN', 'restrict', ('I', 'USA', 'GOV'), ('Canada', 'CAN', 'GOV'),
   note='conditional threat of higher car tariffs on April 2 unless Canada drops tariffs')
ev(21, 'renewed his designs', 'THREATEN', 'territory', ('Trump', 'USA', 'GOV'), ('Canada', 'CAN', 'GOV'),
   note='designs on making Canada the 51st state (territorial claim); alternative REQUEST or no event; following quotes (23-24) are hypothetical benefits, not coded')
ev(25, 'tariff-trade wars', 'SANCTION', 'discontinue', ('Trump', 'USA', 'GOV'), ('Canada and Mexico', 'CAN', 'GOV'),
   note='aggregate noun mention with predication; compound recipient CAN + MEX')
ev(25, 'hit', 'SANCTION', 'discontinue', ('he', 'USA', 'GOV'), ('Mexico', 'MEX', 'GOV'), note='25% levy on Mexican exports ("which" = Mexico)')
ev(25, 'delaying', 'RETREAT', None, ('he', 'USA', 'GOV'), ('Mexico', 'MEX', 'GOV'), note='delay of the Mexico levy (CAMEO 085 ease; alternative CONCEDE)')
S.save()
