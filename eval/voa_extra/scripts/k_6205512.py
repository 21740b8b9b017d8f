from lib import Story
S = Story('voa-6205512')
ev = S.ev
CM = (None, 'CMR', 'GOV')
EU = (None, 'IGO', 'GOV')
ev(0, 'calling on', 'REQUEST', 'yield', ("Cameroon's poultry farmers and sellers", 'CMR', 'AGR'), ('authorities at home and in Europe', 'CMR', 'GOV'),
   note='appeal to ease trade restrictions (CAMEO 105 appeal to yield); compound recipient CMR + European authorities (IGO GOV, precedent "Europe")')
ev(0, 'trade restrictions put in place', 'SANCTION', 'discontinue', ('authorities at home and in Europe', 'CMR', 'GOV'), EU,
   note='restrictions on the Cameroon-Europe poultry trade (COVID-19 and avian flu); mutual: Cameroon as actor, Europe as recipient; trade restrictions = SANCTION (alternative COERCE/restrict)')
ev(1, 'held a one-hour sit-in', 'PROTEST', 'demo', ("Scores of chicken sellers in Cameroon's capital", 'CMR', 'BUS'), CM,
   note='sit-in at the Mvog-Ada market against the restrictions')
ev(1, 'the continued restrictions', 'SANCTION', 'discontinue', CM, EU,
   note='noun re-mention with its own predicate ("have pushed ... out of business"); object of the protest')
ev(4, 'blamed', 'ACCUSE', 'disapprove', ('her supplier', 'CMR', 'BUS'), ('Cameroon and Europe', 'CMR', 'GOV'),
   note='blaming the travel restrictions (compound recipient CMR + Europe IGO)')
ev(4, 'travel restrictions', 'COERCE', 'restrict', ('Cameroon', 'CMR', 'GOV'), ('Europe', 'IGO', 'GOV'),
   note='COVID-19 travel restrictions by Cameroon and Europe (mutual; first-named as actor); travel restrictions = COERCE/restrict, trade restrictions = SANCTION')
ev(5, 'reduced commercial flights', 'COERCE', 'restrict', ('European countries', 'IGO', 'GOV'), (('Cameroon', 1), 'CMR', 'GOV'),
   note='same COVID travel restrictions described as flight cuts (mutual; "European countries" coded like "Europe" IGO GOV); weak, alternative SANCTION/discontinue')
ev(8, 'banned the import', 'SANCTION', 'discontinue', ('Cameroon', 'CMR', 'GOV'), ('Europe', 'IGO', 'GOV'),
   note='import ban on chicks and hatching eggs (embargo, CAMEO 163); precautionary, not politically motivated')
ev(10, 'pleading with', 'REQUEST', 'yield', ("Cameroon's chicken sellers", 'CMR', 'BUS'), ('authorities on both sides', 'CMR', 'GOV'),
   note='appeal to drop the trade restrictions (compound recipient CMR + Europe); content not coded separately')
ev(10, 'the trade restrictions', 'SANCTION', 'discontinue', CM, EU,
   note='noun re-mention with its own predicate ("are creating a scarcity"), object of the appeal (precedent voa-8008998)')
ev(15, 'negotiating', 'CONSULT', None, ('they', 'CMR', 'GOV'), ('Brazil', 'BRA', 'GOV'),
   note='Livestock Ministry negotiating imports from Brazil; Brazilian counterpart not specified (coded BRA GOV)')
ev(15, 'import eggs and chicks from Brazil', 'COOPERATE', None, ('they', 'CMR', 'GOV'), ('Brazil', 'BRA', 'GOV'), mod='hypothetical',
   note='aim of the negotiation (trade = economic cooperation)')
ev(16, 'The importation of chicks and eggs from Brazil', 'COOPERATE', None, CM, ('Brazil', 'BRA', 'GOV'), mod='hypothetical',
   note='planned imports "can be justified" (weak)')
ev(17, 'find another partner from Brazil to supply the local market', 'COOPERATE', None, ('the ministry', 'CMR', 'GOV'), ('Brazil', 'BRA', 'GOV'), mod='future',
   note='decision of the ministry (planned)')
ev(18, 'can provide', 'COOPERATE', None, ('Brazil', 'BRA', 'GOV'), ('Cameroon', 'CMR', 'GOV'), mod='hypothetical',
   note='Brazil able to supply (trade, not aid)')
S.save()
