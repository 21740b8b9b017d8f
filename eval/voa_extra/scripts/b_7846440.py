from lib import Story
S = Story('voa-7846440')
ev = S.ev
LEG = (None, 'KEN', 'LEG')
ev(0, 'lifted', 'CONCEDE', None, ('A Kenyan court', 'KEN', 'JUD'), ('Deputy President nominee Kithuri Kindiki', 'KEN', 'GOV'),
   note='court lifts its orders blocking the swearing-in (CAMEO 081 ease administrative sanctions = CONCEDE; alternative RETREAT, immediate effect)')
ev(0, 'orders blocking', 'COERCE', 'restrict', (None, 'KEN', 'JUD'), ('Deputy President nominee Kithuri Kindiki', 'KEN', 'GOV'),
   note='noun mention of the earlier court orders (s7); court injunction as administrative restriction (CAMEO 172; weak, alternative REJECT)')
ev(0, 'impeached', 'ACCUSE', 'allege', LEG, ('former DP Rigathi Gachagua', 'KEN', 'GOV'),
   note='impeachment = formal charges by the legislature; "amid accusations of gross misconduct" is the same occurrence')
ev(0, 'removed from office', 'SANCTION', 'expel', LEG, ('former DP Rigathi Gachagua', 'KEN', 'GOV'),
   note='removal by impeachment (Senate); Gachagua coded KEN GOV (deputy president when removed)')
ev(1, 'filed about 30 court cases', 'ACCUSE', 'allege', ("Gachagua's lawyers", 'KEN', 'CVL'), LEG,
   note='lawsuits against his removal (CAMEO 115 bring lawsuit = ACCUSE); lawyers CVL (precedent)')
ev(1, 'ouster', 'SANCTION', 'expel', LEG, ('his', 'KEN', 'GOV'), note='noun re-mention of the removal')
ev(5, 'removal', 'SANCTION', 'expel', LEG, ('Gachagua', 'KEN', 'GOV'), note='noun re-mention of the removal')
ev(5, 'nominate', 'SUPPORT', None, ('President William Ruto', 'KEN', 'GOV'), ('Interior Minister Kindiki', 'KEN', 'GOV'),
   note='nomination as endorsement of Kindiki (weak; appointments have no clear PLOVER type)')
ev(6, 'approved', 'SUPPORT', None, ('lawmakers at the National Assembly', 'KEN', 'LEG'), (None, 'KEN', 'GOV'),
   note='parliament approves Kindiki (endorsement; weak)')
ev(7, 'suspended any further action', 'COERCE', 'restrict', ('the court', 'KEN', 'JUD'), (None, 'KEN', 'GOV'),
   note='court suspension order blocking the swearing-in until the hearing (weak; alternative REJECT)')
ev(8, 'contesting', 'ACCUSE', 'disapprove', ("Gachagua's lawyers", 'KEN', 'CVL'), ('the three-judge bench', 'KEN', 'JUD'),
   note='questions and petitions challenging the bench\'s appointment and impartiality (one occurrence)')
ev(9, 'rejected', 'REJECT', None, (None, 'KEN', 'JUD'), (None, 'KEN', 'CVL'), note='the bench rejected the lawyers\' challenges')
ev(10, 'convicted', 'SANCTION', 'convict', LEG, ('Gachagua', 'KEN', 'GOV'), note='Senate impeachment conviction')
ev(10, 'charges', 'ACCUSE', 'allege', LEG, ('him', 'KEN', 'GOV'),
   note='the 11 impeachment charges ("accusations of gross misconduct..." = same occurrence)')
ev(11, 'denied', 'REJECT', None, ('Gachagua', 'KEN', 'GOV'), LEG, note='denial of charges (precedent: denials = REJECT)')
ev(12, 'agree with', 'SUPPORT', None, ('some', 'KEN', 'CVL'), LEG, note='members of the public approving the removal (of the lawmakers\' act)')
ev(12, 'removal', 'SANCTION', 'expel', LEG, ('Gachagua', 'KEN', 'GOV'), note='noun re-mention; "the proceedings" not coded')
ev(12, 'found it distasteful', 'ACCUSE', 'disapprove', ('others', 'KEN', 'CVL'), LEG, note='public disapproval of the removal')
ev(13, 'too abrasive', 'ACCUSE', 'disapprove', (None, 'KEN', 'CVL'), ('The outgoing deputy president', 'KEN', 'GOV'),
   note='James Chege (citizen) criticising Gachagua; one event per critical sentence (precedent 8009495)')
ev(14, "couldn't tone down his language", 'ACCUSE', 'disapprove', (None, 'KEN', 'CVL'), ('He', 'KEN', 'GOV'))
ev(15, 'seemed divisive', 'ACCUSE', 'disapprove', ('James Chege', 'KEN', 'CVL'), ('He', 'KEN', 'GOV'))
ev(16, "It wasn't good", 'ACCUSE', 'disapprove', (None, 'KEN', 'CVL'), LEG, note='Edwin Mugalo criticising the impeachment')
ev(16, 'impeaching', 'ACCUSE', 'allege', ('you', 'KEN', 'LEG'), ("someone who's in the hospital", 'KEN', 'GOV'),
   note='re-mention of the impeachment (generic "you" = the impeaching lawmakers)')
ev(17, 'so untimely', 'ACCUSE', 'disapprove', ('Edwin Mugalo', 'KEN', 'CVL'), LEG)
ev(18, 'complained', 'ACCUSE', 'disapprove', ('Gachagua', 'KEN', 'GOV'), ('Ruto', 'KEN', 'GOV'),
   note='complaint of being left out by Ruto ("his former boss"); friction not coded')
S.save()
