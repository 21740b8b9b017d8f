from lib import Story
S = Story('voa-6181235', nosplit=(432, 738, 1380))
ev = S.ev
NK = (None, 'PRK', 'GOV')
US = (None, 'USA', 'GOV')
ev(0, 'preparing to launch', 'MOBILIZE', 'weapons', ('Pyongyang', 'PRK', 'GOV'), None, mod='hypothetical',
   note='"appears to be preparing" a long-range missile launch (not asserted)')
ev(0, 'diplomatic process', 'CONSULT', None, ('Washington', 'USA', 'GOV'), ('North Korea', 'PRK', 'GOV'),
   note='denuclearization diplomacy Washington has pursued (asserted, ongoing); experts seeing an end = forecast, not coded')
ev(3, 'launch a long-range ballistic missile', 'MOBILIZE', 'weapons', ('North Korea', 'PRK', 'GOV'), ('the U.S.', 'USA', 'GOV'), mod='hypothetical',
   note='U.S. general expects the launch as a "Christmas gift" (forecast)')
ev(4, 'long-range ballistic missile', 'MOBILIZE', 'weapons', NK, None, mod='hypothetical',
   note='re-mention of the expected launch in Brown quote; the questions in s5-7 not coded')
ev(8, 'Christmas gift', 'THREATEN', None, ('North Korea', 'PRK', 'GOV'), ('the U.S.', 'USA', 'GOV'),
   note='veiled threat ("up to the U.S. what Christmas gift it will select"); next sentence calls these warnings')
ev(9, 'warnings', 'THREATEN', None, ('Pyongyang', 'PRK', 'GOV'), ('Washington', 'USA', 'GOV'))
ev(9, 'demanding', 'REQUEST', 'change', ('Pyongyang', 'PRK', 'GOV'), ('Washington', 'USA', 'GOV'),
   note='demand that Washington change its stance on denuclearization talks')
ev(9, 'deadline', 'THREATEN', None, (('Pyongyang', 1), 'PRK', 'GOV'), (('Washington', 1), 'USA', 'GOV'),
   note='end-of-year deadline unilaterally imposed = ultimatum (CAMEO 139; precedent: 48-hour ultimatum = THREATEN)')
ev(10, 'locked in their respective positions', 'REJECT', None, ('Washington', 'USA', 'GOV'), ('Pyongyang', 'PRK', 'GOV'),
   note='mutual refusal to compromise (reciprocal; weak)')
ev(10, 'talks', 'CONSULT', None, ('Washington', 'USA', 'GOV'), ('Pyongyang', 'PRK', 'GOV'),
   note='Hanoi Summit talks (Feb 2019) held, failed; neutral venue so no mode')
ev(11, 'asked', 'REQUEST', 'yield', ('North Korean leader Kim Jong Un', 'PRK', 'GOV'), ('U.S. President Donald Trump', 'USA', 'GOV'),
   note='request for sanctions relief (CAMEO 1054-type)')
ev(12, 'denied the request', 'REJECT', 'yield', ('Trump', 'USA', 'GOV'), NK, note='refused sanctions relief (CAMEO 1244)')
ev(12, 'asked instead for full denuclearization', 'REQUEST', 'yield', ('Trump', 'USA', 'GOV'), NK,
   note='demand of denuclearization (disarm); alternative mode change')
ev(12, 'relaxation of sanctions', 'RETREAT', None, ('Trump', 'USA', 'GOV'), NK, mod='hypothetical',
   note='conditional easing of sanctions (precedent: easing = RETREAT mode null)')
ev(13, 'missile tests', 'MOBILIZE', 'weapons', ('North Korea', 'PRK', 'GOV'), None,
   note='13 rounds of missile tests since May ("increased provocations"); aim of pressuring the U.S. for sanctions relief not coded (precedent)')
ev(14, 'conducted two tests', 'MOBILIZE', 'weapons', ('North Korea', 'PRK', 'GOV'), None)
ev(14, 'preparations for launching an intercontinental ballistic missile', 'MOBILIZE', 'weapons', NK, None, mod='hypothetical',
   note='experts think the tests may be related to ICBM launch preparations')
ev(15, 'conducted a "crucial test"', 'MOBILIZE', 'weapons', ('it', 'PRK', 'GOV'), None,
   note='Friday test at Sohae; it = North Korea')
ev(15, 'threats', 'THREATEN', None, ('U.S.', 'USA', 'GOV'), NK, note='noun mention of U.S. threats (North Korean framing; weak)')
ev(16, 'The test', 'MOBILIZE', 'weapons', NK, None, note='noun re-mention of the Friday test')
ev(16, 'very important test', 'MOBILIZE', 'weapons', ('North Korea', 'PRK', 'GOV'), None, note='Dec. 7 test, same site')
ev(17, 'increase threats', 'THREATEN', None, ('North Korea', 'PRK', 'GOV'), US, mod='hypothetical', note='expert forecast')
ev(19, 'missile launches', 'MOBILIZE', 'weapons', ('The regime', 'PRK', 'GOV'), None, mod='hypothetical',
   note='Klingner forecast; the alternatives (IRBM launches or ICBM/nuclear test) coded as one hypothetical')
ev(20, 'negotiated', 'CONSULT', None, ('Evans Revere', 'USA', 'GOV'), ('North Korea', 'PRK', 'GOV'),
   note='historical: former State Department official negotiated with North Korea')
ev(20, 'nuclear test', 'MOBILIZE', 'weapons', NK, None, mod='hypothetical',
   note='"A major military provocation, nuclear test or ICBM launch could..." one hypothetical; ending of diplomacy not coded')
ev(21, 'conducts an ICBM or nuclear weapons test', 'MOBILIZE', 'weapons', ('North Korea', 'PRK', 'GOV'), None, mod='hypothetical')
ev(21, 'threats to use force', 'THREATEN', 'violence', ('the U.S.', 'USA', 'GOV'), NK, mod='hypothetical',
   note='experts: U.S. likely to respond with threats; "cave in to Pyongyang\'s pressure" (rejected alternative) not coded')
ev(22, 'threats of preventive attacks', 'THREATEN', 'violence', ('Trump', 'USA', 'GOV'), NK, mod='hypothetical')
ev(22, 'accept a minimal, poorly crafted deal', 'AGREE', None, ('Trump', 'USA', 'GOV'), ('Kim Jong Un', 'PRK', 'GOV'), mod='hypothetical')
ev(23, 'long-range missile test', 'MOBILIZE', 'weapons', NK, None, mod='hypothetical')
ev(23, 'threatening military actions', 'THREATEN', 'violence', ('Trump', 'USA', 'GOV'), ('Kim Jong Un', 'PRK', 'GOV'), mod='hypothetical')
ev(24, 'threatened to use force', 'THREATEN', 'violence', ('Trump', 'USA', 'GOV'), ('North Korea', 'PRK', 'GOV'))
ev(27, "we'll use it", 'THREATEN', 'violence', (('we', 0), 'USA', 'GOV'), NK,
   note='Trump quote = the threat reported in s24; s26 ("hopefully we don\'t have to") and s28 (repetition) not coded separately')
ev(29, 'The use of armed force is not the privilege of the U.S. only', 'THREATEN', 'violence',
   ("North Korea's army chief of staff Pak Jong Chon", 'PRK', 'MIL'), ('the U.S.', 'USA', 'GOV'),
   note='counter-threat "in response" to Trump')
ev(30, 'change position', 'CONCEDE', None, ('Washington', 'USA', 'GOV'), ('Pyongyang', 'PRK', 'GOV'), mod='hypothetical',
   note='experts: either side must change position (either party; compound/alternative)')
ev(31, 'change their position', 'CONCEDE', None, ('the U.S.', 'USA', 'GOV'), ('North Korea', 'PRK', 'GOV'), mod='hypothetical',
   note='Samore: either side')
ev(32, 'puts concessions on the table', 'CONCEDE', None, ('the U.S.', 'USA', 'GOV'), ('North Korea', 'PRK', 'GOV'), mod='hypothetical')
ev(32, 'come to the negotiating table', 'CONSULT', None, ('North Korea', 'PRK', 'GOV'), US, mod='hypothetical',
   note='"unlikely" without U.S. concessions')
ev(33, 'must maintain', 'REQUEST', None, ('a State Department spokesperson', 'USA', 'GOV'), ('the U.N.', 'IGO', 'GOV'),
   note='demand that the U.N. keep sanctions on North Korea (maintain = no change; mode null)')
ev(33, 'sanctions', 'SANCTION', 'discontinue', ('the U.N.', 'IGO', 'GOV'), ('North Korea', 'PRK', 'GOV'),
   note='sanctions currently in place (ongoing)')
ev(34, 'Now is not the time', 'REJECT', None, ('the spokesperson', 'USA', 'GOV'), (None, 'CHN', 'GOV'),
   note='rejects the Chinese-Russian proposal of sanctions relief (s37); compound recipient CHN+RUS')
ev(34, 'offering premature sanctions relief', 'RETREAT', None, ('the U.N. Security Council', 'IGO', 'GOV'), NK, mod='hypothetical',
   note='proposed easing of sanctions (precedent: easing = RETREAT mode null)')
ev(35, 'threatening to conduct an escalated provocation', 'THREATEN', None, ('The DPRK', 'PRK', 'GOV'), US,
   note='spokesperson quote; facts as stated (no ACCUSE coded for the quote itself)')
ev(35, 'refusing to meet', 'REJECT', 'meet', ('The DPRK', 'PRK', 'GOV'), US)
ev(35, 'maintain and advance its prohibited weapons of mass destruction and ballistic missile program', 'MOBILIZE', 'weapons',
   ('The DPRK', 'PRK', 'GOV'), None, note='ongoing WMD/missile development = rearmament (weak)')
ev(37, 'proposal', 'REQUEST', 'yield', (None, 'CHN', 'GOV'), ('the U.N. Security Council', 'IGO', 'GOV'),
   note='Chinese and Russian proposal (compound CHN+RUS, named only as adjectives) that the UNSC ease sanctions; alternative AGREE')
ev(37, 'lift sanctions', 'RETREAT', None, ('the U.N. Security Council', 'IGO', 'GOV'), ('North Korea', 'PRK', 'GOV'), mod='hypothetical',
   note='proposed lifting of sanctions on exports')
ev(37, 'sanctions placed', 'SANCTION', 'discontinue', (None, 'IGO', 'GOV'), ('North Korea', 'PRK', 'GOV'),
   note='existing UN sanctions on North Korean exports')
ev(37, 'ease restrictions', 'RETREAT', None, ('the U.N. Security Council', 'IGO', 'GOV'), ('North Koreans working overseas', 'PRK', 'CVL'), mod='hypothetical',
   note='proposed easing of restrictions on overseas workers')
ev(38, 'ramped up sanctions', 'SANCTION', 'discontinue', ('The U.N. Security Council', 'IGO', 'GOV'), ('North Korea', 'PRK', 'GOV'),
   note='historical (2016); aim (give up nuclear program) not coded')
S.save()
