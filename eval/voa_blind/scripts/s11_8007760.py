from lib import Story
S = Story('voa-8007760')
ev = S.ev
RB = (None, 'PAK', 'REB')
ev(0, 'killed 30 terrorists', 'ASSAULT', None, ('a Pakistani military operation', 'PAK', 'MIL'), ('30 terrorists', 'PAK', 'REB'),
   note='the rescue of 190 passengers not coded')
ev(0, 'attack', 'ASSAULT', None, RB, ('a train', 'PAK', 'CVL'), note='BLA train attack (named later)')
ev(1, 'came under a bomb and gun attack', 'ASSAULT', None, RB, ('it', 'PAK', 'CVL'), note='it = the Jaffar Express; bomb + gunfire')
ev(3, 'efforts to take control of the train', 'ASSAULT', None, ('forces', 'PAK', 'MIL'), (None, 'PAK', 'REB'),
   note='ongoing military operation to retake the train ("As the operation continues" in previous sentence not coded separately); coffins dispatched not coded')
ev(4, 'attack', 'ASSAULT', None, RB, ('the driver of the train', 'PAK', 'CVL'), note='driver injured in the initial attack, died')
ev(6, 'claimed responsibility', 'ASSAULT', None, ('The Baloch Liberation Army', 'PAK', 'REB'), (None, 'PAK', 'CVL'),
   note='claim of responsibility coded as the attack by the claimant (precedent)')
ev(7, 'holding more than 200 hostages', 'ASSAULT', 'abduct', ('the banned separatist militant group', 'PAK', 'REB'),
   ('more than 200 hostages', 'PAK', 'MIL'), note='BLA claims hostages are security/intelligence personnel; "banned" attributive, not coded')
ev(8, 'holding hostages', 'ASSAULT', 'abduct', ('potential suicide bombers', 'PAK', 'REB'), ('hostages', 'PAK', 'CVL'))
ev(9, 'human shields', 'ASSAULT', 'abduct', ('suicide bombers', 'PAK', 'REB'), ('innocent people', 'PAK', 'CVL'),
   note='using hostages as human shields (same hostage-taking)')
ev(10, 'Threatening to kill the hostages', 'THREATEN', 'violence', ('BLA', 'PAK', 'REB'), (None, 'PAK', 'GOV'),
   note='threat addressed to the authorities; victims = the hostages')
ev(10, 'demanded', 'REQUEST', 'yield', ('BLA', 'PAK', 'REB'), (None, 'PAK', 'GOV'), note='demand for release of prisoners')
ev(10, 'held', 'COERCE', 'arrest', (None, 'PAK', 'GOV'), ('political prisoners', 'PAK', 'CVL'),
   note='detention of political prisoners, missing persons and "resistance workers" (as the BLA calls them)')
ev(11, 'gave authorities 48 hours to comply', 'THREATEN', None, ('the group', 'PAK', 'REB'), ('authorities', 'PAK', 'GOV'), note='ultimatum')
ev(12, 'demands', 'REQUEST', 'yield', ('BLA', 'PAK', 'REB'), (None, 'PAK', 'GOV'),
   note='noun re-mention; subheading "Reaction" is part of the sentence; "have not publicly responded" not coded')
ev(13, 'will be responded to with full force', 'THREATEN', 'violence', ('Balochistan Chief Minister Sarfraz Bugti', 'PAK', 'GOV'), (None, 'PAK', 'REB'))
ev(13, 'condemning', 'ACCUSE', 'disapprove', ('Balochistan Chief Minister Sarfraz Bugti', 'PAK', 'GOV'), (None, 'PAK', 'REB'))
ev(13, 'attack', 'ASSAULT', None, RB, ('Jaffar Express', 'PAK', 'CVL'), note='noun re-mention in quote')
ev(14, 'terrorists have no link', 'ACCUSE', 'disapprove', ('Prime Minister Shehbaz Sharif', 'PAK', 'GOV'), ('terrorists', 'PAK', 'REB'))
ev(14, 'attack', 'ASSAULT', None, RB, (None, 'PAK', 'CVL'), note='noun re-mention "the Ramadan attack"')
ev(15, 'a blast and gunfire', 'ASSAULT', None, RB, (None, 'PAK', 'CVL'), note='passengers\' account of the attack')
ev(16, 'ordering', 'REQUEST', None, ('armed men who boarded the train', 'PAK', 'REB'), ('passengers', 'PAK', 'CVL'),
   note='attackers ordering passengers to leave (orders = REQUEST); alternative COERCE')
ev(19, 'released', 'RETREAT', 'release', ('they', 'PAK', 'REB'), ('dozens of women, children and Baloch passengers', 'PAK', 'CVL'),
   note='militants\' claim; security sources say the military rescued them (not coded)')
ev(24, 'stopped the train', 'ASSAULT', 'abduct', ('They', 'PAK', 'REB'), ('the train', 'PAK', 'CVL'), note='hijack; They = attackers')
ev(25, 'dispatched', 'MOBILIZE', 'troops', (None, 'PAK', 'GOV'), (None, 'PAK', 'REB'),
   note='security forces (with rescue train and ambulances) dispatched')
ev(27, 'designated', 'SANCTION', None, ('The United States and Pakistan', 'USA', 'GOV'), ('BLA', 'PAK', 'REB'),
   note='terrorist designation (compound actor USA + PAK); alternative ACCUSE; subheading "BLA surges" part of sentence')
ev(31, 'launched 504 attacks', 'ASSAULT', None, ('the separatist group and its ideological allies', 'PAK', 'REB'), None,
   note='2024 aggregate (Global Terrorism Index); "Deaths in the attacks surged" not coded separately')
ev(33, 'fighting a deadly insurgency', 'ASSAULT', None, ('The separatist group', 'PAK', 'REB'), ('the Pakistani state', 'PAK', 'GOV'))
ev(33, 'accusing', 'ACCUSE', 'allege', ('The separatist group', 'PAK', 'REB'), ('it', 'PAK', 'GOV'))
ev(34, 'opposes', 'REJECT', None, ('The group', 'PAK', 'REB'), (None, 'CHN', 'GOV'), note='opposes Chinese investment; alternative ACCUSE')
ev(34, 'investment', 'COOPERATE', None, (None, 'CHN', 'GOV'), (None, 'PAK', 'GOV'), note='Chinese investment in Balochistan (economic cooperation)')
ev(35, 'reject', 'REJECT', None, ('Both Pakistan and China', 'PAK', 'GOV'), (None, 'PAK', 'REB'), note='compound actor PAK + CHN; rejecting Baloch claims')
ev(35, 'claims', 'ACCUSE', 'allege', (None, 'PAK', 'REB'), (None, 'PAK', 'GOV'), note='Baloch claims (noun); targets PAK + CHN')
ev(35, 'joint ventures', 'COOPERATE', None, ('their', 'PAK', 'GOV'), (None, 'CHN', 'GOV'), note='Pakistan-China joint ventures')
ev(36, 'are based in Afghanistan', 'ACCUSE', 'allege', ('Security sources', 'PAK', 'MIL'), (None, 'AFG', 'GOV'),
   note='implicit accusation that the attackers are based in Afghanistan')
ev(36, 'attack', 'ASSAULT', None, ('those involved', 'PAK', 'REB'), (None, 'PAK', 'CVL'), note='noun re-mention "Tuesday\'s attack"')
ev(37, 'blamed', 'ACCUSE', 'allege', ('Islamabad', 'PAK', 'GOV'), ('militants present on Afghan soil', 'PAK', 'REB'),
   note='implicit target Afghanistan (AFG)')
ev(37, 'attacks', 'ASSAULT', None, ('militants present on Afghan soil', 'PAK', 'REB'), None, note='several recent attacks (aggregate)')
ev(38, 'deny', 'REJECT', None, ('Afghan Taliban', 'AFG', 'GOV'), (None, 'PAK', 'GOV'), note='denial = REJECT')
ev(38, 'providing sanctuary', 'AID', None, ('Afghan Taliban', 'AFG', 'GOV'), ('anti-Pakistan fighters', 'PAK', 'REB'), mod='hypothetical',
   note='alleged sanctuary (denied)')
ev(39, 'ramped up attacks', 'ASSAULT', None, ('the BLA', 'PAK', 'REB'), ('security forces, settlers and workers', 'PAK', 'MIL'),
   note='subheading "Recent attacks" part of sentence; mixed MIL/CVL targets')
ev(40, 'detonated her explosive devices', 'ASSAULT', 'suicide-attack', ('a female suicide bomber', 'PAK', 'REB'), ('a military convoy', 'PAK', 'MIL'))
ev(41, 'ambushed', 'ASSAULT', None, ('BLA insurgents', 'PAK', 'REB'), ('a bus transporting a paramilitary force', 'PAK', 'MIL'),
   note='"killed 18 of those on board" same occurrence')
ev(42, 'roadside bomb blast', 'ASSAULT', 'explosives', (None, None, None), ('11 coal miners', 'PAK', 'CVL'), note='perpetrator not stated')
ev(42, 'attacking', 'ASSAULT', None, ('the BLA', 'PAK', 'REB'), ('a military vehicle', 'PAK', 'MIL'), note='claimed attack on convoy escort')
ev(43, 'came under attack', 'ASSAULT', None, RB, ('it', 'PAK', 'MIL'), note='same convoy attack; it = the convoy')
S.save()
