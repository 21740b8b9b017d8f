from lib import Story
S = Story('voa-6184384')
ev = S.ev
AS = (None, 'SOM', 'REB')
ev(0, 'launched an operation', 'ASSAULT', None, ('Kenya', 'KEN', 'MIL'), ('al-Shabab terrorists', 'SOM', 'REB'),
   note='2015 military operation to flush out al-Shabab from Boni Forest (historical); al-Shabab coded SOM REB as in existing gold')
ev(1, 'stamp out', 'ASSAULT', None, ('security forces', 'KEN', 'MIL'), ('the Islamist militants', 'SOM', 'REB'),
   note='ongoing counter-insurgency operation ("still struggling to stamp out")')
ev(2, 'attack', 'ASSAULT', None, AS, ('a joint Kenya-U.S. military base', 'KEN', 'MIL'),
   note='January 2020 Manda Bay attack (al-Shabab, named later); base is joint KEN+USA')
ev(5, 'hit a roadside bomb', 'ASSAULT', 'explosives', AS, ('the car', 'KEN', 'CVL'),
   note='2017 ambush of a police vehicle carrying civilians; perpetrators (al-Shabab) implied')
ev(5, 'attacked with gunfire', 'ASSAULT', 'firearms', AS, ('the car', 'KEN', 'CVL'),
   note='same ambush; "killing all the civilians except Abdi"')
ev(8, 'the bullet hit her', 'ASSAULT', 'firearms', AS, ('her', 'KEN', 'CVL'), note='Abdi shot by an attacker ("one man aimed at me" in previous sentence)')
ev(12, 'pointed his gun', 'THREATEN', 'violence', ('another', 'KEN', 'COP'), (('her', 1), 'KEN', 'CVL'),
   note='security officer pointing a gun at the survivor (threat of force)')
ev(12, 'called her al-Shabab', 'ACCUSE', 'allege', ('another', 'KEN', 'COP'), (('her', 2), 'KEN', 'CVL'))
ev(13, 'replied that she was not al-Shabab', 'REJECT', None, ('she', 'KEN', 'CVL'), (None, 'KEN', 'COP'),
   note='denial of the accusation (precedent: denials = REJECT)')
ev(17, 'banned', 'COERCE', 'restrict', ('Kenyan authorities', 'KEN', 'GOV'), ('civilians', 'KEN', 'CVL'),
   note='ban on civilians traveling with security vehicles')
ev(18, 'targets', 'ASSAULT', None, ('The terror group', 'SOM', 'REB'), ('our security vehicles and security officers', 'KEN', 'COP'),
   note='habitual/aggregate with named actor')
ev(20, 'launched an operation', 'ASSAULT', None, ('Kenya', 'KEN', 'MIL'), ('al-Shabab terrorists', 'SOM', 'REB'),
   note='repeats sentence 1 (re-mention of the 2015 operation)')
ev(27, 'attacking and fighting', 'ASSAULT', None, ('Somalia-based al-Shabab', 'SOM', 'REB'), ('Kenyan troops', 'KEN', 'MIL'),
   note='since 2011 (aggregate, named actor)')
ev(27, 'sent soldiers into Somalia', 'MOBILIZE', 'troops', ('the government', 'KEN', 'GOV'), ('the militant group', 'SOM', 'REB'),
   note='2011 Kenyan intervention in Somalia; alternative ASSAULT')
ev(28, 'brazen assault', 'ASSAULT', None, ('the militants', 'SOM', 'REB'), ('a joint Kenya-U.S. military base', 'KEN', 'MIL'),
   note='Manda Bay, January 2020; base shared KEN+USA')
ev(29, 'killed', 'ASSAULT', None, AS, ('Three Americans', 'USA', 'MIL'), note='killed in the base attack (one soldier, two contractors; not stated here)')
S.save()
