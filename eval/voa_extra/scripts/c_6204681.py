from lib import Story
S = Story('voa-6204681', nosplit=(150,))
ev = S.ev
ev(0, 'is expected visit', 'CONSULT', 'visit', ('Prime Minister Yoshihide Suga', 'JPN', 'GOV'), ('India and the Philippines', 'IND', 'GOV'),
   mod='future', note='planned late-April trip; compound recipient IND + PHL; stated aim "to strengthen regional ties" not coded')
ev(0, 'meeting', 'CONSULT', 'visit', ('Prime Minister Yoshihide Suga', 'JPN', 'GOV'), ('U.S. President Joe Biden', 'USA', 'GOV'),
   note='Suga-Biden White House meeting (already held); splitter break after "U.S." merged')
ev(1, 'meeting', 'CONSULT', 'visit', ('Suga', 'JPN', 'GOV'), ("India's Prime Minister Narendra Modi", 'IND', 'GOV'), mod='future',
   note='planned meeting in India (Kyodo citing Japanese government sources)')
ev(1, 'meeting', 'CONSULT', 'visit', ('Suga', 'JPN', 'GOV'), ('Philippine President Rodrigo Duterte', 'PHL', 'GOV'), mod='future',
   note='separate planned meeting in the Philippines')
ev(3, 'White House meeting', 'CONSULT', 'visit', ('his', 'JPN', 'GOV'), (None, 'USA', 'GOV'),
   note='noun re-mention of the Suga-Biden meeting (his = Suga); "U.S.-Japan alliance" not an event')
ev(4, 'expected visit', 'CONSULT', 'visit', ('Suga', 'JPN', 'GOV'), ('India and the Philippines', 'IND', 'GOV'), mod='future',
   note='noun re-mention of the planned trip; aim "boosting cooperation" (analysts) not coded')
ev(9, 'held the Malabar Joint Maritime Exercise', 'COOPERATE', None, ('Japan', 'JPN', 'MIL'), ('the other three countries', 'USA', 'MIL'),
   note='joint naval exercise (military cooperation carried out); compound recipient USA, AUS, IND')
ev(9, 'demonstrate', 'MOBILIZE', None, ('Japan', 'JPN', 'MIL'), None,
   note='show of naval strength (CAMEO 15 exhibit force posture) by the same exercise; weak, alternative: COOPERATE only')
ev(10, 'virtual summit', 'CONSULT', 'multilateral', ('Quad leaders', 'IGO', 'GOV'), None,
   note='Quad virtual summit in March; Quad treated like the G7 (IGO), members USA, JPN, AUS, IND')
ev(10, 'agreed', 'AGREE', None, ('Quad leaders', 'IGO', 'GOV'), None,
   note='agreed to jointly address challenges posed by China (agreement to cooperate among themselves)')
ev(11, 'threats to their territorial integrity', 'THREATEN', 'territory', ('China', 'CHN', 'GOV'), ('India, Japan and the Philippines', 'IND', 'GOV'),
   note='The Print (Indian online publication) quote; compound recipient IND, JPN, PHL; weak (generic characterisation)')
ev(12, 'border standoff', 'MOBILIZE', 'troops', ('India', 'IND', 'MIL'), ('China', 'CHN', 'MIL'),
   note='ongoing military border standoff (reciprocal, first named = actor); alternative: not coded')
ev(17, 'border skirmish', 'ASSAULT', None, (None, 'IND', 'MIL'), (None, 'CHN', 'MIL'),
   note='2020 India-China border clash (reciprocal; parties from context); "making India increasingly supportive of security cooperation with Japan" is an analyst opinion, not coded')
ev(18, 'concerned', 'ACCUSE', 'disapprove', ('India and Japan', 'IND', 'GOV'), (None, 'CHN', 'GOV'),
   note='concern with a named target (Chinese aggression), as characterised by analyst Weitz; compound actor IND + JPN; weak. "reluctant to join an alliance" not coded')
ev(19, 'holding an in-person Quad Summit', 'CONSULT', 'multilateral', (None, 'IGO', 'GOV'), None, mod='hypothetical',
   note='Weitz: a possible in-person Quad summit at the G-7 in June')
ev(20, 'move closer to Beijing', 'AGREE', None, ('Duterte', 'PHL', 'GOV'), ('Beijing', 'CHN', 'GOV'),
   note='rapprochement with China (precedent: "realigning", "reset relations" = AGREE)')
ev(21, 'announced a “separation”', 'SANCTION', None, ('He', 'PHL', 'GOV'), ('the United States', 'USA', 'GOV'),
   note='2016 declared "separation" from the U.S. (reduction of relations); weak, alternative not coded (rhetoric)')
ev(21, 'Chinese funding', 'AID', None, (None, 'CHN', 'GOV'), ('He', 'PHL', 'GOV'),
   note='2019: accepted $2 billion in Chinese funding to redevelop a former U.S. base (money; alternative COOPERATE)')
ev(21, 'purchased', 'COOPERATE', None, ('the Philippine government', 'PHL', 'GOV'), ('Sinovac Biotech', 'CHN', 'BUS'),
   note='purchase and delivery of Chinese vaccines (precedent: arms purchase = COOPERATE)')
ev(22, 'welcomed', 'SUPPORT', None, ('Duterte', 'PHL', 'GOV'), (None, 'CHN', 'GOV'),
   note='personally welcomed the Chinese vaccines at their arrival; weak')
ev(23, 'The purchase', 'COOPERATE', None, (None, 'PHL', 'GOV'), (None, 'CHN', 'BUS'), note='noun re-mention of the vaccine purchase')
ev(23, 'donated vaccines', 'AID', None, ('China', 'CHN', 'GOV'), ('the Philippines', 'PHL', 'GOV'), note='February vaccine donation')
ev(23, 'gesture of friendship and solidarity', 'SUPPORT', None, ('Duterte', 'PHL', 'GOV'), ('China', 'CHN', 'GOV'),
   note='praise of the Chinese donation (Xinhua)')
ev(24, 'spotted near six islands and reefs', 'MOBILIZE', 'militia', ('more than 250 Chinese vessels', 'CHN', 'MIL'), ('Manila', 'PHL', 'GOV'),
   note='massing of Chinese vessels near Philippine-claimed reefs (believed operated by the Chinese military, next sentence); "reported" itself is a statement')
ev(25, 'demanded', 'REQUEST', 'yield', ('The government', 'PHL', 'GOV'), ('Beijing', 'CHN', 'GOV'),
   note='demand that the vessels be removed; the demanded removal not coded separately (precedent); the belief that the Chinese military operates them not coded')
ev(26, "Suga’s visit", 'CONSULT', 'visit', ('Suga', 'JPN', 'GOV'), ('Duterte', 'PHL', 'GOV'), mod='future',
   note='noun re-mention of the planned visit to the Philippines')
ev(26, 'spoke by phone', 'CONSULT', 'phone', (('Duterte', 1), 'PHL', 'GOV'), (('Suga', 1), 'JPN', 'GOV'), note='call late 2020 (reciprocal)')
ev(27, 'phone call', 'CONSULT', 'phone', ('Duterte', 'PHL', 'GOV'), ('Suga', 'JPN', 'GOV'), note='noun re-mention of the December call (Roy quote)')
ev(28, 'swarmed', 'MOBILIZE', 'militia', ('Chinese fishing boats', 'CHN', 'MIL'), (None, 'PHL', 'GOV'),
   note='Whitsun Reef swarm (maritime militia, "probably under orders from Beijing"); same episode as sentence 24; the speculative orders not coded')
ev(29, 'encouraging', 'REQUEST', 'change', ('Suga', 'JPN', 'GOV'), ('the Philippines', 'PHL', 'GOV'), mod='hypothetical',
   note='Roy prediction: Suga will be interested in encouraging the Philippines to stand up to China; "Chinese territorial encroachment" generic, not coded')
S.save()
