from lib import Story
S = Story('voa-8008697')
ev = S.ev
US = (None, 'USA', 'GOV')
ev(10, 'invited', 'AGREE', None, ('the White House', 'USA', 'GOV'), ('Gee', 'USA', 'BUS'),
   note='invitation to Nixon\'s White House = offer to meet (CAMEO 036; weak, alternative CONSULT/visit if the visit is read as implied); Gee = Houston restaurateur/grocer (BUS)')
ev(26, 'banned laborers', 'COERCE', 'restrict', US, ('laborers', 'CHN', 'LAB'),
   note='Chinese Exclusion Act banning Chinese laborers from entering (historical; the Act is not a party, actor USA GOV; alternative SANCTION); "allowed Chinese merchants, diplomats and students into the country" is the exemption, not coded')
ev(32, 'detained', 'COERCE', 'arrest', US, ('David Gee', 'CHN', 'CVL'),
   note='immigration detention at Angel Island for almost a year (authorities implied); David Gee a Chinese migrant at the time')
ev(33, 'received permission to stay', 'RETREAT', 'release', US, ('he', 'CHN', 'CVL'),
   note='end of the immigration detention by admission (weak; alternative not coded)')
ev(46, 'took part in the desegregation', 'CONCEDE', None, ('Albert Gee', 'USA', 'BUS'), (None, 'USA', 'CVL'),
   note='desegregation of Houston restaurants in the early 1960s, Gee as president of the Houston Restaurant Association (ease restrictions / accede to demands for rights, CAMEO 0833 -> CONCEDE; weak, alternative RETREAT); beneficiaries (Black Houstonians) not named')
ev(48, 'collaborated with', 'COOPERATE', None, ('Asia Society Texas', 'USA', 'NGO'), ('HAAA', 'USA', 'EDU'),
   note='collaboration to create lesson guides (non-political; weak); HAAA = archive at Rice University (EDU)')
ev(49, 'want to see themselves represented', 'REQUEST', None, ('Our Asian American students', 'USA', 'EDU'), (None, 'USA', 'EDU'),
   note='students\' wish to be represented in the curriculum (soft appeal, gold precedent "expressing wish" = REQUEST; weak)')
S.save()
