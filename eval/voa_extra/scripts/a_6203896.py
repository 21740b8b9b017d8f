from lib import Story
S = Story('voa-6203896')
ev = S.ev
JUD = (None, 'FRA', 'JUD')
DEF = (None, 'CIV', 'MIL')
# [0]
ev(0, 'trial', 'ACCUSE', 'allege', JUD, DEF,
   note='trial (prosecution) opened in Paris against two Ivorian soldiers and a Belarusian mercenary (named in s.3); CAMEO 115-type legal action = ACCUSE allege')
ev(0, 'bombing', 'ASSAULT', None, DEF, ('a French military base', 'FRA', 'MIL'),
   note='2004 Bouake bombing (by Ivorian air force jets, aircraft not stated in the text so mode left null); "that killed an American soil scientist and nine French soldiers" = same occurrence; perpetrators implied (accused Ivorian soldiers)')
# [1]
ev(1, 'tried in absentia', 'ACCUSE', 'allege', JUD, ('The defendants', 'CIV', 'MIL'),
   note='ongoing trial; defendants: two Ivorian soldiers (CIV MIL) and a Belarusian mercenary')
# [2]
ev(2, 'the attack', 'ASSAULT', None, DEF, (None, 'FRA', 'MIL'),
   note='back-reference noun with predication ("raises many questions")')
ev(2, 'response', 'ASSAULT', 'destroy', ("the French government", 'FRA', 'GOV'), (None, 'CIV', 'MIL'),
   note='noun mention of the French retaliation (destruction of the Ivorian air force, s.8); doubtful')
# [3]
ev(3, 'stand accused', 'ACCUSE', 'allege', JUD, ('Two Ivorian soldiers and a mercenary from Belarus', 'CIV', 'MIL'),
   note='compound recipient: CIV MIL + Belarusian mercenary (BLR); accuser = French justice')
ev(3, 'bombing', 'ASSAULT', None, DEF, ('the French army base near Bouake', 'FRA', 'MIL'),
   note='noun mention of the bombing, which happened (asserted); its attribution to the defendants is the accusation')
ev(3, 'held by rebels', 'COERCE', 'seize', ('rebels', 'CIV', 'REB'), ("Ivory Coast’s second largest city", 'CIV', None),
   note='rebel control of Bouake (occupy territory, CAMEO 192 -> COERCE seize); background relative clause; "civil war" background without actors not coded')
# [6]
ev(6, 'Licorne peacekeeping operation', 'AID', None, ('its', 'FRA', 'MIL'), (None, 'CIV', None),
   note='French peacekeeping operation in Ivory Coast (CAMEO 074 -> AID); "its" = France; anti-French sentiment is an attitude, not coded')
# [7]
ev(7, 'accused', 'ACCUSE', 'allege', (None, 'CIV', 'GOV'), ('Paris', 'FRA', 'GOV'),
   note='accusers not named (Gbagbo government/camp)')
ev(7, 'aiding', 'AID', None, ('Paris', 'FRA', 'GOV'), ('rebels', 'CIV', 'REB'), mod='hypothetical',
   note='content of the accusation')
ev(7, 'fighting', 'ASSAULT', None, ('rebels', 'CIV', 'REB'), ('then-president, Laurent Gbagbo', 'CIV', 'GOV'),
   note='civil war fighting by the rebels against Gbagbo\'s government (relative clause, asserted)')
# [8]
ev(8, 'destroying', 'ASSAULT', 'destroy', ('France', 'FRA', 'MIL'), ("Ivory Coast’s tiny air force", 'CIV', 'MIL'),
   note='French retaliation; "responded to the Bouake attack" is a back-reference anchor, not coded again')
# [9]
ev(9, 'the attack', 'ASSAULT', None, ('Ivorian authorities', 'CIV', 'GOV'), (None, 'FRA', 'MIL'), mod='hypothetical',
   note='attribution believed by "some" ("a blunder by Ivorian authorities"); belief, not an accusation act; the attack itself is coded asserted elsewhere')
# [10]
ev(10, 'suggested', 'ACCUSE', 'allege', ('Former French ambassador to Ivory Coast, Jean-Marc Simon', 'FRA', 'ELI'),
   ("high-level members of Gbagbo's government", 'CIV', 'GOV'),
   note='former ambassador (ELI = former official, precedent); "Gbagbo had not been informed" is not an event')
ev(10, 'given the orders', 'REQUEST', None, ("high-level members of Gbagbo's government", 'CIV', 'GOV'), (None, 'CIV', 'MIL'), mod='hypothetical',
   note='alleged orders for the attack (content of the suggestion); alternative hypothetical ASSAULT')
# [11]
ev(11, 'believes the attack was deliberate', 'ACCUSE', 'allege', ('Lawyer Lionel Bethune de Moro', 'FRA', 'CVL'), ('Ivorian authorities', 'CIV', 'GOV'),
   note='civil-party lawyer in the Paris trial (country FRA assumed); the stated aim (get France to leave) not coded')
ev(11, 'the attack', 'ASSAULT', None, ('Ivorian authorities', 'CIV', 'GOV'), (None, 'FRA', 'MIL'), mod='hypothetical',
   note='content of the accusation (deliberate attack by Ivorian authorities)')
# [12]
ev(12, 'suggest', 'ACCUSE', 'allege', ('others', None, None), ('France', 'FRA', 'GOV'),
   note='"others" = e.g. another victims\' lawyer (s.13)')
ev(12, 'the bombing', 'ASSAULT', None, ('France', 'FRA', 'GOV'), (None, 'FRA', 'MIL'), mod='hypothetical',
   note='content of the allegation: bombing as a French plot; aim (Gbagbo\'s departure) not coded')
# [13]
ev(13, 'a hypothesis raised', 'ACCUSE', 'allege', ('another lawyer of the victims', 'FRA', 'CVL'), (None, 'FRA', 'GOV'),
   note='re-mention of the allegation of s.12 with its author')
ev(13, 'dismissed', 'REJECT', None, ('ambassador Simon', 'FRA', 'ELI'), ('another lawyer of the victims', 'FRA', 'CVL'),
   note='dismissed as a conspiracy theory (rejection of an accusation)')
# [14]
ev(14, 'caught', 'COERCE', 'arrest', (None, None, None), ('the three defendants', 'CIV', 'MIL'), neg=True,
   note='"never caught"; "international arrest warrants ... not carried out" = same non-arrest')
ev(14, 'international arrest warrants', 'ACCUSE', 'allege', JUD, ('them', 'CIV', 'MIL'),
   note='warrants issued (legal action); doubtful, alternative COERCE arrest (not carried out)')
# [15]
ev(15, 'called as witnesses', 'REQUEST', None, JUD, ("France’s former ministers of defense, interior and foreign affairs", 'FRA', 'ELI'),
   note='court summons to testify (weak)')
# [17]
ev(17, 'charges', 'ACCUSE', 'allege', ('the International Criminal Court in The Hague', 'IGO', 'JUD'), ('Gbagbo', 'CIV', 'ELI'),
   note='ICC charges over 2010 post-electoral violence (historical; noun mention); the acquittal and the pending ruling on it are not coded (precedent: overturning a conviction not coded); the violence itself has no actor, not coded')
S.save()
