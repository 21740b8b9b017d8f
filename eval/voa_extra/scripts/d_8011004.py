from lib import Story
S = Story('voa-8011004')
ev = S.ev
TB = (None, 'AFG', 'GOV')
PUB = (None, 'AFG', 'CVL')
ev(0, 'received widespread praise and recognition', 'SUPPORT', None, (None, 'AFG', None), ('she', 'AFG', 'JRN'),
   note='praise of Khoshbo\'s book by readers (praisers unspecified); weak (non-political praise). Khoshbo = JRN ("fellow journalist")')
ev(2, 'had banned', 'COERCE', 'censor', ('the Taliban', 'AFG', 'GOV'), (('her', 1), 'AFG', 'JRN'),
   note='ban on her book (her = Khoshbo, author); Taliban = AFG GOV (de facto government)')
ev(3, 'was banned', 'COERCE', 'censor', TB, ('Khoshbo', 'AFG', 'JRN'), note='re-mention of the ban of her book (passive)')
ev(5, 'banned by the Taliban', 'COERCE', 'censor', ('the Taliban', 'AFG', 'GOV'), PUB,
   note='list of more than 400 banned books; recipient = authors/readers (generic)')
ev(7, 'had identified 400 books', 'COERCE', 'censor', ('his department', 'AFG', 'GOV'), PUB,
   note='ministry identified 400 books deemed against national interest and Islamic values (the basis of the ban; alternative ACCUSE)')
ev(7, 'was banned', 'COERCE', 'censor', TB, ('her', 'AFG', 'JRN'), note='subheading is part of the sentence; re-mention of the ban of her book')
ev(7, 'because it was written by a woman', 'ACCUSE', 'allege', ('Khoshbo', 'AFG', 'JRN'), TB,
   note='claims the ban discriminates against women (precedent: claims of discrimination = ACCUSE)')
ev(9, 'their hostility is directed at women', 'ACCUSE', 'disapprove', ('she', 'AFG', 'JRN'), ('their', 'AFG', 'GOV'), note='their = the Taliban')
ev(9, 'targeted', 'COERCE', 'censor', ('them', 'AFG', 'GOV'), (('women', 1), 'AFG', 'CVL'), mod='hypothetical',
   note='content of her accusation ("I believe... books written by women are the first to be targeted")')
ev(10, 'the book ban', 'COERCE', 'censor', TB, (('women', 0), 'AFG', 'CVL'), note='noun re-mention: a dozen banned titles by women')
ev(11, 'Other titles include', 'COERCE', 'censor', TB, ('Nobel laureate Malala Yousafzai', 'PAK', 'CVL'),
   note='Malala\'s book is among the banned titles (implicit re-mention of the ban); weak')
ev(12, 'seized power', 'COERCE', 'seize', ('The Taliban', 'AFG', 'REB'), (None, 'AFG', 'GOV'),
   note='August 2021 takeover (historical; Taliban then an insurgency; precedent voa_blind voa-7750892)')
ev(12, 'imposed strict measures', 'COERCE', 'restrict', ('The Taliban', 'AFG', 'GOV'), ('women', 'AFG', 'CVL'),
   note='"barring them from education, work, long-distance travel and public life" = the same occurrence')
ev(13, 'jettison', 'COERCE', 'censor', ('the Taliban', 'AFG', 'GOV'), PUB,
   note='reported speech (Sahaar) of the habitual suppression of anything contrary to Taliban ideology (asserted)')
ev(13, 'jettison anything they see as contrary to their ideology', 'ACCUSE', 'disapprove', ('Afghan writer Nazeer Ahmad Sahaar', 'AFG', 'CVL'),
   ('the Taliban', 'AFG', 'GOV'), note='critical characterization (like HRW "one of many signs" in precedent)')
ev(14, 'is banned', 'COERCE', 'censor', (('the Taliban', 1), 'AFG', 'GOV'), PUB, note='Sahaar quote: habitual bans under the Taliban')
ev(16, 'banned publications', 'COERCE', 'censor', TB, PUB, note='Sahaar\'s own book also banned (author AFG CVL, not named in the sentence)')
ev(17, 'the book ban', 'COERCE', 'censor', TB, PUB, note='noun re-mention')
ev(17, 'a larger crackdown', 'COERCE', None, TB, ('women, the press and freedom of expression', 'AFG', 'CVL'),
   note='presupposed crackdown (asserted, as HRW "crackdown" in precedent); mixed recipient CVL/MED')
ev(17, 'sees the book ban as part of a larger crackdown', 'ACCUSE', 'disapprove', ('Sahaar', 'AFG', 'CVL'), TB, note='critical characterization')
ev(18, 'the ban on books', 'COERCE', 'censor', TB, PUB, note='noun re-mention; "of little surprise" not an event')
ev(19, 'impose restrictions', 'COERCE', 'restrict', ('they', 'AFG', 'GOV'), PUB,
   note='"it was evident that they would impose restrictions" presupposes the restrictions were imposed (asserted)')
ev(20, 'the book ban', 'COERCE', 'censor', TB, PUB, note='noun re-mention')
ev(20, 'restrictions imposed on women', 'COERCE', 'restrict', TB, ('women', 'AFG', 'CVL'), note='noun re-mention of the restrictions on women')
ev(20, 'restrictions on freedom of expression', 'COERCE', 'censor', ('the Taliban', 'AFG', 'GOV'), PUB,
   note='"the Taliban return has led to restrictions"; the "return" itself not coded again as a seizure')
ev(21, 'rules', 'COERCE', 'censor', TB, ('Media outlets', 'AFG', 'MED'), note='unclear rules on what can be covered')
ev(21, 'must submit coverage for review', 'COERCE', 'censor', TB, ('Media outlets', 'AFG', 'MED'), note='prior review of coverage (separate restriction)')
ev(22, 'imposed restrictions on printing books', 'COERCE', 'censor', ('The Taliban', 'AFG', 'GOV'), (None, 'AFG', 'BUS'), note='printers/publishers')
ev(23, 'instructed publishers not to print', 'COERCE', 'censor', ('the provincial Directorate of Information and Culture', 'AFG', 'GOV'),
   ('publishers', 'AFG', 'BUS'), note='prior-permission order (censorship; alternative REQUEST as an order). Owner\'s "fear of reprisal" not coded')
ev(24, 'In a meeting with', 'CONSULT', None, ('the Taliban officials', 'AFG', 'GOV'), ('publishers', 'AFG', 'BUS'),
   note='meeting of Taliban officials with publishers')
ev(24, 'must first obtain permission', 'COERCE', 'censor', ('the Taliban officials', 'AFG', 'GOV'), ('publishers', 'AFG', 'BUS'),
   note='the same prior-permission instruction, quoted (re-mention coded again)')
ev(25, 'banned', 'COERCE', 'censor', TB, PUB, note='"books ... that are banned" (re-mention, weak); "businesses are struggling under the Taliban" not coded')
ev(26, 'restrictions', 'COERCE', 'restrict', ('The Taliban', 'AFG', 'GOV'), PUB, note='noun re-mention with predication ("have sparked")')
ev(26, 'resistance', 'PROTEST', None, ('people', 'AFG', 'CVL'), TB,
   note='social and cultural resistance: people opposing the limitations, e.g. by reading prohibited books (civil defiance; mode unclear)')
ev(26, 'reveal fear of any opposition', 'ACCUSE', 'disapprove', ('Abdul Ghafoor Lewal', 'AFG', 'CVL'), ('the Taliban', 'AFG', 'GOV'),
   note='subheading is part of the sentence; Lewal = Afghan writer and former diplomat')
ev(27, 'It reflects the fear authoritarian regimes have', 'ACCUSE', 'disapprove', ('Lewal', 'AFG', 'CVL'), TB,
   note='same criticism in the quote (restated), calling the Taliban an authoritarian regime')
ev(28, "the Taliban's ban", 'COERCE', 'censor', ('the Taliban', 'AFG', 'GOV'), ('her and other women', 'AFG', 'CVL'), note='noun re-mention')
ev(28, 'would not stop her', 'REJECT', None, ('Khoshbo', 'AFG', 'JRN'), ('the Taliban', 'AFG', 'GOV'),
   note='declared defiance of the ban (weak; alternative no event)')
ev(29, 'banning books', 'COERCE', 'censor', ('The Taliban', 'AFG', 'GOV'), ('our', 'AFG', 'CVL'),
   note='presupposed book bans; "can\'t suppress our voices" (negated/hypothetical) not coded separately')
S.save()
