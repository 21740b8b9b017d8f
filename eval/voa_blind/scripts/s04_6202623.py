from lib import Story
S = Story('voa-6202623', nosplit=(4545, 6184))
ev = S.ev
AJ = ('Arnel Joseph', 'HTI', 'CRM')
ev(0, 'killed', 'ASSAULT', 'firearms', ('police', 'HTI', 'COP'), AJ, note='killed in a gun battle with police')
ev(1, 'opened fire', 'ASSAULT', 'firearms', ('He', 'HTI', 'CRM'), ('a police patrol', 'HTI', 'COP'),
   note='He = Arnel Joseph (quote of Exantus); stop at a checkpoint not coded')
ev(2, 'returned fire', 'ASSAULT', 'firearms', ('The police', 'HTI', 'COP'), AJ, note='"Arnel Joseph was killed" is the same occurrence')
ev(6, 'deplorable', 'ACCUSE', 'disapprove', ('Exantus', 'HTI', 'GOV'), (None, 'HTI', 'CRM'),
   note='condemning the jailbreak; target = the escapees/gang (implied)')
ev(7 + 1, 'arrested', 'COERCE', 'arrest', (None, 'HTI', 'COP'), ('Joseph', 'HTI', 'CRM'), note='2011 (historical)')
ev(8, 'sentenced', 'SANCTION', 'convict', (None, 'HTI', 'JUD'), ('Joseph', 'HTI', 'CRM'), note='six-year sentence in 2011')
ev(8, 'murder', 'ASSAULT', None, ('Joseph', 'HTI', 'CRM'), ('several policemen', 'HTI', 'COP'), note='the crime he was convicted of (historical)')
ev(9, 'released', 'RETREAT', 'release', (None, 'HTI', 'GOV'), ('He', 'HTI', 'CRM'), note='released from prison May 2017')
ev(10, 'rearrested', 'COERCE', 'arrest', (None, 'HTI', 'COP'), ('He', 'HTI', 'CRM'), note='July 2019')
ev(11, 'charged', 'ACCUSE', 'allege', ('Law enforcement', 'HTI', 'COP'), ('him', 'HTI', 'CRM'),
   note='content of criminal charges (terrorizing residents) not coded separately')
ev(12, 'charged', 'ACCUSE', 'allege', (None, 'HTI', 'JUD'), ('He', 'HTI', 'CRM'), note='further charges (robbery, rape, kidnapping)')
ev(13, 'charges', 'ACCUSE', 'allege', (None, 'HTI', 'JUD'), ('he', 'HTI', 'CRM'),
   note='noun re-mention of the charges; "awaiting trial" (detention); the escape itself has no PLOVER type')
ev(17, 'exchanged gunfire', 'ASSAULT', 'firearms', ('A group of armed prisoners', 'HTI', 'CRM'), ('guards', 'HTI', 'COP'),
   note='prison guards coded COP')
ev(19, 'tracked his movements', 'ACCUSE', 'investigate', ('law enforcement', 'HTI', 'COP'), ('his', 'HTI', 'CRM'),
   note='tracking the fugitive = investigation (weak)')
ev(24, 'mutiny', 'ASSAULT', None, (None, 'HTI', 'CRM'), ('six prisoners', 'HTI', 'CRM'),
   note='25 deaths as a result of the mutiny (noun event with predicated deaths); deaths include prisoners and staff; parties on both sides')
ev(25, 'killed', 'ASSAULT', 'firearms', (None, 'HTI', 'CRM'), ('The prison inspector general', 'HTI', 'GOV'),
   note='killed during the gunfight (by the escaping prisoners, implied)')
ev(28, 'caught', 'COERCE', 'arrest', (None, 'HTI', 'COP'), ('Sixty of those who escaped', 'HTI', 'CRM'),
   note='recaptured; the ongoing "nationwide search" (previous sentence) not coded')
ev(29, 'recovered', 'COERCE', 'seize', (None, 'HTI', 'COP'), None, note='17 firearms recovered (seizure of weapons; weak)')
ev(31, 'holds', 'COERCE', 'arrest', (None, 'HTI', 'GOV'), ('former member of Haiti’s Chamber of Deputies Arnel Belizaire', 'HTI', 'LEG'),
   note='ongoing detention in the prison ("It" = the prison)')
ev(31, 'accused', 'ACCUSE', 'allege', (None, 'HTI', 'JUD'), ('who', 'HTI', 'LEG'), note='who = Belizaire')
ev(32, 'detained', 'COERCE', 'arrest', (None, 'HTI', 'GOV'), ('The alleged coup plotters', 'HTI', None),
   note='alleged plotters of the Feb. 7 coup attempt (their alleged attempt not coded)')
ev(34, 'caught', 'COERCE', 'arrest', ('prison guards', 'HTI', 'COP'), ('Joseph', 'HTI', 'CRM'), note='July 2020 escape attempt, caught on the roof')
ev(35, 'condemnation', 'ACCUSE', 'disapprove', (('Moise', 1), 'HTI', 'GOV'), (None, 'HTI', 'CRM'),
   note='subheading "Reaction from President Moise" is part of this sentence; target = jailbreak perpetrators')
ev(36, 'CONDEMN', 'ACCUSE', 'disapprove', ('We', 'HTI', 'GOV'), (None, 'HTI', 'CRM'), note='quoted tweet (same condemnation)')
ev(36, 'urge', 'REQUEST', None, ('We', 'HTI', 'GOV'), ('the population', 'HTI', 'CVL'), note='appeal for calm')
ev(37, 'is instructed', 'REQUEST', None, (None, 'HTI', 'GOV'), ('The #PNH', 'HTI', 'COP'),
   note='presidential order to the national police to bring the situation under control')
ev(38, 'criticized', 'ACCUSE', 'disapprove', ('United Nations , U.S., French, Chinese, Russian and Mexican representatives', 'IGO', 'GOV'),
   ('he', 'HTI', 'GOV'), note='compound actor: UN, USA, FRA, CHN, RUS, MEX; he = Moise')
ev(38, 'meeting', 'CONSULT', 'multilateral', (None, 'IGO', 'GOV'), None, note='U.N. Security Council meeting on Haiti (asserted noun)')
ev(39, 'urged', 'REQUEST', 'change', ('A U.S. State Department spokesperson', 'USA', 'GOV'), ('the Haitian government', 'HTI', 'GOV'),
   note='subheading "International reaction" is part of the sentence; "expressed sorrow" not coded')
ev(41, 'urged', 'REQUEST', 'change', ('We', 'USA', 'GOV'), ('the Haitian authorities', 'HTI', 'GOV'),
   note='"have consistently urged"; the next two sentences ("underscores the need", "highlights the importance") are opinions, not coded')
ev(44, 'has provided technical assistance, training and equipment', 'AID', None, ('The U.S. government', 'USA', 'GOV'),
   ('the HNP', 'HTI', 'COP'), note='INL assistance; "funded construction" same occurrence')
ev(46, 'mutiny', 'ASSAULT', None, (None, 'HTI', 'CRM'), None,
   note='noun re-mention (occurred on 25 Feb); La Lime "deeply concerned" / "expressed concern" not coded (no target)')
ev(47, 'encourage', 'REQUEST', None, ('I', 'IGO', 'GOV'), ('the police', 'HTI', 'COP'),
   note='La Lime (UN) urging police to investigate and reapprehend escapees')
ev(48, 'slammed', 'ACCUSE', 'disapprove', ('Democratic U.S. Congressman Andy Levin of Michigan', 'USA', 'LEG'), ('Moise', 'HTI', 'GOV'))
ev(49, 'tragic sign', 'ACCUSE', 'disapprove', ('Levin', 'USA', 'LEG'), (None, 'HTI', 'GOV'),
   note='weak: criticism of collapsing rule of law; "massacre" (re-mention of the mutiny) not coded separately')
ev(50, 'antidemocratic rule', 'ACCUSE', 'disapprove', (None, 'USA', 'LEG'), ('Jovenel Moïse', 'HTI', 'GOV'),
   note='Levin tweet continued')
ev(52, 'investigate', 'ACCUSE', 'investigate', (None, 'HTI', 'GOV'), None, note='three commissions created to investigate the mutiny')
ev(53, 'investigate', 'ACCUSE', 'investigate', ('the inspector general of the national police', 'HTI', 'COP'), None, mod='future')
ev(54, 'to determine who should be charged', 'ACCUSE', 'investigate', ('A second judicial commission', 'HTI', 'JUD'), None, mod='future')
ev(55, 'investigate', 'ACCUSE', 'investigate', ('A third commission', 'HTI', 'GOV'), None, mod='future', note='led by the penitentiary administration')
S.save()
