from lib import Story
S = Story('voa-6180015', nosplit=(877, 1615))
ev = S.ev
ev(0, 'testing', 'MOBILIZE', 'weapons', ('Ankara', 'TUR', 'MIL'), None,
   note='test of the Russian S-400 system (reported by Turkish media)')
ev(0, 'threats', 'THREATEN', 'restrict', ('Washington', 'USA', 'GOV'), (None, 'TUR', 'GOV'), note='noun mention of U.S. sanction threats')
ev(1, 'exercise', 'MOBILIZE', 'weapons', ('Turkish F-16 jets', 'TUR', 'MIL'), None,
   note='two-day exercise to test the S-400 radar; same test as sentence 1')
ev(2, 'purchase', 'COOPERATE', None, ('Ankara', 'TUR', 'GOV'), (None, 'RUS', 'GOV'),
   note='arms purchase from Russia (military cooperation), noun with predication')
ev(2, 'claims the system poses a threat', 'ACCUSE', 'disapprove', ('Washington', 'USA', 'GOV'), (None, 'TUR', 'GOV'),
   note='weak: U.S. objection to the purchase')
ev(4, 'need to either destroy or return', 'REQUEST', 'change', ('a senior State Department official', 'USA', 'GOV'), ('They', 'TUR', 'GOV'),
   note='demand that Turkey get rid of the S-400; "room for Turkey to come back to the table" (previous sentence) not coded')
ev(5, 'sanctions could follow', 'THREATEN', 'restrict', ('The official', 'USA', 'GOV'), ('Ankara', 'TUR', 'GOV'),
   note='conditional sanctions threat if Ankara activates the system (activation not coded as a hypothetical event)')
ev(6, 'purchase', 'COOPERATE', None, ('Ankara', 'TUR', 'GOV'), (None, 'RUS', 'GOV'), note='noun re-mention')
ev(6, 'violated', 'REJECT', 'yield', ('Ankara', 'TUR', 'GOV'), ('U.S. Congress', 'USA', 'LEG'),
   note='defying a U.S. law (CAMEO 128); weak')
ev(7, 'delivery', 'COOPERATE', None, (None, 'RUS', 'GOV'), (None, 'TUR', 'GOV'), note='September delivery of the S-400s')
ev(7, 'step back', 'CONCEDE', None, ('Washington', 'USA', 'GOV'), (None, 'TUR', 'GOV'), note='U.S. softening its sanctions stance')
ev(7, 'sanctions would only be imposed if', 'THREATEN', 'restrict', ('Washington', 'USA', 'GOV'), ('Ankara', 'TUR', 'GOV'),
   note='conditional threat')
ev(8, 'reiterated Ankara\'s stance', 'REJECT', None, ('Turkish Defense Minister Hulusi Akar', 'TUR', 'GOV'), (None, 'USA', 'GOV'),
   note='rejecting the U.S. claim that the S-400 is a threat (denial = REJECT)')
ev(12, 'frustration', 'ACCUSE', 'disapprove', ('Ankara', 'TUR', 'GOV'), ('Washington', 'USA', 'GOV'))
ev(12, 'failure to sell', 'COOPERATE', None, ('President Barack Obama', 'USA', 'GOV'), ('Turkey', 'TUR', 'GOV'), neg=True,
   note='failure to sell Patriot missiles (negated arms sale); alternative REJECT')
ev(14, 'why doesn\'t the U.S.', 'ACCUSE', 'disapprove', ('Professor Mesut Casin', 'TUR', 'GOV'), ('the U.S.', 'USA', 'GOV'),
   note='rhetorical complaint by Turkish presidential adviser')
ev(15, 'buy', 'COOPERATE', None, ('we', 'TUR', 'GOV'), (None, 'RUS', 'GOV'), note='re-mention of the S-400 purchase (Casin quote)')
ev(15, 'you are the bad guy', 'ACCUSE', 'disapprove', ('you', 'USA', 'GOV'), ('we', 'TUR', 'GOV'),
   note='U.S. accusations against Turkey as paraphrased by Casin')
ev(16, 'testing', 'MOBILIZE', 'weapons', (None, 'TUR', 'MIL'), None,
   note='subheading "Congress called \'anti-Turkish\'" is part of this sentence; re-mention of the S-400 test')
ev(17, 'calls', 'REQUEST', None, ('Congress', 'USA', 'LEG'), ('Turkey', 'TUR', 'GOV'),
   note='existing calls in Congress for CAATSA sanctions (asserted noun); weak')
ev(18, 'sanctions', 'SANCTION', 'discontinue', (None, 'USA', 'LEG'), ('Turkey', 'TUR', 'GOV'), mod='hypothetical',
   note='pending sanctions bills awaiting ratification')
ev(19, 'anti-Turkish', 'ACCUSE', 'disapprove', (None, 'TUR', 'GOV'), ('Congress', 'USA', 'LEG'),
   note='former Turkish ambassador Rende (named in next sentence); the repeat in s.22 not coded')
ev(23, 'sanctions', 'SANCTION', 'discontinue', (None, 'USA', 'GOV'), (None, 'TUR', 'GOV'), note='previous (2018) U.S. sanctions')
ev(26, 'hosted', 'CONSULT', 'visit', ('Trump', 'USA', 'GOV'), ('Erdogan', 'TUR', 'GOV'), note='White House visit ("wonderful meeting")')
ev(29, 'test', 'MOBILIZE', 'weapons', ('Ankara', 'TUR', 'MIL'), None, note='re-mention of the S-400 test')
ev(29, 'freeze', 'SANCTION', 'discontinue', ('Washington', 'USA', 'GOV'), (None, 'TUR', 'GOV'),
   note='existing freeze on F-35 sale; its ending is "unlikely" (not coded)')
ev(30, 'blocked', 'SANCTION', 'discontinue', ('Trump', 'USA', 'GOV'), (None, 'TUR', 'GOV'), note='blocked the F-35 sale to Turkey')
ev(32, 'is warning', 'THREATEN', None, ('Ankara', 'TUR', 'GOV'), (None, 'USA', 'GOV'), note='threat to buy Russian SU-35s instead')
ev(33, 'will have to look for alternatives', 'THREATEN', None, ('Akar', 'TUR', 'GOV'), (None, 'USA', 'GOV'))
ev(34, 'courting', 'SUPPORT', None, ('Russian President Vladimir Putin', 'RUS', 'GOV'), ('Erdogan', 'TUR', 'GOV'),
   note='subheading "Role of Russia" part of sentence; courting = diplomatic cooperation (alternative AGREE)')
ev(35, 'closely cooperating', 'COOPERATE', None, ('The two presidents', 'RUS', 'GOV'), (None, 'TUR', 'GOV'),
   note='compound actor Putin + Erdogan; "backing rival sides in the Syrian civil war" (background) not coded')
ev(36, 'deepening', 'COOPERATE', None, (None, 'RUS', 'GOV'), (None, 'TUR', 'GOV'), note='bilateral energy trade')
ev(39, 'is warning', 'THREATEN', None, ('Ankara', 'TUR', 'GOV'), ('Washington', 'USA', 'GOV'))
ev(40, 'Turkey will buy Russian aircraft', 'THREATEN', None, ('Casin', 'TUR', 'GOV'), (None, 'USA', 'GOV'))
ev(40, 'freeze', 'SANCTION', 'discontinue', (None, 'USA', 'GOV'), (None, 'TUR', 'GOV'), note='noun re-mention of the F-35 freeze')
ev(41, 'will not buy', 'THREATEN', None, ('Turkey', 'TUR', 'GOV'), (None, 'USA', 'GOV'), note='continuation of Casin threat')
ev(42, 'end of the Turkish-U.S. relationship', 'THREATEN', 'relations', (None, 'TUR', 'GOV'), (None, 'USA', 'GOV'), note='Casin quote')
ev(44, 'meet', 'CONSULT', 'visit', ('Putin', 'RUS', 'GOV'), ('Erdogan', 'TUR', 'GOV'), mod='future', note='January visit to Turkey')
S.save()
