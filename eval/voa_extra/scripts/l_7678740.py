from lib import Story
S = Story('voa-7678740', nosplit=(1898, 2145))
ev = S.ev
IMF = (None, 'IGO', 'GOV')
ev(0, 'discussions', 'CONSULT', None, ('Pakistan', 'PAK', 'GOV'), ('the International Monetary Fund', 'IGO', 'GOV'),
   note='ongoing loan talks with the IMF (IMF = IGO GOV, like UN bodies)')
ev(0, 'secure a new multibillion-dollar loan program', 'AID', None, ('the International Monetary Fund', 'IGO', 'GOV'), ('Pakistan', 'PAK', 'GOV'),
   mod='hypothetical', note='loan sought, not yet granted (loans = AID, precedent)')
ev(1, 'negotiating', 'CONSULT', None, ('Islamabad', 'PAK', 'GOV'), IMF,
   note='reported by the finance minister at a news conference (the news conference itself not coded)')
ev(2, 'pursuing the loan facility', 'REQUEST', 'assist', ('the government', 'PAK', 'GOV'), IMF,
   note='seeking the IMF loan = request for aid; stated aims (stability, reserves, FDI) not coded')
ev(6, 'take it through the finishing line', 'AGREE', None, ('we', 'PAK', 'GOV'), IMF, mod='hypothetical',
   note='hoped-for conclusion of the Extended Fund Program deal (weak)')
ev(6, 'ongoing talks', 'CONSULT', None, ('the minister', 'PAK', 'GOV'), ('the U.S.-based global lender', 'IGO', 'GOV'),
   note='noun mention with predication ("ongoing")')
ev(7, 'unlock investments', 'COOPERATE', None, ('Saudi Arabia and the United Arab Emirates', 'SAU', 'GOV'), ('Pakistan', 'PAK', 'GOV'),
   mod='hypothetical', note='investments that the IMF loan "would help unlock" (investment = COOPERATE, precedent); compound SAU + ARE + other IFIs/friendly countries')
ev(11, 'rejected', 'REJECT', None, ('Opposition parties', 'PAK', 'OPP'), (None, 'PAK', 'GOV'),
   note='rejection of the government budget (the budget passing in s.9 = domestic legislation, not coded)')
ev(11, 'highly inflationary', 'ACCUSE', 'disapprove', ('Opposition parties', 'PAK', 'OPP'), (None, 'PAK', 'GOV'),
   note='criticism accompanying the rejection (precedent: rejection + "calling it exclusionary" = REJECT + ACCUSE)')
ev(13, 'calling for a probe', 'REQUEST', None, ('the U.S. Congress', 'USA', 'LEG'), (None, 'PAK', 'GOV'),
   note='U.S. House resolution calling for an investigation of election-fraud allegations; subheading "US support crucial" merged; "dismissed concerns" not coded (precedent "rebuffed fears"); content (probe) not coded separately')
ev(13, 'ongoing talks', 'CONSULT', None, (None, 'PAK', 'GOV'), ('the IMF', 'IGO', 'GOV'),
   note='noun mention with predication ("ongoing")')
ev(14, 'support', 'SUPPORT', None, ('Washington', 'USA', 'GOV'), ('Islamabad', 'PAK', 'GOV'), mod='hypothetical',
   note='U.S. support described as crucial (needed, not asserted as given); weak. "to negotiate the bailout package" not coded again')
ev(15, 'urging', 'REQUEST', None, ('the U.S. House of Representatives', 'USA', 'LEG'), (None, 'PAK', 'GOV'),
   note='368-7 vote urging an independent investigation of the Feb. 8 election; "claims of interference" (content) not coded')
ev(16, 'rejected', 'REJECT', None, ('Prime Minister Shehbaz Sharif’s administration', 'PAK', 'GOV'), (None, 'USA', 'LEG'),
   note='rejection of the House resolution')
ev(16, 'stems from an incomplete understanding', 'ACCUSE', 'disapprove', ('Prime Minister Shehbaz Sharif’s administration', 'PAK', 'GOV'), (None, 'USA', 'LEG'),
   note='criticism of the resolution (weak, same pattern as s.11)')
ev(17, 'decrying', 'ACCUSE', 'disapprove', ('ruling coalition lawmakers', 'PAK', 'LEG'), (None, 'USA', 'LEG'),
   note='counter-resolution calling the congressional move "interference"; passing the counter-resolution not coded separately as REJECT (alternative)')
ev(18, 'alleged', 'ACCUSE', 'allege', ('The opposition party of jailed former Prime Minister Imran Khan', 'PAK', 'OPP'), ('the powerful military', 'PAK', 'MIL'),
   note='compound actor with independent observers (country unknown); rigging has no PLOVER type; "jailed" attributive, not coded')
ev(18, 'mobile phone and internet shutdowns', 'COERCE', 'censor', ('the powerful military', 'PAK', 'MIL'), (None, 'PAK', 'CVL'), mod='hypothetical',
   note='content of the accusation (alleged part of the rigging)')
ev(18, 'denied', 'REJECT', None, ('Pakistan’s election commission', 'PAK', 'GOV'), ('The opposition party of jailed former Prime Minister Imran Khan', 'PAK', 'OPP'),
   note='denial of the charges = REJECT (precedent)')
ev(20, 'received 23 bailout packages', 'AID', None, ('the IMF', 'IGO', 'GOV'), ('Pakistan', 'PAK', 'GOV'),
   note='historical aggregate since 1947')
ev(21, 'blame', 'ACCUSE', None, ('Critics', None, None), ('elected governments', 'PAK', 'GOV'),
   note='compound target: military-led rule (PAK MIL) and corruption by elected governments; the military rule itself (presupposed history) not coded')
S.save()
