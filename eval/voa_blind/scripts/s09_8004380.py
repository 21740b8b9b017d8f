from lib import Story
S = Story('voa-8004380', nosplit=(4,))
ev = S.ev
T = ('Trump', 'USA', 'GOV')
ev(0, 'keeping new tariffs in place', 'SANCTION', 'discontinue', ('U.S. President Donald Trump', 'USA', 'GOV'),
   ('Mexico, Canada and China', 'MEX', 'GOV'), note='compound recipient MEX, CAN, CHN; stated aim (pressure to block fentanyl) not coded (precedent)')
ev(1, 'will come off', 'RETREAT', None, (None, 'USA', 'GOV'), (None, None, 'GOV'), mod='hypothetical',
   note='Lutnick: tariffs come off if fentanyl ends (conditional easing); the conditional continuation in the next sentence not coded')
ev(5, 'tariff decisions', 'SANCTION', 'discontinue', T, ('Canada and Mexico', 'CAN', 'GOV'),
   note='string of tariff decisions that "roiled relations with Canada and Mexico"; compound CAN + MEX')
ev(6, 'imposed', 'SANCTION', 'discontinue', T, (None, 'CAN', 'GOV'), note='25% tariffs on Canadian and Mexican exports (compound CAN + MEX)')
ev(6, 'exempted', 'RETREAT', None, T, (None, 'CAN', 'GOV'), note='exemption for vehicles (easing economic sanctions, CAMEO 085)')
ev(6, 'delayed', 'RETREAT', None, T, (None, 'CAN', 'GOV'), note='delay of tariffs on almost all items until April 2 (CAMEO 085; alternative CONCEDE)')
ev(7, 'tariffs', 'SANCTION', 'discontinue', (None, 'USA', 'GOV'), (None, None, 'GOV'), mod='future',
   note='steel/aluminum tariffs will take effect Wednesday, announced by Lutnick; all exporters (Canada, Mexico named next sentence)')
ev(24, 'tariffs targeting Canada and Mexico', 'SANCTION', 'discontinue', ('Trump', 'USA', 'GOV'), ('Canada and Mexico', 'CAN', 'GOV'),
   note='noun re-mention with predication (aimed at cutting fentanyl deaths)')
ev(24, 'doubling', 'SANCTION', 'discontinue', (None, 'USA', 'GOV'), (None, 'CHN', 'GOV'), note='doubling the duty on Chinese exports to 20%')
ev(26, 'round up', 'COERCE', 'arrest', ('we', 'USA', 'GOV'), ('the cartels', 'MEX', 'CRM'), mod='hypothetical',
   note='"We hope we\'ll round up the cartels" (Hassett); "We launched a drug war, not a trade war" (previous sentence) not coded')
ev(26, 'pause', 'RETREAT', None, (None, 'USA', 'GOV'), ('Mexico and Canada', 'MEX', 'GOV'), note='noun mention of the tariff pause')
ev(28, 'Get the drug cartels out', 'REQUEST', 'change', (None, 'USA', 'GOV'), ('Canada and Mexico', 'CAN', 'GOV'),
   note='Hassett demand addressed to Canada and Mexico (compound)')
ev(29, 'phone conversations', 'CONSULT', 'phone', ('Mexican President Claudia Sheinbaum', 'MEX', 'GOV'), ('Trump', 'USA', 'GOV'))
ev(29, 'phone conversations', 'CONSULT', 'phone', ('outgoing Canadian Prime Minister Justin Trudeau', 'CAN', 'GOV'), ('Trump', 'USA', 'GOV'),
   note='separate call (plural "phone conversations")')
ev(30, 'sent 10,000 troops', 'MOBILIZE', 'troops', ('Sheinbaum', 'MEX', 'GOV'), None, note='deployment to the U.S. border')
ev(30, 'ramped up border enforcement', 'MOBILIZE', 'police', ('Trudeau', 'CAN', 'GOV'), None)
ev(31, 'drop the tariff increases', 'RETREAT', None, ('Trump', 'USA', 'GOV'), (None, 'MEX', 'GOV'), mod='hypothetical',
   note='whether Trump will drop the tariffs next month (compound MEX + CAN)')
S.save()
