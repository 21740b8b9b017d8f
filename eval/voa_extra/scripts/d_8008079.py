from lib import Story
S = Story('voa-8008079', nosplit=(3294, 4351))
ev = S.ev
IN = (None, 'IND', 'GOV')
MU = (None, 'MUS', 'GOV')
ev(0, 'upgraded their ties', 'SUPPORT', None, ('India', 'IND', 'GOV'), ('Mauritius', 'MUS', 'GOV'),
   note='formal upgrade of relations to "enhanced strategic partnership" (CAMEO 057-like formal agreement; alternative AGREE/COOPERATE); reciprocal, first named = actor. Analysts\' "seeks to counter China" not coded')
ev(1, 'upgraded ties', 'SUPPORT', None, IN, MU, note='noun re-mention (announcement of the upgrade)')
ev(1, 'visit', 'CONSULT', 'visit', ('Indian Prime Minister Narendra Modi', 'IND', 'GOV'), ('Mauritius', 'MUS', 'GOV'), note='two-day visit')
ev(2, 'was chief guest', 'CONSULT', 'visit', ('Modi', 'IND', 'GOV'), ('Mauritius', 'MUS', 'GOV'),
   note='hosted as chief guest at the National Day celebrations (part of the visit; weak, could be merged with the visit)')
ev(2, 'elevated ties', 'SUPPORT', None, ('the countries', 'IND', 'GOV'), MU, note='same upgrade, restated by Modi')
ev(3, 'talks', 'CONSULT', None, IN, ('Mauritius Prime Minister Navinchandra Ramgoolam', 'MUS', 'GOV'), note='Modi (not named in the sentence) - Ramgoolam talks')
ev(3, 'reaffirmed their commitment', 'AGREE', None, ('both leaders', 'IND', 'GOV'), MU,
   note='joint commitment to a free and open Indian Ocean (intent to cooperate); reciprocal')
ev(4, 'conferred', 'SUPPORT', None, ('Mauritius', 'MUS', 'GOV'), ('Modi', 'IND', 'GOV'), note='highest civilian honor (praise/recognition)')
ev(4, 'signed eight pacts', 'SUPPORT', None, ('the prime ministers', 'IND', 'GOV'), MU,
   note='signing agreements = SUPPORT; purpose "to boost cooperation" not coded separately; reciprocal (IND, MUS)')
ev(5, 'would invest', 'AGREE', None, ('New Delhi', 'IND', 'GOV'), MU,
   note='announced pledge of $11m for community development projects (pledge not yet given = AGREE per guide; alternative AID future)')
ev(5, 'will cooperate in building', 'AGREE', None, ('India', 'IND', 'GOV'), ('Mauritius', 'MUS', 'GOV'),
   note='promise to help build a new parliament, "a gift" (pledged aid = AGREE; alternative AID/COOPERATE future)')
ev(6, 'China trade with Mauritius', 'COOPERATE', None, ('China', 'CHN', 'GOV'), ('Mauritius', 'MUS', 'GOV'),
   note='subheading (part of the sentence): rising China-Mauritius trade (economic cooperation). "long enjoyed good relations" (state) not coded')
ev(6, 'visit', 'CONSULT', 'visit', ('Modi', 'IND', 'GOV'), MU, note='noun re-mention of the visit; "needs to step up its engagement" (opinion) not coded')
ev(8, 'help them build capacities', 'AID', None, ('India', 'IND', 'GOV'), ('Mauritius', 'MUS', 'GOV'), mod='hypothetical',
   note='Pant: it is necessary for India to help Mauritius build capacities (advocated, not done)')
ev(9, 'signed a free trade agreement', 'SUPPORT', None, ('China', 'CHN', 'GOV'), ('Mauritius', 'MUS', 'GOV'), note='2019 FTA (signing an agreement)')
ev(11, 'Bilateral trade', 'COOPERATE', None, ('the two countries', 'CHN', 'GOV'), MU, note='China-Mauritius trade at $1.1bn (economic cooperation carried out); the "strategic partnership" of s.10 (state) not coded')
ev(12, 'stepped up efforts to build ties', 'AGREE', None, ('India', 'IND', 'GOV'), ('Indian Ocean countries', None, 'GOV'),
   note='efforts to improve ties = intent to cooperate (precedent voa-6203091); compound actor split by country')
ev(12, 'stepped up efforts to build ties', 'AGREE', None, ('China', 'CHN', 'GOV'), ('Indian Ocean countries', None, 'GOV'),
   note='compound actor split by country')
ev(13, 'naval cooperation', 'COOPERATE', None, ('India', 'IND', 'MIL'), ('Mauritius', 'MUS', 'GOV'),
   note='ongoing India-Mauritius naval cooperation (Mauritius has no navy: GOV)')
ev(13, 'participated in the National Day parade', 'COOPERATE', None, ('an Indian navy contingent', 'IND', 'MIL'), MU,
   note='Indian navy contingent in the Mauritian National Day parade (military cooperation, weak; alternative SUPPORT)')
ev(13, 'paid a visit', 'CONSULT', 'visit', ('an Indian warship', 'IND', 'MIL'), ('Port Louis', 'MUS', 'GOV'), note='warship port call (goodwill visit)')
ev(14, 'helped Mauritius build', 'AID', None, ('India', 'IND', 'GOV'), ('Mauritius', 'MUS', 'GOV'), note='airstrip and jetty in Agalega built with Indian help (last year)')
ev(15, 'has said that the facilities are not for military use', 'REJECT', None, ('Mauritius', 'MUS', 'GOV'), (None, None, None),
   note='denial that the Agalega facilities are military (precedent: Iran denying military aims = REJECT, accusers unspecified); weak. "give India a foothold to monitor" not coded')
ev(16, 'construction', 'AID', None, ('India', 'IND', 'GOV'), MU, note='noun re-mention of the Agalega construction (Raja Mohan quote)')
ev(17, 'would support', 'SUPPORT', None, ('New Delhi', 'IND', 'GOV'), ('Mauritius', 'MUS', 'GOV'),
   note='India backs the UK-Mauritius Chagos deal; the subheading "India backs Chagos handover" is the same occurrence; reported "would support" treated as expressed support (asserted); recipient compound MUS, GBR')
ev(17, 'hand over control', 'CONCEDE', None, ('Britain', 'GBR', 'GOV'), (('Mauritius', 1), 'MUS', 'GOV'), mod='future',
   note='planned deal (being finalized) for Britain to hand the Chagos Islands to Mauritius; the deal is not final, so future')
ev(19, 'will cede sovereignty', 'CONCEDE', None, ('Britain', 'GBR', 'GOV'), (None, 'MUS', 'GOV'),
   note='reported British commitment to cede sovereignty over the Chagos (promised territorial concession = CONCEDE; commitment asserted as in the Biden withdrawal precedent). The joint U.K.-U.S. base (s.18, background state) not coded')
ev(19, 'lease back', 'COOPERATE', None, ('Britain', 'GBR', 'GOV'), ('Mauritius', 'MUS', 'GOV'), mod='future',
   note='planned lease of Diego Garcia from Mauritius')
ev(20, 'We support Mauritius', 'SUPPORT', None, ('We', 'IND', 'GOV'), ('Mauritius', 'MUS', 'GOV'),
   note='Misri quote; the generic "support for sovereignty and territorial integrity of other countries" not coded')
ev(20, 'visit', 'CONSULT', 'visit', ('Modi', 'IND', 'GOV'), ('the Maldives', 'MDV', 'GOV'), mod='future', note='announced upcoming visit')
ev(21, 'backs', 'SUPPORT', None, ('India', 'IND', 'GOV'), (None, 'USA', 'MIL'),
   note='analysts: India backs the continuation of the Diego Garcia base (joint U.K.-U.S.; compound recipient USA, GBR)')
ev(22, 'go along with', 'SUPPORT', None, ('U.S. President Donald Trump', 'USA', 'GOV'), ('Mauritius and Britain', 'MUS', 'GOV'),
   note='"inclined" to go along with the deal = tentative endorsement; compound recipient MUS, GBR. Pant\'s s.23 opinion not coded')
S.save()
