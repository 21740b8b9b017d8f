from lib import Story
S = Story('voa-8011117')
ev = S.ev
G = (None, 'SYR', 'GOV')  # the interim government behind the constitutional declaration (al-Sharaa)
ev(0, 'facing criticism', 'ACCUSE', 'disapprove', ('legal experts and political groups', None, 'CVL'), G,
   note='criticism of the new constitution; target = the interim authorities that adopted it; compound actor (experts CVL, Syrian political groups SYR PTY)')
ev(2, 'spearheaded the offensive', 'ASSAULT', None, ('the Islamist Hayat Tahrir al-Sham', 'SYR', 'REB'), ('Assad’s leadership', 'SYR', 'GOV'),
   note='December 2024 offensive (historical); the signing of the constitutional declaration (s.1-2) and "the fall of" Assad\'s government (no actor named) not coded')
ev(3, 'reject', 'REJECT', None, ('The Kurdish-led Autonomous Administration in north and east Syria', 'SYR', 'GOV'), G,
   note='de facto authority coded SYR GOV (precedent Republika Srpska BIH; alternative PRE); rejection of the constitution')
ev(3, 'calling it exclusionary', 'ACCUSE', 'disapprove', ('The Kurdish-led Autonomous Administration in north and east Syria', 'SYR', 'GOV'), G)
ev(4, 'similar to those adopted by the Baath government', 'ACCUSE', 'disapprove', ('it', 'SYR', 'GOV'), G,
   note='quoted criticism by the Autonomous Administration ("so-called constitutional declaration")')
ev(5, 'argue that the 53-article document fails', 'ACCUSE', 'disapprove', ('Legal experts', None, 'CVL'), G)
ev(7, 'undermining the inclusive language', 'ACCUSE', 'disapprove', (None, None, 'NGO'), G,
   note='continuation of Badrakhan\'s quote (Germany-based Kurdish center: country left null); s.6 (descriptive part of the quote) not coded separately')
ev(8, 'clear rejection of Syria’s multicultural identity', 'ACCUSE', 'disapprove', ('Badrakhan', None, 'NGO'), G,
   note='criticism of the document\'s omission of Kurds and Assyrians')
ev(10, 'limits official recognition', 'COERCE', 'restrict', ('it', 'SYR', 'GOV'), (None, 'SYR', 'REL'),
   note='constitution restricts official recognition to Abrahamic faiths (religious restriction; weak, alternative not coded); "it" = the constitution standing for the authorities')
ev(11, 'denies recognition', 'COERCE', 'restrict', (None, 'SYR', 'GOV'), ('several long-standing religious communities in Syria', 'SYR', 'REL'),
   note='Badrakhan: provision "effectively denies recognition" to Yazidis and Druze (his claim, asserted); alternative negated SUPPORT')
ev(12, 'exclude', 'COERCE', 'restrict', (None, 'SYR', 'GOV'), ('the Ismaili and Alawite sects', 'SYR', 'REL'), mod='hypothetical',
   note='"could also be interpreted as a means to exclude ... from formal recognition"')
ev(15, 'concerns', 'ACCUSE', 'disapprove', (None, None, None), G,
   note='concerns with a target (the constitution granting vast powers / promoting Islamist ideology); holders unnamed')
ev(16, 'designated as a terrorist organization', 'SANCTION', None, ('the United States', 'USA', 'GOV'), ('Al-Sharaa’s HTS', 'SYR', 'REB'),
   note='terrorist designation = SANCTION (precedent voa-8007760; alternative ACCUSE)')
ev(17, 'clearly false', 'ACCUSE', 'disapprove', ('Sarbast Nabi', 'IRQ', 'EDU'), G,
   note='professor at Koya University, Iraqi Kurdistan')
ev(18, 'no separation between the executive and legislative branches', 'ACCUSE', 'disapprove', ('he', 'IRQ', 'EDU'), G,
   note='Nabi on Article 24; "will not achieve stability" = same criticism')
ev(20, 'promising provisions', 'SUPPORT', None, ('Anwar al-Bunni', 'SYR', 'NGO'), G,
   note='partial praise of the declaration (transitional-justice commission, parties and associations); weak')
ev(20, 'significant concerns', 'ACCUSE', 'disapprove', ('Anwar al-Bunni', 'SYR', 'NGO'), G,
   note='concerns with a target (the declaration)')
ev(21, 'oversteps its role', 'ACCUSE', 'disapprove', ('he', 'SYR', 'NGO'), G,
   note='"effectively undermining the will of the Syrian people" = same criticism')
ev(22, 'should be decided through referendums', 'REQUEST', 'change', ('he', 'SYR', 'NGO'), G,
   note='al-Bunni: matters should be decided by referendum (demand for a policy change; weak)')
ev(24, 'must include discussions', 'REQUEST', 'change', (None, 'SYR', 'NGO'), G,
   note='al-Bunni: the permanent constitution must include discussions of these issues (demand; weak); the discussions themselves (content) not coded; s.23 "want constitutional guarantees" not coded')
ev(25, 'hopes this [constitutional declaration] will move Syria toward restoring the rule of law', 'SUPPORT', None, ('Geir Pedersen', 'IGO', 'GOV'), G,
   note='U.N. envoy\'s cautious endorsement of the declaration (weak; precedent "welcomed" = SUPPORT)')
ev(26, 'called for', 'REQUEST', 'change', ('the U.S. and other Western nations', 'USA', 'GOV'), ('Syria', 'SYR', 'GOV'),
   note='repeated calls for an inclusive government (content not coded separately); compound actor USA + Western states; "Since Assad\'s fall" not coded')
S.save()
