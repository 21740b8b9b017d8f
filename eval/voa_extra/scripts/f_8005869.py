from lib import Story
S = Story('voa-8005869', nosplit=(106, 3946))
ev = S.ev
GB = (None, 'GBR', 'GOV')
MU = (None, 'MUS', 'GOV')
ev(0, 'seeking to finalize a deal', 'AGREE', None, ('Britain', 'GBR', 'GOV'), ('Mauritius', 'MUS', 'GOV'),
   note='efforts to conclude the Chagos deal = intent to cooperate/agree (precedent "efforts to improve ties" = AGREE); "U.S." split merged')
ev(0, 'handing sovereignty', 'CONCEDE', None, ('Britain', 'GBR', 'GOV'), ('Mauritius', 'MUS', 'GOV'), mod='future',
   note='planned territorial concession, deal not yet final (as voa_extra d, voa-8008079 s.17)')
ev(0, 'support the deal', 'SUPPORT', None, ('U.S. President Donald Trump', 'USA', 'GOV'), GB,
   note='"inclined" to support = tentative endorsement, asserted (precedent voa-8008079 "inclined to go along"); recipient compound GBR + MUS')
ev(1, 'could threaten the security', 'ACCUSE', 'disapprove', ('critics', None, None), GB,
   note='critics of the agreement (unspecified; British and U.S. politicians per s.24); the agreement threatening the base is not a THREATEN (no actor); "China\'s close ties with Mauritius" (state) not coded')
ev(2, 'forcibly expelled', 'COERCE', 'deport', GB, ('Many of the original inhabitants of the islands', 'GBR', 'CVL'),
   note='1960s-70s expulsion of the Chagossians by Britain (historical); Chagossians coded GBR CVL (inhabitants of a British territory; IOT is the ISO territory code)')
ev(2, 'are also critical of the agreement', 'ACCUSE', 'disapprove', ('Many of the original inhabitants of the islands', 'GBR', 'CVL'), GB,
   note='recipient the deal\'s parties (GBR + MUS); "their voices have been ignored" part of the same complaint, not coded separately')
ev(5, 'took ownership', 'COERCE', 'seize', ('Britain', 'GBR', 'GOV'), ('France', 'FRA', 'GOV'),
   note='1815 acquisition of the archipelago from France after the Napoleonic wars (historical territorial gain; weak, alternative no event); "the defeat of Napoleon" (no actor named) not coded')
ev(6, 'argues it was illegally forced', 'ACCUSE', 'allege', ('Mauritius', 'MUS', 'GOV'), GB,
   note='Mauritius\' claim that Britain illegally forced it to give up the islands (1968)')
ev(6, 'forced', 'COERCE', None, GB, ('it', 'MUS', 'GOV'), mod='hypothetical',
   note='content of the accusation (coerced cession in return for independence)')
ev(7, 'ruled', 'ACCUSE', 'disapprove', ('the International Court of Justice (ICJ)', 'IGO', 'JUD'), GB,
   note='2019 ICJ advisory opinion that decolonization of Mauritius was not lawfully completed = finding against Britain (CAMEO 116 find liable, weak)')
ev(8, 'is under an obligation', 'REQUEST', 'yield', ('The judges', 'IGO', 'JUD'), ('Britain', 'GBR', 'GOV'),
   note='ICJ: Britain must end its administration of the Chagos "as rapidly as possible" (demand)')
ev(8, 'to bring to an end its administration', 'RETREAT', 'withdraw', ('Britain', 'GBR', 'GOV'), MU, mod='hypothetical',
   note='demanded content (end of British administration), not done')
ev(9, 'Negotiations', ('CONSULT'), None, ('Britain', 'GBR', 'GOV'), ('Mauritius', 'MUS', 'GOV'),
   note='subheading "Sovereignty negotiations" is part of the sentence and not coded apart; the topic "ceding sovereignty" not coded separately; reciprocal')
ev(10, 'has sought to finalize the agreement', 'AGREE', None, ('British Prime Minister Keir Starmer', 'GBR', 'GOV'), MU,
   note='as s.0 (efforts to conclude the deal); "winning power" (election) not coded')
ev(15, 'will cede sovereignty', 'CONCEDE', None, ('Britain', 'GBR', 'GOV'), MU,
   note='reported British commitment to cede sovereignty (asserted, as voa-8008079 s.19 and the gold Biden announced-withdrawal precedent); unconfirmed per s.16')
ev(15, 'lease back', 'COOPERATE', None, ('Britain', 'GBR', 'GOV'), ('Mauritius', 'MUS', 'GOV'), mod='future',
   note='planned lease of Diego Garcia for ~$116m a year ("pay Mauritius ... to lease back"); one event; "allow the base to remain" and the extension option not coded separately')
ev(16, 'is yet to be finalized', 'SUPPORT', None, ('Britain', 'GBR', 'GOV'), ('Mauritius', 'MUS', 'GOV'), neg=True,
   note='agreement not yet concluded/signed (signing = SUPPORT); "have not confirmed any details" is a statement, not coded')
ev(17, 'visit', 'CONSULT', 'visit', ('Starmer', 'GBR', 'GOV'), ('the White House', 'USA', 'GOV'),
   note='subheading "Trump approval" part of the sentence; Starmer at the White House, Feb. 27')
ev(17, 'approve the deal', 'SUPPORT', None, (('Trump', 1), 'USA', 'GOV'), GB,
   note='"inclined" to approve (same statement as s.0, coded again in its own sentence); recipient compound GBR + MUS')
ev(20, 'go along with your country', 'SUPPORT', None, ('we', 'USA', 'GOV'), ('your country', 'GBR', 'GOV'),
   note='Trump quote (precedent voa-8008079); "during the visit" is an adjunct, not coded again; s.19 "They\'re talking about a ... lease" not coded (describes deal terms)')
ev(21, 'has the backing of India', 'SUPPORT', None, ('India', 'IND', 'GOV'), MU,
   note='India backs the proposed deal (recipient compound MUS + GBR); "close political and security ties to Mauritius" (state) not coded')
ev(22, 'travel to Mauritius', 'CONSULT', 'visit', ('Indian Prime Minister Narendra Modi', 'IND', 'GOV'), ('Mauritius', 'MUS', 'GOV'), mod='future',
   note='scheduled visit as chief guest on national day')
ev(23, 'discuss', 'CONSULT', None, ('Modi', 'IND', 'GOV'), ('the island nation', 'MUS', 'GOV'), mod='future')
ev(23, 'upgrading India’s defense ties', 'SUPPORT', None, ('India', 'IND', 'GOV'), ('the island nation', 'MUS', 'GOV'), mod='hypothetical',
   note='possible upgrade of ties (topic of the talks); upgrade of ties = SUPPORT as in voa-8008079; actor span is the possessive "India"')
ev(24, 'expressed concerns', 'ACCUSE', 'disapprove', ('Politicians in Britain and the United States', 'GBR', 'LEG'), GB,
   note='concern with a target (the British handover; precedent: concern with a named target = ACCUSE); compound actor GBR + USA; "a growing threat from China" generic, not coded')
ev(24, 'handing sovereignty', 'CONCEDE', None, GB, ('Mauritius', 'MUS', 'GOV'), mod='future',
   note='re-mention of the planned handover (object of the concerns)')
ev(25, 'described the proposed plan as “a strategic disaster for Britain”', 'ACCUSE', 'disapprove', ('Robert Jenrick', 'GBR', 'OPP'), GB,
   note='shadow justice secretary (Conservative opposition) condemns the government\'s plan')
ev(27, 'gives in to Chinese lawfare', 'ACCUSE', 'disapprove', ('U.S. Senator James Risch', 'USA', 'LEG'), GB,
   note='Risch condemns the proposed deal as yielding to China and the ICJ; content (yielding) not coded as a separate CONCEDE; "U.S." split merged')
ev(29, 'economic relationship', 'COOPERATE', None, ('China', 'CHN', 'GOV'), ('Mauritius', 'MUS', 'GOV'),
   note='China-Mauritius economic ties (trade/investment; precedent voa-8008079 trade = COOPERATE); weak (relationship noun); Fowler "noted" is a statement')
ev(32, 'has significant investments', 'COOPERATE', None, ('China', 'CHN', 'GOV'), MU,
   note='Chinese investment in Mauritius (precedent: Chinese investment = COOPERATE), Fowler quote')
ev(33, 'owes', 'AID', None, ('China', 'CHN', 'GOV'), ('Mauritius', 'MUS', 'GOV'),
   note='Mauritian debt to China = Chinese loans (precedent voa_extra e: loans = AID, CAMEO 071 includes credit); weak')
ev(34, 'has quite a clear record of using debt', 'ACCUSE', 'disapprove', (None, None, 'NGO'), ('China', 'CHN', 'GOV'),
   note='Fowler (Inter-Parliamentary Alliance on China, international group: country null) accuses China of debt-trap politics; the habitual practice itself not coded separately; weak')
ev(37, 'have already been active militarily', 'MOBILIZE', None, ('The Chinese', 'CHN', 'MIL'), (None, 'GBR', 'GOV'),
   note='Chinese military activity around the Chagos (show of force short of violence, Fowler quote); recipient read as the territory\'s holder (GBR), weak')
ev(40, 'were forced out of their homeland', 'COERCE', 'deport', GB, ('parents', 'GBR', 'CVL'),
   note='re-mention of the 1960s expulsion with its own predicate; "After their expulsion" (s.38) is an adjunct, not coded')
ev(42, 'we are ignored', 'ACCUSE', 'disapprove', ('Bontemps', 'GBR', 'CVL'), GB,
   note='complaint against the deal\'s parties (GBR, MUS, USA) for ignoring the Chagossians; weak')
ev(43, 'discussing the future of our homeland', 'CONSULT', None, ('People', 'GBR', 'GOV'), MU,
   note='Bontemps: the parties (Britain and Mauritius) negotiate without the Chagossians; weak; "without us" is part of the complaint')
ev(45, 'we are being abused again', 'ACCUSE', 'disapprove', ('I', 'GBR', 'CVL'), ('Mauritius', 'MUS', 'GOV'),
   note='Bontemps accuses Mauritius, the U.K. and the U.S. (compound recipient MUS + GBR + USA); "abused" too vague to code its content')
ev(46, 'argue Mauritius has never had a rightful claim', 'REJECT', None, ('Many Chagossians', 'GBR', 'CVL'), ('Mauritius', 'MUS', 'GOV'),
   note='rejecting Mauritius\' sovereignty claim (precedent: rejecting claims = REJECT)')
ev(46, 'object to', 'REJECT', None, ('Many Chagossians', 'GBR', 'CVL'), ('Britain', 'GBR', 'GOV'),
   note='opposition to the proposed deal (precedent: opposes = REJECT; alternative ACCUSE)')
ev(46, 'cede sovereignty', 'CONCEDE', None, ('Britain', 'GBR', 'GOV'), MU, mod='hypothetical', note='"proposed deal to cede sovereignty"')
ev(47, 'by a made-up policy without asking us', 'ACCUSE', 'disapprove', ('Evenor', 'GBR', 'CVL'), GB,
   note='complaint that the homeland is given away without consulting them; "being given to someone else" (the handover) not coded again')
ev(47, 'there could be no historical link', 'REJECT', None, ('Evenor', 'GBR', 'CVL'), ('Mauritius', 'MUS', 'GOV'),
   note='rejects Mauritius\' historical claim to the Chagos (as s.46); weak')
ev(50, 'would be able to return', 'RETREAT', 'access', GB, ('The exiled Chagossians', 'GBR', 'CVL'), mod='future',
   note='deal terms: return to outer islands allowed (planned); "have been told" is a statement; the deal\'s grantor read as Britain/Mauritius (compound)')
ev(50, 'would remain off-limits', 'COERCE', 'restrict', GB, ('The exiled Chagossians', 'GBR', 'CVL'), mod='future',
   note='continued ban on return to Diego Garcia under the deal; subheading "Diego Garcia" part of the sentence')
S.save()
