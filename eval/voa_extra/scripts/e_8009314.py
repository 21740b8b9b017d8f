from lib import Story
S = Story('voa-8009314')
ev = S.ev
RB = (None, 'PAK', 'REB')
MIL = (None, 'PAK', 'MIL')
ev(0, 'held hostage', 'ASSAULT', 'abduct', RB, ('Passengers of a Pakistani train', 'PAK', 'CVL'),
   note='hijacked Jaffar Express (BLA, named later); the rescue operation itself is not coded (precedent)')
ev(0, 'killed 33 terrorists', 'ASSAULT', None, ('the military', 'PAK', 'MIL'), ('33 terrorists', 'PAK', 'REB'))
ev(3, 'shot and killed', 'ASSAULT', 'firearms', ('They', 'PAK', 'REB'), ('people on the train', 'PAK', 'CVL'), note='They = BLA militants (quote)')
ev(4, 'Come out quietly', 'REQUEST', None, ('They', 'PAK', 'REB'), (None, 'PAK', 'CVL'),
   note='militants ordering passengers off the train (orders = REQUEST, precedent); alternative COERCE')
ev(4, 'let you go', 'RETREAT', 'release', ('we', 'PAK', 'REB'), ('you', 'PAK', 'CVL'), mod='hypothetical',
   note='conditional promise to release the passengers if they come out quietly')
ev(5, 'asked passengers of Punjabi and Saraiki ethnicity to come forward', 'REQUEST', None, ('The militants', 'PAK', 'REB'),
   ('passengers of Punjabi and Saraiki ethnicity', 'PAK', 'CVL'), note='order to hostages (orders = REQUEST, precedent)')
ev(6, 'tied their hands', 'ASSAULT', 'abduct', ('they', 'PAK', 'REB'), ('police officers', 'PAK', 'COP'),
   note='picking out and binding police officers among the hostages (hostage-taking)')
ev(6, 'shot them several times', 'ASSAULT', 'firearms', ('they', 'PAK', 'REB'), ('them', 'PAK', 'COP'))
ev(7, 'shot them', 'ASSAULT', 'firearms', ('they', 'PAK', 'REB'), ('10 more people', 'PAK', 'CVL'))
ev(8, 'killed them', 'ASSAULT', None, ('they', 'PAK', 'REB'), ('them', 'PAK', 'CVL'), note='those who did not leave the train')
ev(11, 'pulled them off the train', 'ASSAULT', 'abduct', ('militants', 'PAK', 'REB'), ('them', 'PAK', 'CVL'),
   note='forcible removal of passengers (hostage-taking); their escape not coded')
ev(15, 'the final push', 'ASSAULT', None, MIL, RB,
   note='final military assault on the militants; "close to 200 passengers had been freed" (rescue / unclear agent) not coded')
ev(16, 'came under a bomb and gun attack', 'ASSAULT', None, RB, ('The Jaffar Express', 'PAK', 'CVL'),
   note='subheading "The attack" part of the sentence; perpetrators (BLA) named in the next sentence')
ev(17, 'claimed responsibility', 'ASSAULT', None, ('Separatists belonging to the banned BLA', 'PAK', 'REB'), (None, 'PAK', 'CVL'),
   note='claim of responsibility coded as the attack by the claimant (precedent); "banned" attributive, not coded')
ev(18, 'designated', 'SANCTION', None, ('Pakistan and the United States', 'PAK', 'GOV'), ('BLA', 'PAK', 'REB'),
   note='terrorist designation (precedent: SANCTION); compound actor PAK + USA')
ev(19, 'took part in the operation', 'ASSAULT', None,
   ('the army, air force, paramilitary frontier corps, and commandos of the Special Services Group', 'PAK', 'MIL'), RB,
   note='30-hour military operation against the hijackers')
ev(20, 'holding passengers as human shields', 'ASSAULT', 'abduct', ('terrorists', 'PAK', 'REB'), ('passengers', 'PAK', 'CVL'))
ev(20, 'the operation', 'ASSAULT', None, MIL, RB, note='noun re-mention of the military operation')
ev(20, 'killed', 'ASSAULT', None, ('snipers', 'PAK', 'MIL'), ('suicide bombers', 'PAK', 'REB'))
ev(20, 'advanced to clear', 'ASSAULT', None, ('forces', 'PAK', 'MIL'), RB, note="clearing the train's nine cars (part of the operation; weak as separate event)")
ev(21, 'killed', 'ASSAULT', None, MIL, ('no passengers', 'PAK', 'CVL'), neg=True,
   note='no passengers were killed during the military operation')
ev(22, 'initial attack', 'ASSAULT', None, ('the BLA', 'PAK', 'REB'), ('21 passengers', 'PAK', 'CVL'), note='21 passengers died in the attack')
ev(23, 'killed', 'ASSAULT', None, RB, ('Four frontier corps personnel', 'PAK', 'MIL'),
   note='one of them during the clearance operation (adjunct, not coded again); bomb-disposal search in the next sentence not coded')
ev(25, 'incident', 'ASSAULT', None, RB, ('Jaffar Express', 'PAK', 'CVL'), note='noun re-mention of the attack in a quote')
ev(25, 'warning that terrorists will not be spared', 'THREATEN', 'violence', ('Chaudhry', 'PAK', 'MIL'), ('terrorists', 'PAK', 'REB'))
ev(26, 'warned', 'THREATEN', 'violence', ('The BLA', 'PAK', 'REB'), ('the state', 'PAK', 'GOV'),
   note='threat to execute security personnel among the hostages unless prisoners are released within 48 hours (ultimatum)')
ev(26, 'release', 'RETREAT', 'release', ('the state', 'PAK', 'GOV'), ('political prisons, missing persons', 'PAK', 'CVL'), mod='hypothetical',
   note='the demanded release (condition of the threat)')
ev(26, 'held', 'COERCE', 'arrest', (None, 'PAK', 'GOV'), ('political prisons, missing persons', 'PAK', 'CVL'),
   note='detention of political prisoners ("prisons" sic), missing persons and "resistance workers" (precedent)')
ev(27, 'claimed responsibility for several deadly attacks', 'ASSAULT', None, (('BLA', 1), 'PAK', 'REB'), ('security forces and workers', 'PAK', 'MIL'),
   note='subheading "BLA surges" part of the sentence; mixed MIL/CVL targets (workers from Punjab)')
ev(28, 'accuses', 'ACCUSE', 'allege', ('The separatist group', 'PAK', 'REB'), ('Pakistan', 'PAK', 'GOV'))
ev(29, 'opposes', 'REJECT', None, ('The group', 'PAK', 'REB'), (None, 'CHN', 'GOV'), note='opposes Chinese investment (precedent); China-funded Gwadar port not coded separately (precedent)')
ev(29, 'investment', 'COOPERATE', None, (None, 'CHN', 'GOV'), (None, 'PAK', 'GOV'), note='Chinese investment in Balochistan (precedent)')
ev(30, 'reject', 'REJECT', None, ('Both Pakistan and China', 'PAK', 'GOV'), (None, 'PAK', 'REB'), note='compound actor PAK + CHN; rejecting Baloch claims (precedent)')
ev(30, 'claims', 'ACCUSE', 'allege', (None, 'PAK', 'REB'), (None, 'PAK', 'GOV'), note='Baloch claims (noun); targets PAK + CHN (precedent)')
ev(30, 'joint ventures', 'COOPERATE', None, ('their', 'PAK', 'GOV'), (None, 'CHN', 'GOV'), note='Pakistan-China joint ventures (precedent)')
ev(32, 'launched 504 attacks', 'ASSAULT', None, ('the separatist militant group and its ideological allies', 'PAK', 'REB'), None,
   note='2024 aggregate (precedent); "driving a surge in violence" (s.31) and "Deaths ... surged" (s.33) not coded (precedent)')
ev(34, 'claimed', 'ACCUSE', 'allege', ('Military spokesperson Chaundry', 'PAK', 'MIL'), (None, 'AFG', 'GOV'),
   note='allegation that the attackers were in touch with planners in Afghanistan (contested contact not coded as CONSULT, precedent)')
ev(35, 'blamed', 'ACCUSE', 'allege', ('Islamabad', 'PAK', 'GOV'), ('militants present on Afghan soil', 'PAK', 'REB'), note='implicit target Afghanistan (precedent)')
ev(35, 'attacks', 'ASSAULT', None, ('militants present on Afghan soil', 'PAK', 'REB'), None, note='several recent attacks (aggregate, precedent)')
ev(36, 'deny', 'REJECT', None, ('Afghan Taliban', 'AFG', 'GOV'), (None, 'PAK', 'GOV'), note='denial = REJECT (precedent)')
ev(36, 'providing sanctuary', 'AID', None, ('Afghan Taliban', 'AFG', 'GOV'), ('anti-Pakistan fighters', 'PAK', 'REB'), mod='hypothetical',
   note='alleged sanctuary (denied)')
S.save()
