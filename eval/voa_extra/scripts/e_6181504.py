from lib import Story
S = Story('voa-6181504', nosplit=(3480,))
ev = S.ev
CN = (None, 'CHN', 'GOV')
MY = (None, 'MYS', 'GOV')
ev(0, 'are disagreeing', 'REJECT', None, ('China', 'CHN', 'GOV'), (('Malaysia', 0), 'MYS', 'GOV'),
   note='summary of the dispute: China opposes Malaysia extending sovereignty claims (reciprocal disagreement, first-named party as actor); alternative ACCUSE')
ev(1, 'submitted documentation', 'REQUEST', None, ('the Southeast Asian nation', 'MYS', 'GOV'),
   ('the U.N. Commission on the Limits of the Continental Shelf', 'IGO', 'GOV'),
   note='submission asking the UN commission to recognise an extended continental shelf (claim filed with an IGO); weak, alternative no event')
ev(2, 'application', 'REQUEST', None, ('Malaysia and Vietnam', 'MYS', 'GOV'), (None, 'IGO', 'GOV'),
   note='historical (2009) joint submission to the same UN commission; compound actor MYS + VNM; weak like the Dec. 12 submission')
ev(2, 'opposition', 'REJECT', None, ("China's U.N. mission", 'CHN', 'GOV'), ('Malaysia', 'MYS', 'GOV'),
   note='China objected to the Malaysian submission')
ev(4, 'resisting', 'REJECT', None, ('other countries', None, 'GOV'), CN,
   note='other (regional) countries resisting Chinese expansion (opposition = REJECT, precedent); Malaysia reviewing its rights "with an eye toward asserting" them not coded (intention)')
ev(5, 'opposes', 'REJECT', None, ('The United States', 'USA', 'GOV'), CN, note="opposes China's maritime expansion (opposition = REJECT)")
ev(5, 'gives military support', 'AID', None, ('The United States', 'USA', 'GOV'), ('Chinese rivals in Asia', None, 'GOV'),
   note='military aid to China\'s rivals (several Asian states, country unknowable)')
ev(6, 'challenge', 'REJECT', None, ("Malaysia", 'MYS', 'GOV'), (('China', 0), 'CHN', 'GOV'),
   note="noun re-mention of the UN submission as a challenge to China's claims (contesting claims = REJECT, as in s.23)")
ev(6, 'tease out more aid', 'AID', None, ('Beijing', 'CHN', 'GOV'), ('its', 'MYS', 'GOV'), mod='hypothetical',
   note='possible extra Chinese aid to Malaysia; "its" (foothold) = Malaysia; expanding its foothold not coded (generic)')
ev(7, 'exploit more financial aid, more development aid', 'AID', None, ('China', 'CHN', 'GOV'), ("They", 'MYS', 'GOV'), mod='hypothetical',
   note='analyst Nagy: Malaysia may extract more aid from China; "hard-core pressure against the Chinese" (by other states) not coded (vague)')
ev(9, 'criticized', 'ACCUSE', 'disapprove', ("Malaysia's former prime minister, Najib Razak", 'MYS', 'GOV'), ('China', 'CHN', 'GOV'), neg=True,
   note='"seldom criticized China" coded as negated criticism; election loss of his coalition not coded')
ev(9, 'accepted Chinese funding', 'AID', None, CN, ("Malaysia's former prime minister, Najib Razak", 'MYS', 'GOV'),
   note='Chinese funding (loans) for infrastructure accepted by Najib (CAMEO 071 includes credit)')
ev(10, 'loans', 'AID', None, CN, ('Malaysia', 'MYS', 'GOV'),
   note='$34 billion in Belt and Road loans to Malaysia (lender China implied); the description of BRI itself not coded')
ev(11, 'contributed', 'COOPERATE', None, ('China', 'CHN', 'GOV'), ('Malaysia', 'MYS', 'GOV'),
   note='China\'s share of the foreign money Malaysia received in 2017 (likely investment = economic cooperation, precedent: Chinese investment = COOPERATE; alternative AID)')
ev(12, 'more outspoken', 'ACCUSE', 'disapprove', ('Mahathir', 'MYS', 'GOV'), CN,
   note='more outspoken (critical) toward China than Najib; weak')
ev(12, 'sail into the contested waters', 'MOBILIZE', None, ('Chinese coast guard ships', 'CHN', 'COP'), MY,
   note='coast guard ships entering waters contested with Malaysia (show of force short of violence); coast guard = COP')
ev(13, 'called on', 'REQUEST', None, ('he', 'MYS', 'GOV'), ('the Communist leadership', 'CHN', 'GOV'),
   note='Mahathir asked Beijing to define its "so-called ownership" of the sea')
ev(14, 'froze', 'SANCTION', 'discontinue', ("Mahathir's government", 'MYS', 'GOV'), ('China', 'CHN', 'GOV'),
   note='freezing a Chinese-funded pipeline and a railway project (reduction of economic relations); subheading "Review of relations" part of the sentence')
ev(14, 'Chinese-funded', 'AID', None, CN, MY, note='pipeline funded by China (modifier asserting the funding)')
ev(14, 'aided by China', 'AID', None, ('China', 'CHN', 'GOV'), MY, note='railway project aided by China')
ev(18, 'file these sort of claims', 'REQUEST', None, ('it', 'MYS', 'GOV'), (None, 'IGO', 'GOV'), mod='hypothetical',
   note='"when necessary, it would file" claims (with the UN commission) like the Dec. 12 submission; Mahathir administration reviewing its rights not coded')
ev(19, 'future talks', 'CONSULT', None, ('The prime minister', 'MYS', 'GOV'), ('China', 'CHN', 'GOV'), mod='future',
   note='anticipated Malaysia-China talks over development aid terms (sentence runs through "S. Rajaratnam School", split merged)')
ev(20, 'concessionary loans', 'AID', None, CN, ('Malaysia', 'MYS', 'GOV'), mod='hypothetical',
   note='hoped-for concessionary loans from China; "Chinese-funded projects" here is generic, not coded')
ev(21, 'future negotiations', 'CONSULT', None, ('Malaysians', 'MYS', 'GOV'), ('China', 'CHN', 'GOV'), mod='future',
   note='same anticipated negotiations (Chong quote); Malaysians = the Malaysian government here')
ev(22, 'contest', 'REJECT', None, ('Malaysia, the Philippines, Brunei, Vietnam and Taiwan', 'MYS', 'GOV'), (('China', 1), 'CHN', 'GOV'),
   note='contesting China\'s sovereignty claims; compound actor MYS, PHL, BRN, VNM, TWN; subheading "China hopes to avoid arbitration" part of the sentence, not coded')
ev(24, 'pushing back', 'REJECT', None, ('Malaysia', 'MYS', 'GOV'), CN, note='resisting China\'s claims (China implied)')
ev(25, 'harden its stance', 'REJECT', None, ('Vietnam', 'VNM', 'GOV'), ('China', 'CHN', 'GOV'), mod='hypothetical',
   note='"is expected to" (forecast) harden its stance toward China as ASEAN chair; weak')
ev(25, 'want their government', 'REQUEST', 'change', ('people in the Philippines', 'PHL', 'CVL'), ('their government', 'PHL', 'GOV'),
   note='public demand that the government step up opposition to China; the content (more opposition) not coded separately')
ev(26, 'helps', 'AID', None, ('The U.S. government', 'USA', 'GOV'), ('some of the Southeast Asian maritime claimants', None, 'GOV'),
   note='military help to several claimant states (country unknowable); "among others" = other donors not named')
ev(27, 'world court arbitration', 'ACCUSE', None, ('the Philippines', 'PHL', 'GOV'), ('China', 'CHN', 'GOV'),
   note='2016 arbitration case brought by the Philippines against China (CAMEO 115 bring lawsuit), which China lost; alternative: tribunal ruling as actor')
ev(29, 'has rejected', 'REJECT', None, ('Beijing', 'CHN', 'GOV'), (None, 'IGO', 'JUD'),
   note='rejection of the 2016 arbitral ruling (tribunal under UNCLOS / PCA = IGO JUD); citing historic records not coded')
ev(31, 'should continue to exercise prudence', 'REQUEST', None, ('Chinese Ambassador Wu Haitao', 'CHN', 'GOV'),
   ('The Commission on the Limits of the Continental Shelf', 'IGO', 'GOV'),
   note='asks the commission not to consider submissions involving unresolved disputes (i.e. Malaysia\'s); "told a U.N. general assembly" = speaking, not coded')
S.save()
