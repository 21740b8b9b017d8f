from lib import Story
S = Story('voa-8011076')
ev = S.ev
REB = ('armed militants', 'PAK', 'REB')
ev(0, 'hijacking', 'ASSAULT', 'abduct', ('armed militants', 'PAK', 'REB'), ('31 people', 'PAK', None),
   note='train hijacking by BLA; victims include 23 security personnel (mixed CVL/MIL)')
ev(1, 'killed', 'ASSAULT', None, (None, 'PAK', 'REB'),
   ('18 off-duty military and paramilitary Frontier Corps personnel, three railway staff and five civilian passengers', 'PAK', 'MIL'),
   note='killed in the initial attack; attackers (BLA) implied; mixed MIL/CVL victims')
ev(2, 'killed', 'ASSAULT', None, (None, 'PAK', 'REB'), ('Five Frontier Corps personnel', 'PAK', 'PAK' and 'MIL'),
   note='killed in the attack and the ensuing battle')
ev(2, 'battle', 'ASSAULT', None, (None, 'PAK', 'MIL'), ('militants', 'PAK', 'REB'),
   note='ensuing battle between security forces and the hijackers (reciprocal fighting)')
ev(3, 'took over', 'ASSAULT', 'abduct', ('Separatist militants from Baloch Liberation Army (BLA)', 'PAK', 'REB'),
   ('the Jaffar Express', 'PAK', 'CVL'), note='hijack; "a designated terror group" is an attributive label, not coded')
ev(4, 'killed', 'ASSAULT', None, ('it', 'PAK', 'MIL'), ('33 BLA terrorists', 'PAK', 'REB'),
   note='it = the Pakistan military; "clearance operation" is the same occurrence. Freeing of passengers (next sentence) is a rescue, not coded')
ev(9, 'got caught', 'ASSAULT', 'abduct', ('the terrorists', 'PAK', 'REB'), ('some', 'PAK', 'CVL'), mod='hypothetical',
   note='"maybe some got caught [by the terrorists]" (chief minister speculating)')
ev(10, 'attack', 'ASSAULT', None, (None, 'PAK', 'REB'), (None, 'PAK', 'CVL'),
   note='noun re-mention "Tuesday\'s attack" with predication (marked an escalation); subheading "Blaming neighbors" is part of this sentence')
ev(11, 'killed', 'ASSAULT', None, ('the BLA and other Baloch separatist groups', 'PAK', 'REB'), ('nearly 400 people', 'PAK', None),
   note='aggregate 2024 attacks with named actor')
ev(12, 'blamed', 'ACCUSE', 'allege', ('Pakistani officials', 'PAK', 'GOV'), ('archrival India', 'IND', 'GOV'),
   note='"accusing it of providing support" is the same accusation')
ev(12, 'providing support', 'AID', None, ('it', 'IND', 'GOV'), ('anti-Pakistan militants in Afghanistan', 'PAK', 'REB'), mod='hypothetical',
   note='alleged support (content of the accusation, denied); it = India')
ev(12, 'rejected', 'REJECT', None, ('New Delhi', 'IND', 'GOV'), (None, 'PAK', 'GOV'),
   note='denial of the accusation coded REJECT (precedent)')
ev(13, 'reject', 'REJECT', None, ('We', 'IND', 'GOV'), ('Pakistan', 'PAK', 'GOV'),
   note='We = Indian foreign ministry (Jaiswal)')
ev(13, 'allegations', 'ACCUSE', 'allege', ('Pakistan', 'PAK', 'GOV'), (None, 'IND', 'GOV'),
   note='noun re-mention of Pakistan\'s accusation')
ev(14, 'reiterated the claim', 'ACCUSE', 'allege', ('Bugti and Chaudhry', 'PAK', 'GOV'), ('Afghanistan', 'AFG', 'GOV'),
   note='claim that militants based in Afghanistan orchestrated the attack; target read as Afghanistan (Afghan FM rejects it); Chaudhry is military spokesman (MIL), Bugti chief minister (GOV)')
ev(14, 'attack', 'ASSAULT', None, ('militants with bases in Afghanistan', 'PAK', 'REB'), (None, 'PAK', 'CVL'),
   note='noun re-mention of the train attack; attribution is a claim')
ev(14, 'rejected', 'REJECT', None, ('Afghan foreign ministry spokesperson Abdul Qahar Balkhi', 'AFG', 'GOV'), (None, 'PAK', 'GOV'),
   note='denial of the Pakistani charge')
ev(16, 'hijacking', 'ASSAULT', 'abduct', (None, 'PAK', 'REB'), (None, 'PAK', 'CVL'),
   note='noun re-mention "the brazen hijacking"; officials "rejected questions" of an intelligence failure (rejecting journalists\' criticism) not coded')
ev(21, 'face discrimination and exploitation', 'ACCUSE', 'disapprove', ('members of the ethnic Baloch minority', 'PAK', 'CVL'),
   ('the government in Islamabad', 'PAK', 'GOV'), note='"say they face discrimination" = complaint; background')
S.save()
