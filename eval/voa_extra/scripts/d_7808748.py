from lib import Story
S = Story('voa-7808748')
ev = S.ev
EU = (None, 'IGO', 'GOV')
CN = (None, 'CHN', 'GOV')
ev(0, 'tariff increase', 'SANCTION', 'discontinue', ('The European Union', 'IGO', 'GOV'), CN, mod='hypothetical',
   note='proposed EU tariff increase on Chinese EVs, vote set for Friday (not yet imposed: hypothetical, as pending sanctions bills in precedent)')
ev(0, 'trade war', 'SANCTION', 'discontinue', ('Beijing', 'CHN', 'GOV'), EU, mod='hypothetical',
   note='feared trade war (Chinese retaliation); reciprocal, only Beijing named; Germany\'s fear itself not coded (concern)')
ev(1, 'the measure', 'SANCTION', 'discontinue', EU, CN, mod='hypothetical', note='the tariff measure "has enough votes to pass"')
ev(1, 'support', 'SUPPORT', None, ('France, Greece, Italy and Poland', 'FRA', 'GOV'), EU,
   note='member states backing the Commission tariff measure; compound actor FRA, GRC, ITA, POL; recipient the EU/Commission (implied)')
ev(3, 'continued negotiations', 'CONSULT', None, EU, ('China', 'CHN', 'GOV'), mod='hypothetical',
   note='analysts: negotiations will be needed; China\'s subsidies to its own EV industry not coded (domestic)')
ev(4, 'called Chinese subsidies "unbearable', 'ACCUSE', 'disapprove', ('French President Emmanuel Macron', 'FRA', 'GOV'), CN,
   note='Macron "in Berlin" not coded as a visit (location only)')
ev(5, 'talks with China must continue', 'REQUEST', 'meet', ('German Chancellor Olaf Scholz', 'DEU', 'GOV'), EU,
   note='Scholz insisting EU-China talks continue (addressed to the EU/Commission); Germany "might abstain" not coded')
ev(5, 'talks', 'CONSULT', None, EU, ('China', 'CHN', 'GOV'), mod='hypothetical', note='continuation of EU-China talks (content of the demand)')
ev(7, 'negotiations with China on electric vehicles must continue', 'REQUEST', 'meet', ('he', 'DEU', 'GOV'), EU,
   note='same demand restated in the quote (precedent: restated appeals coded again)')
ev(7, 'negotiations', 'CONSULT', None, EU, ('China', 'CHN', 'GOV'), mod='hypothetical', note='content of the demand')
ev(7, 'harming our economy', 'ACCUSE', 'disapprove', ('he', 'DEU', 'GOV'), (None, 'CHN', 'BUS'),
   note='complaint that cheap Chinese imports harm the German economy (weak); "we must finally tackle" not coded')
ev(9, 'are against tariffs', 'REJECT', None, ('German automakers', 'DEU', 'BUS'), EU,
   note='opposition to the proposed tariffs (reject proposal; alternative ACCUSE disapprove)')
ev(9, 'retaliation', 'SANCTION', 'discontinue', ('Beijing', 'CHN', 'GOV'), EU, mod='hypothetical',
   note='feared Chinese retaliation (EU / German targets)')
ev(10, 'A trade war', 'SANCTION', 'discontinue', ('China', 'CHN', 'GOV'), ('us', 'DEU', 'GOV'), mod='hypothetical',
   note='Lindner: a trade war with China would do more harm than good; us = Germany')
ev(11, 'tariffs', 'SANCTION', 'discontinue', EU, CN, mod='hypothetical', note='if the vote passes: tariffs up to 45%')
ev(12, 'hinted that it could retaliate', 'THREATEN', 'restrict', ('Beijing', 'CHN', 'GOV'), EU,
   note='veiled threat of tariffs on German and Italian vehicles and European farm products; recipient compound EU, DEU, ITA; threatened content not coded separately (precedent)')
ev(13, 'visited', 'CONSULT', 'visit', ('Chinese Commerce Minister Wang Wentao', 'CHN', 'GOV'), ('Europe', 'IGO', 'GOV'),
   note='Europe = the EU (precedent)')
ev(13, 'met with', 'CONSULT', None, ('Chinese Commerce Minister Wang Wentao', 'CHN', 'GOV'),
   ('officials and businesspeople in charge of foreign trade and commerce in the EU, Belgium, Germany, Italy and other auto-manufacturing countries', 'IGO', 'GOV'),
   note='meetings during the visit; compound recipient EU, BEL, DEU, ITA (and business)')
ev(13, 'lobby', 'REQUEST', 'yield', ('Chinese Commerce Minister Wang Wentao', 'CHN', 'GOV'), ('the EU', 'IGO', 'GOV'),
   note='lobbying the EU to abandon the tariffs (appeal to ease sanctions); the abandonment (content) not coded')
ev(14, 'the negotiations', 'CONSULT', None, ('the Chinese side', 'CHN', 'GOV'), ('the European side', 'IGO', 'GOV'),
   note='EU-China negotiations (reciprocal; first-named in the sentence as actor)')
ev(14, 'proposed', 'AGREE', None, ('the Chinese side', 'CHN', 'GOV'), ('the European side', 'IGO', 'GOV'),
   note='offer of a minimum import price (price undertaking)')
ev(14, 'refused', 'REJECT', None, ('the European side', 'IGO', 'GOV'), ('the Chinese side', 'CHN', 'GOV'), note='rejected the proposal')
ev(15, 'more consultation', 'CONSULT', None, ('the two sides', 'IGO', 'GOV'), CN, mod='future',
   note='vote postponed to allow more EU-China consultation (planned); the postponement itself not coded')
ev(16, 'make some compromises', 'CONCEDE', None, ('the EU', 'IGO', 'GOV'), CN, mod='hypothetical', note='analysts\' expectation')
ev(18, 'a visit to Beijing', 'CONSULT', 'visit', ('Spanish Prime Minister Pedro Sánchez', 'ESP', 'GOV'), ('Beijing', 'CHN', 'GOV'),
   note='early September visit')
ev(18, 'would urge', 'REQUEST', 'yield', ('he', 'ESP', 'GOV'), ('the European Commission', 'IGO', 'GOV'), mod='future',
   note='announced intention to urge the Commission to reconsider the EV tariffs')
ev(23, "didn't vote for", 'SUPPORT', None, ('Italy', 'ITA', 'GOV'), ('Ursula von der Leyen', 'IGO', 'GOV'), neg=True,
   note='Sisci quote: Italy\'s governing party did not back von der Leyen (negated SUPPORT)')
ev(23, 'dragging its feet', 'REJECT', None, ('it', 'ITA', 'GOV'), EU,
   note='Sisci: Italy slow-walking EU policies (defiance, weak)')
ev(35, 'a probe', 'ACCUSE', 'investigate', EU, ('China', 'CHN', 'GOV'), note='EU anti-subsidy investigation into Chinese EVs')
ev(35, 'tariff hikes', 'SANCTION', 'discontinue', ('the U.S.', 'USA', 'GOV'), CN, note='100% U.S. tariffs on Chinese EVs (compound split by country)')
ev(35, 'tariff hikes', 'SANCTION', 'discontinue', ('Canada', 'CAN', 'GOV'), CN, note='100% Canadian tariffs on Chinese EVs (compound split by country)')
S.save()
