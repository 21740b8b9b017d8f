from lib import Story
S = Story('voa-6181316')
ev = S.ev
P = ('Central Java Governor Ganjar Pranowo', 'IDN', 'GOV')
ev(7, 'meeting', 'CONSULT', None, P, ('representatives from Dog Meat Free Indonesia', 'IDN', 'NGO'),
   note='meeting earlier this month with the Dog Meat Free Indonesia coalition (Indonesian animal-welfare NGO coalition)')
ev(7, 'told', 'REQUEST', 'change', P, ('city council members and administrators', 'IDN', 'LEG'),
   note='order to draft regulations banning dog meat in Solo; compound recipient (council = LEG, administrators = GOV); content (the ban) not coded separately (precedent)')
ev(8, 'stopping', 'COERCE', 'restrict', ('he', 'IDN', 'GOV'), ('people', 'IDN', 'CVL'), mod='hypothetical',
   note='"by stopping people from consuming dog meat, he hopes to contain rabies": the hoped-for ban (hope = hypothetical, precedent); "Indonesia does not recognize dog meat as edible" not coded')
ev(13, 'ask', 'REQUEST', 'change', ('We', 'IDN', 'GOV'), (None, 'IDN', 'GOV'), neg=True,
   note='Pranowo: "We didn\'t ask for a bylaw" (negated request to the Solo city government)')
ev(14, 'ban', 'COERCE', 'restrict', (None, 'IDN', 'GOV'), (None, 'IDN', 'BUS'), mod='hypothetical',
   note='"It will be great if there is a ban" (conditional/wished-for ban by the Solo authorities)')
ev(19, 'wants the dog meat trade abolished', 'REQUEST', 'change', ('Dog Meat Free Indonesia', 'IDN', 'NGO'), (None, 'IDN', 'GOV'),
   note='advocacy group that wants the trade abolished = standing demand on the authorities (weak; alternative no event); slaughter figures not coded')
ev(22, 'urged', 'REQUEST', 'change', ('Pranowo', 'IDN', 'GOV'), ('owners of food stalls and restaurants', 'IDN', 'BUS'),
   note='urged dog-meat sellers to substitute other meats')
ev(27, 'prohibiting', 'COERCE', 'restrict', (None, 'IDN', 'GOV'), (None, 'IDN', 'BUS'), mod='hypothetical',
   note='mayor\'s rhetorical question about the proposed ban ("will it end? No")')
ev(31, 'banned', 'COERCE', 'restrict', ('Bali', 'IDN', 'GOV'), (None, 'IDN', 'BUS'),
   note='Bali (provincial government) banned the dog meat trade in 2017 (historical); "authorities ... found many food stalls serving dog meat" not coded (no act against a party; alternative ACCUSE/investigate)')
ev(32, 'proposed ban', 'COERCE', 'restrict', (None, 'IDN', 'GOV'), (None, 'IDN', 'BUS'), mod='hypothetical',
   note='noun mention of the proposed ban; the mayor "cautioned" it should not burden the city budget: not coded (condition/opinion, no target; alternative REQUEST)')
ev(34, 'talk', 'REQUEST', 'change', ('We', 'IDN', 'GOV'), ('them', 'IDN', 'BUS'), mod='future',
   note='"We will talk them into ... replacing dog meat": planned persuasion of dog-meat sellers by the Solo city government (mayor Rudyatmo); alternative CONSULT. "We will do it slowly" (s.33) not coded (vague)')
S.save()
