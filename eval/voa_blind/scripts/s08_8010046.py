from lib import Story
S = Story('voa-8010046')
ev = S.ev
Z = ('Zamora', 'GTM', 'JRN')
GAL = ('Gallagher', None, 'CVL')
ev(0, 'ordered', 'COERCE', 'arrest', ('A Guatemalan judge', 'GTM', 'JUD'), ('prominent journalist Jose Ruben Zamora', 'GTM', 'JRN'),
   note='ordered back to prison')
ev(0, 'inhumane', 'ACCUSE', 'disapprove', ('the leader of his legal team', None, 'CVL'), (None, 'GTM', 'JUD'),
   note='Caoilfhionn Gallagher (international legal team; country left null)')
ev(1, 'on the orders of', 'COERCE', 'arrest', ('Judge Erick Garcia', 'GTM', 'JUD'), Z, note='returned to prison on the judge\'s orders')
ev(1, 'revoked house arrest', 'COERCE', 'arrest', ('another court', 'GTM', 'JUD'), ('the elPeriodico founder', 'GTM', 'JRN'),
   note='revocation of house arrest (return to prison)')
ev(2, 'case', 'ACCUSE', 'allege', (None, 'GTM', 'JUD'), ('The publisher', 'GTM', 'JRN'), note='pending money-laundering case (prosecution)')
ev(2, 'politically motivated', 'ACCUSE', 'disapprove', ('press freedom groups', None, 'NGO'), (None, 'GTM', 'JUD'))
ev(3, 'total breakdown of rule of law', 'ACCUSE', 'disapprove', ('Caoilfhionn Gallagher', None, 'CVL'), (None, 'GTM', 'GOV'),
   note='"very troubled" in the same quote')
ev(5, 'grossly unfair and inhumane', 'ACCUSE', 'disapprove', GAL, (None, 'GTM', 'JUD'))
ev(5, 'revocation', 'COERCE', 'arrest', (None, 'GTM', 'JUD'), ('his', 'GTM', 'JRN'), note='noun re-mention of the revocation of house arrest')
ev(7, 'arbitrary', 'ACCUSE', 'disapprove', ('he', 'GTM', 'JRN'), (None, 'GTM', 'JUD'), note='Zamora calling the ruling arbitrary')
ev(8, 'threatened', 'THREATEN', None, ('unnamed individuals', None, None), ('he and his staff', 'GTM', 'JUD'),
   note='threats against the judge (as reported by him)')
ev(12, 'arrested', 'COERCE', 'arrest', ('authorities', 'GTM', 'GOV'), Z, note='2022 arrest')
ev(12, 'froze', 'COERCE', 'seize', ('authorities', 'GTM', 'GOV'), ('the newspaper', 'GTM', 'MED'), note='asset freeze')
ev(13, 'forced to shutter', 'COERCE', 'censor', (None, 'GTM', 'GOV'), ('The publication', 'GTM', 'MED'),
   note='closure of elPeriodico in 2023 (forced by the asset freeze/prosecution)')
ev(14, 'sentenced', 'SANCTION', 'convict', ('A court', 'GTM', 'JUD'), Z, note='six years on money-laundering charges')
ev(16, 'rejected', 'REJECT', None, ('Zamora’s legal team', 'GTM', 'CVL'), (None, 'GTM', 'JUD'),
   note='rejecting the accusations; the appeals court overturning the conviction (previous sentence) not coded')
ev(16, 'accusations', 'ACCUSE', 'allege', (None, 'GTM', 'JUD'), (None, 'GTM', 'JRN'), note='noun re-mention of the charges')
ev(17, 'determined that Zamora’s detention is arbitrary', 'ACCUSE', 'disapprove',
   ('The United Nations Working Group on Arbitrary Detention', 'IGO', 'GOV'), (None, 'GTM', 'GOV'))
ev(17, 'detention', 'COERCE', 'arrest', (None, 'GTM', 'GOV'), ('Zamora', 'GTM', 'JRN'), note='noun mention of the detention')
ev(17, 'called for his release', 'REQUEST', 'yield', ('The United Nations Working Group on Arbitrary Detention', 'IGO', 'GOV'),
   (None, 'GTM', 'GOV'))
ev(18, 'spent more than 800 days in prison', 'COERCE', 'arrest', (None, 'GTM', 'JUD'), ('The publisher', 'GTM', 'JRN'))
ev(18, 'granted him house arrest', 'RETREAT', 'release', ('a court', 'GTM', 'JUD'), ('him', 'GTM', 'JRN'),
   note='release from prison to house arrest (October); alternative CONCEDE')
ev(19, 'revoked', 'COERCE', 'arrest', ('Another court', 'GTM', 'JUD'), ('Zamora', 'GTM', 'JRN'),
   note='November revocation; postponement by lawyers not coded')
ev(20, 'judicial weaponization', 'ACCUSE', 'disapprove', ('Artur Romeu', None, 'NGO'), (None, 'GTM', 'JUD'), note='Reporters Without Borders')
ev(20, 'reimprison', 'COERCE', 'arrest', (None, 'GTM', 'JUD'), ('Zamora', 'GTM', 'JRN'), note='noun re-mention ("the decision to reimprison")')
ev(22, 'absolutely baseless case', 'ACCUSE', 'disapprove', ('Arevalo', 'GTM', 'GOV'), ('the Public Ministry', 'GTM', 'JUD'),
   note='president criticizing the prosecution ("criminalization strategies")')
ev(24, 'sanctioned', 'SANCTION', None, ('the European Union', 'IGO', 'GOV'), ('Attorney General Maria Consuelo Porras', 'GTM', 'JUD'),
   note='2024 EU sanctions; the stated grounds (targeting journalists, trying to prevent Arevalo taking office) not coded')
ev(25, 'subjected to conditions', 'COERCE', None, (None, 'GTM', 'GOV'), ('the publisher', 'GTM', 'JRN'), note='harsh prison conditions')
ev(25, 'characterized as “inhumane and degrading”', 'ACCUSE', 'disapprove', GAL, (None, 'GTM', 'GOV'))
ev(27, 'horrifying and unacceptable', 'ACCUSE', 'disapprove', GAL, (None, 'GTM', 'JUD'))
ev(28, 'called for', 'REQUEST', 'yield', ('Nine press freedom and rights groups', None, 'NGO'), (None, 'GTM', 'GOV'))
ev(29, 'urge', 'REQUEST', 'change', ('We', None, 'NGO'), ('Guatemalan authorities', 'GTM', 'GOV'), note='joint statement: fair trial')
ev(31, 'killed', 'ASSAULT', None, (None, 'MLT', None), ('journalist Daphne Caruana Galizia', 'MLT', 'JRN'),
   note='2017 killing (background relative clause); "jailed ... Jimmy Lai" is an attributive label, not coded')
S.save()
