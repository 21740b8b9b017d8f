from lib import Story
S = Story('voa-8010588')
ev = S.ev
BW = (None, 'BWA', 'GOV')
ev(1, 'opposition', 'REJECT', None, ('some European countries', None, 'GOV'), BW,
   note='"growing opposition from some European countries" to Botswana\'s trophy hunting (opposition = REJECT, precedent); several unnamed countries, country null')
ev(1, 'want a ban', 'SANCTION', 'discontinue', ('some European countries', None, 'GOV'), BW, mod='hypothetical',
   note='wanted ban on importing African wildlife trophies (trade restriction hitting Botswana; weak, alternative COERCE/restrict)')
ev(8, 'opposition', 'REJECT', None, ('Western', None, 'GOV'), BW,
   note='"the hunts face increasing Western opposition" (re-mention with predication); Western countries and animal-rights groups, country null')
ev(9, 'banned importation', 'SANCTION', 'discontinue', ('Canada and Belgium', 'CAN', 'GOV'), BW,
   note='trophy import bans in force; compound actor CAN + BEL; recipient = Botswana (exporting country, from context); weak, alternative COERCE/restrict')
ev(10, 'opposition', 'REJECT', None, ('animal rights organizations', None, 'NGO'), ('The country', 'BWA', 'GOV'),
   note='opposition to Botswana\'s hunting policy (in minister\'s quote)')
ev(11, 'working with', 'COOPERATE', None, ('The ministry', 'BWA', 'GOV'), ('the hunting industry', 'BWA', 'BUS'),
   note='ministry working with the hunting industry and community trusts (domestic; weak); compound recipient BUS + CVL')
ev(11, 'engagements', 'CONSULT', 'visit', ('The ministry', 'BWA', 'GOV'), ('the U.K. and Germany', 'GBR', None),
   note='engagements (lobbying meetings) carried out in the U.K. and Germany; compound recipient GBR + DEU, counterparts unspecified; "stepped up efforts to counter this growing opposition" not coded separately (means = these engagements; alternative REJECT)')
ev(12, 'imposes restrictions', 'SANCTION', 'discontinue', ('the U.K.', 'GBR', 'GOV'), BW, mod='hypothetical',
   note='"if the U.K. imposes restrictions" on trophy imports (conditional)')
ev(13, 'campaign against', 'REJECT', None, ('He', 'BWA', 'NGO'), ('Europe', None, 'GOV'),
   note='Simasiku (Ngamiland Council of NGOs) campaigning in Europe against trophy import bans (opposition = REJECT; alternative REQUEST/yield as lobbying); the bans noun (object) not coded again')
ev(14, 'ban', 'SANCTION', 'discontinue', ('U.K.', 'GBR', 'GOV'), BW, mod='hypothetical',
   note='"The U.K. ban is going to be bad": the pending U.K. ban (conditional in s.12), hypothetical (alternative future)')
ev(14, 'follow suit', 'SANCTION', 'discontinue', ('other countries', None, 'GOV'), BW, mod='hypothetical',
   note='other countries might follow suit (ban trophy imports); "due to the trophy bans" anchor not coded again')
ev(15, 'want the hunts to be stopped', 'REQUEST', None, ('Oaitse Nawa', 'BWA', 'NGO'), BW,
   note='Elephant Protection Society; demand that hunting be stopped (soft appeal, weak); content not coded separately')
ev(16, 'argues', 'ACCUSE', 'disapprove', ('He', 'BWA', 'NGO'), BW,
   note='criticism that hunting revenue does not benefit Botswanans (weak; one ACCUSE per critical sentence, the elaborating quote in s.17 not coded again)')
ev(19, 'there should be proper research', 'REQUEST', None, ('we', 'BWA', 'NGO'), BW,
   note='Nawa calling for research on hunting effects (weak)')
S.save()
