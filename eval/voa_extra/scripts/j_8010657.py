from lib import Story
S = Story('voa-8010657')
ev = S.ev
CN = (None, 'CHN', 'GOV')
YOUNG = (None, 'CHN', 'CVL')
ev(0, 'regulating', 'COERCE', 'restrict', ('government', 'CHN', 'GOV'), ('young Chinese', 'CHN', 'CVL'), mod='hypothetical',
   note='new government proposals to regulate young people\'s time online (proposed restriction); "skeptical" is an opinion, not coded')
ev(1, 'called for', 'REQUEST', None, ('retired international basketball star Yao Ming', 'CHN', 'ELI'), CN,
   note='Yao (political adviser at the annual political meetings; alternative LEG/CVL) calls for limits on internet access for young people; content of the demand not coded separately')
ev(2, 'advocating', 'REQUEST', None, ('Yao', 'CHN', 'ELI'), CN,
   note='same appeal restated with its own predicate (gold precedent: restated appeal coded again); the proposed mandate is its content, not coded')
ev(3, 'called for', 'REQUEST', None, ('Officials', 'CHN', 'GOV'), CN,
   note='officials at the political meetings call for tighter controls of online gaming; "cited concerns" (no party as target) and "warning that excessive internet use is hurting" (no threat) not coded')
ev(4, 'internet controls', 'COERCE', 'censor', ('China', 'CHN', 'GOV'), ('tens of thousands of websites', None, 'MED'),
   note='existing internet controls, websites/foreign social media/content blocked (one occurrence); mixed domestic and foreign sites, country null')
ev(6, 'praised', 'SUPPORT', None, ('some commenters', 'CHN', 'CVL'), CN,
   note='social-media commenters praising the (government) efforts')
ev(6, 'expressed frustrations', 'ACCUSE', 'disapprove', ('many', 'CHN', 'CVL'), CN,
   note='frustration with the policies (criticism with a target)')
ev(8, 'should assign less homework', 'REQUEST', None, ('one user from northern Hebei Province', 'CHN', 'CVL'), ('Schools', 'CHN', 'EDU'),
   note='user\'s demand addressed to schools (weak; "should" = REQUEST, precedent)')
ev(10, 'agreed with', 'SUPPORT', None, ('A college student in Beijing', 'CHN', 'EDU'), ('officials', 'CHN', 'GOV'),
   note='agreeing with officials\' concerns = endorsement (precedent "agree with the removal" = SUPPORT; weak); her opinion that the policies will have a limited impact not coded')
ev(14, 'limit internet accessibility', 'COERCE', 'restrict', CN, ('young people', 'CHN', 'CVL'), mod='hypothetical',
   note='noun re-mention of the proposals (proposed restriction), predicated in the student\'s opinion')
ev(25, 'limit internet use', 'COERCE', 'restrict', CN, YOUNG, mod='hypothetical',
   note='"The recent proposals to limit internet use" (proposed restriction); "previous regulations" as the object of "build on" is an anchor, coded where they are described (s.26-29)')
ev(26, 'requiring', 'COERCE', 'restrict', ('China', 'CHN', 'GOV'), ('social media, gaming and live streaming platforms', 'CHN', 'BUS'),
   note='2020 revision of the Law on the Protection of Minors imposing usage-limiting tools on platforms (restriction by law, precedent maritime-law COERCE/restrict); NPC = LEG would be the alternative sector; "The law targeted gaming addictions" (s.27) not coded (no party as target)')
ev(28, 'required strict limits', 'COERCE', 'restrict', CN, ('children under 18', 'CHN', 'CVL'),
   note='2021 notice limiting gaming time for minors (issuing authority not named)')
ev(29, 'banned gaming', 'COERCE', 'restrict', CN, YOUNG,
   note='the 2021 regulation\'s night-time gaming ban for minors (the regulation is not a party: actor CHN GOV)')
ev(29, 'limited', 'COERCE', 'restrict', CN, ('minors', 'CHN', 'CVL'),
   note='second provision of the same regulation (separate predicate): one/two hours of gaming per day')
ev(30, 'limited play order', 'COERCE', 'restrict', ('Tencent Games', 'CHN', 'BUS'), ('minors', 'CHN', 'CVL'),
   note='company-imposed play limit for minors during New Year (weak: business actor, compliance with regulation)')
ev(31, 'only permitted', 'COERCE', 'restrict', (None, 'CHN', 'BUS'), ('teenagers', 'CHN', 'CVL'),
   note='content of Tencent\'s order (15 hours over the break), restated with its own predicate (weak)')
ev(33, 'concrete policy change', 'COERCE', 'restrict', CN, YOUNG, mod='hypothetical', neg=True,
   note='A Qiang thinks the proposals "won\'t lead to any concrete policy change" (predicted non-adoption of the proposed restrictions); "just talk" not coded as ACCUSE (opinion)')
S.save()
