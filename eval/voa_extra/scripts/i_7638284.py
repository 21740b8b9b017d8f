from lib import Story
S = Story('voa-7638284', nosplit=(2852,), force_after=['Am I overly concerned? No.'])
ev = S.ev
A = (None, 'USA', 'ELI')  # Armitage, former deputy secretary of state (former official = ELI, precedent), speaking
ev(0, 'sent an unofficial delegation', 'CONSULT', 'visit', ('The White House', 'USA', 'GOV'), ('Taiwan’s new president', 'TWN', 'GOV'),
   note='delegation to the May 20 inauguration; "his trip to Taiwan" (s.2) and "During your visit" (s.4) are back-reference anchors, not coded again')
ev(4, 'met with', 'CONSULT', 'visit', ('you', 'USA', 'ELI'), ('the new president, Lai Ching-te', 'TWN', 'GOV'),
   note='Armitage met Lai and other new officials during the visit (compound recipient)')
ev(7, 'bipartisan support', 'SUPPORT', None, ('we', 'USA', 'ELI'), (('Taiwan', 0), 'TWN', 'GOV'),
   note='message of bipartisan U.S. support for Taiwan\'s democracy brought by the delegation')
ev(8, 'met', 'CONSULT', None, ('I', 'USA', 'ELI'), ('Dr. Lai', 'TWN', 'GOV'), note='earlier meeting (historical)')
ev(9, 'have dinner with him', 'CONSULT', 'visit', ('I', 'USA', 'ELI'), ('him', 'TWN', 'GOV'),
   note='dinner with Lai; "discuss the situation in the region" = same occurrence')
ev(9, 'pressures put forward by the mainland', 'COERCE', None, ('the mainland', 'CHN', 'GOV'), (None, 'TWN', 'GOV'),
   note='Chinese pressure on Taiwan (noun, asserted; weak, alternative THREATEN)')
ev(9, 'had lunch with', 'CONSULT', 'visit', ('I', 'USA', 'ELI'), ('former President Tsai Ing-wen', 'TWN', 'ELI'),
   note='lunch with outgoing President Tsai (subject "I" elided)')
ev(9, 'how happy we were', 'SUPPORT', None, ('we', 'USA', 'ELI'), ('her', 'TWN', 'ELI'),
   note='praise of Tsai\'s "eight fantastic years" (praise = SUPPORT)')
ev(11, 'conducted the military drills encircling Taiwan', 'MOBILIZE', 'troops', ('China', 'CHN', 'MIL'), ('Taiwan', 'TWN', 'GOV'),
   note='military drills encircling Taiwan (show of force; precedent exercises = MOBILIZE); re-mentions in s.12-13 ("How to interpret the military drills", "That type of exercise ... was expected") are anchors/generic, not coded')
ev(11, 'called them “a punishment for separatist acts.”', 'ACCUSE', 'allege', ('China', 'CHN', 'GOV'), (None, 'TWN', 'GOV'),
   note='China framing the drills as punishment for Taiwan\'s (Lai\'s) "separatist acts" = accusation')
ev(14, 'fantastic', 'SUPPORT', None, A, ('Lai', 'TWN', 'GOV'), note='Armitage praising Lai\'s inauguration speech')
ev(15, 'must quit', 'REQUEST', 'change', ('Dr. Lai', 'TWN', 'GOV'), ('China', 'CHN', 'GOV'),
   note='Lai in his inauguration speech: China must quit intimidating Taiwan')
ev(15, 'intimidating', 'THREATEN', None, ('China', 'CHN', 'GOV'), ('Taiwan', 'TWN', 'GOV'),
   note='ongoing intimidation presupposed by the demand (asserted); weak')
ev(16, 'open for dialogue', 'AGREE', None, ('Lai', 'TWN', 'GOV'), (None, 'CHN', 'GOV'),
   note='offer of dialogue with China (intent to negotiate, CAMEO 036)')
ev(18, 'heavy-handed bullying activity', 'COERCE', None, ('they', 'CHN', 'GOV'), (None, 'TWN', 'GOV'),
   note='China\'s response to the speech (the drills) characterised as bullying; coded as coercion (alternative: re-mention of the MOBILIZE)')
ev(21, 'bullying', 'COERCE', None, ('China', 'CHN', 'GOV'), (('Taiwan', 0), 'TWN', 'GOV'), note='ongoing bullying (weak)')
ev(21, 'speaking up for', 'SUPPORT', None, ('more and more people', None, None), (('Taiwan', 1), 'TWN', 'GOV'),
   note='international (incl. WHA delegates) verbal support for Taiwan')
ev(22, 'spoke up for', 'SUPPORT', None, ('Many people', None, None), ('Taiwan', 'TWN', 'GOV'), note='re-mention (at the WHA)')
ev(24, 'upgrade its military assets', 'MOBILIZE', 'weapons', ('Taiwan', 'TWN', 'MIL'), None, mod='hypothetical',
   note='questioned rearmament; s.23 ("the more China bullies Taiwan, the more international support ...") generic, not coded; s.25 (same question) not coded again')
ev(26, 'has to concentrate', 'MOBILIZE', 'weapons', ('Taiwan', 'TWN', 'MIL'), None, mod='hypothetical',
   note='Armitage\'s recommendation that Taiwan acquire drones/asymmetric capabilities (proposed armament)')
ev(28, 'voted for Taiwan defense', 'AID', None, ('the U.S. Congress', 'USA', 'LEG'), ('Taiwan', 'TWN', 'MIL'),
   note='"U.S." split merged; money appropriated for Taiwan\'s defense (military aid pledged as material)')
ev(29, 'come up to 100% manning level', 'MOBILIZE', 'troops', ('Taiwan', 'TWN', 'MIL'), None, mod='hypothetical',
   note='recommended recruitment to full strength; s.31-32 (women should join, citizens respect soldiers) same proposal, not coded')
ev(33, 'visited', 'CONSULT', 'visit', ("Russia's President Vladimir Putin", 'RUS', 'GOV'), ('China', 'CHN', 'GOV'))
ev(34, 'deepening ties', 'COOPERATE', None, ('Russia', 'RUS', 'GOV'), ('China', 'CHN', 'GOV'),
   note='presupposed in the question (precedent: "expanding Russia-North Korea military cooperation" = COOPERATE)')
ev(35, 'concerned', 'ACCUSE', 'disapprove', ('I', 'USA', 'ELI'), (None, 'RUS', 'GOV'),
   note='concern with a target from the question (Russia-China ties; compound RUS + CHN); the rhetorical "am I concerned? Yes." (s.38-39) not coded again')
ev(46, 'would like to see China live up to', 'REQUEST', None, ('I', 'USA', 'ELI'), ('China', 'CHN', 'GOV'),
   note='appeal to China to take responsibility over the Ukraine war (weak)')
ev(48, 'violated the sovereignty of Ukraine', 'ASSAULT', None, ('Russia', 'RUS', 'MIL'), ('Ukraine', 'UKR', 'GOV'),
   note='Russia\'s invasion of Ukraine (alternative COERCE/seize)')
ev(48, 'silent', 'ACCUSE', 'disapprove', A, (('China', 1), 'CHN', 'GOV'),
   note='Armitage criticising China\'s silence/hypocrisy on Ukraine (weak)')
ev(54, 'has to be very careful', 'THREATEN', None, A, ('China', 'CHN', 'GOV'),
   note='warning to China in the context of the U.S.-Philippines defense treaty (weak); s.51 (China: "No one\'s going to have joint patrols to assist Philippines") not coded')
ev(56, 'patrolling around the area', 'MOBILIZE', 'troops', ('Canadians, French, Germans, British and always the United States', 'CAN', 'MIL'), None,
   note='naval patrols in the Taiwan Strait (compound CAN, FRA, DEU, GBR, USA); alternative COOPERATE')
ev(57, 'brought about by China', 'ACCUSE', 'disapprove', A, ('China', 'CHN', 'GOV'), note='blaming China; s.58-59 (not brought about by others) not coded')
ev(60, 'because of the behavior of China', 'ACCUSE', 'disapprove', A, ('China', 'CHN', 'GOV'), note='blame repeated')
ev(62, 'attack', 'ASSAULT', None, ('Russia', 'RUS', 'MIL'), (('Ukraine', 0), 'UKR', 'GOV'),
   note='noun "the Russia attack on Ukraine" (asserted); "we are so invested in Ukraine" not coded')
ev(68, 'invaded', 'ASSAULT', None, ('North Korea', 'PRK', 'MIL'), (None, 'KOR', 'GOV'), note='1950 invasion of South Korea (historical)')
S.save()
