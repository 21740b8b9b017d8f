from lib import Story
S = Story('voa-7810159')
ev = S.ev
ev(0, 'advocate for forming a nuclear body', 'AGREE', None, ('Shigeru Ishiba', 'JPN', 'GOV'), ('the United States', 'USA', 'GOV'), mod='hypothetical',
   note='"may advocate for forming a nuclear body with the United States" = possible proposal of cooperation; the existing U.S.-South Korea "arrangement" (unpredicated noun) not coded here')
ev(4, 'established', 'COOPERATE', None, ('South Korea', 'KOR', 'GOV'), ('the United States', 'USA', 'GOV'),
   note='establishment of the Nuclear Consultative Group (joint nuclear planning body) under the Washington Declaration, April 2023; alternative SUPPORT (agreement)')
ev(7, 'Security Consultative Committee meeting', 'CONSULT', None, ('Tokyo', 'JPN', 'GOV'), ('Washington', 'USA', 'GOV'),
   note='July U.S.-Japan "2+2" meeting (reciprocal; first named party = actor)')
ev(7, 'shared concerns', 'ACCUSE', 'disapprove', ('Tokyo', 'JPN', 'GOV'), ('China', 'CHN', 'GOV'),
   note='concern with a named target (precedent); compound actor JPN + USA')
ev(7, 'rapid expansion of its nuclear weapons arsenal', 'MOBILIZE', 'weapons', ('China', 'CHN', 'MIL'), None,
   note='nuclear arms build-up, asserted by the joint statement')
ev(7, 'agreed to strengthen deterrence', 'AGREE', None, ('Tokyo', 'JPN', 'GOV'), ('Washington', 'USA', 'GOV'),
   note='agreement to strengthen (military) cooperation; compound/reciprocal')
ev(7, 'ongoing Extended Deterrence Dialogue', 'CONSULT', None, ('Tokyo', 'JPN', 'GOV'), ('Washington', 'USA', 'GOV'),
   note='ongoing bilateral dialogue (noun, asserted as ongoing); weak')
ev(10, 'spoken openly about the serious security challenges China poses', 'ACCUSE', 'disapprove', ('Prime Minister Ishiba', 'JPN', 'GOV'), ('China', 'CHN', 'GOV'),
   note='public criticism of the threat China poses to Japan (weak; alternative: statement, not coded)')
ev(11, 'desire for an Asian NATO and nuclear sharing', 'AGREE', None, ('his', 'JPN', 'GOV'), None,
   note='Ishiba\'s proposal of a collective-security arrangement (proposing cooperation = AGREE; alternative REQUEST); its adoption "not likely to be policy" (forecast) not coded')
ev(14, 'advocating for an Asian version of NATO', 'AGREE', None, ('he', 'JPN', 'GOV'), None,
   note='September Hudson Institute article proposing an Asian NATO; its content (sharing/introducing U.S. nuclear weapons) not coded separately (content of a proposal)')
ev(15, 'nuclear threats', 'THREATEN', None, ('China and North Korea', 'CHN', 'GOV'), None, mod='hypothetical',
   note='conditional "if nuclear threats by China and North Korea escalate" (compound CHN + PRK); the unattributed "if nuclear threats keep increasing" (s.1) not coded')
ev(18, 'call for its own nuclear weapons', 'MOBILIZE', 'weapons', ('South Korea', 'KOR', 'GOV'), None, mod='hypothetical',
   note='South Korean calls for acquiring nuclear weapons (proposed armament; alternative REQUEST); "growing skepticism among U.S. allies" not coded')
ev(19, 'developing its own nuclear weapons', 'MOBILIZE', 'weapons', ('South Korea', 'KOR', 'GOV'), None, mod='hypothetical',
   note='Yoon: South Korea "may have to consider developing" nuclear weapons')
ev(19, 'ask the U.S. to redeploy nuclear weapons', 'REQUEST', None, ('South Korea', 'KOR', 'GOV'), ('the U.S.', 'USA', 'GOV'), mod='hypothetical',
   note='possible request; its content (redeployment) not coded separately')
ev(20, 'retracted his statement', 'CONCEDE', None, ('Yoon', 'KOR', 'GOV'), None,
   note='retraction of the nuclear-armament remark (verbal backing down; weak, alternative not coded)')
ev(20, 'the NCG was created', 'COOPERATE', None, (None, 'KOR', 'GOV'), (None, 'USA', 'GOV'),
   note='re-mention of the NCG establishment (s.4), predicated; parties from context')
ev(20, 'enhancing deterrence with the United States', 'COOPERATE', None, ('South Korea', 'KOR', 'GOV'), ('the United States', 'USA', 'GOV'), mod='future',
   note='"will instead focus on enhancing deterrence with the United States" (planned military cooperation); "North Korea\'s nuclear threat" (background noun) not coded')
ev(21, "call for a collective security arrangement", 'AGREE', None, ('Ishiba', 'JPN', 'GOV'), None,
   note='re-mention of Ishiba\'s Asian NATO / nuclear deployment-and-sharing proposal (proposing cooperation = AGREE; alternative REQUEST)')
ev(22, 'attempts to forcefully reunify', 'THREATEN', 'territory', (None, 'CHN', 'GOV'), ('the self-governed island', 'TWN', 'GOV'),
   note='Chinese attempts to forcefully reunify Taiwan, as Ishiba sees it (weak; alternative COERCE); "the need to protect Taiwan" (no actor) not coded')
ev(24, 'visited Taiwan', 'CONSULT', 'visit', ('Ishiba', 'JPN', 'PTY'), ('Taiwan', 'TWN', 'GOV'),
   note='August visit as an LDP member (not yet PM), where he told President Lai (the meeting is the same occurrence)')
ev(24, "China's aggression", 'ACCUSE', 'disapprove', ('Ishiba', 'JPN', 'PTY'), ("China", 'CHN', 'GOV'),
   note='Ishiba characterising China\'s conduct in the Taiwan Strait as aggression, to Lai (weak; precedent "concerned about Chinese aggression" = ACCUSE)')
ev(25, 'sending a signal', 'THREATEN', None, ('he', 'JPN', 'GOV'), ('China and Russia', 'CHN', 'GOV'),
   note='Schoff: Ishiba signals that Asian countries will move to collective defense "if they keep it up" (warning of consequences); compound recipient CHN + RUS')
ev(25, 'aggressive use of military forces harassing other countries', 'MOBILIZE', None, ('their', 'CHN', 'MIL'), ('other countries', None, None),
   note='Chinese/Russian military harassment and airspace/sea incursions (show of force short of violence), as characterised by Schoff; compound CHN + RUS')
ev(25, 'push Asian countries closer together in collective defense', 'COOPERATE', None, ('Asian countries', None, 'GOV'), (None, None, 'GOV'), mod='hypothetical',
   note='conditional consequence of the warning (threat content coded as hypothetical, precedent); reciprocal among Asian countries')
ev(26, 'accused', 'ACCUSE', 'allege', ('Japan', 'JPN', 'GOV'), ('a Chinese spy plane', 'CHN', 'MIL'),
   note='August airspace violation accusation')
ev(26, 'violating its airspace', 'MOBILIZE', None, ('a Chinese spy plane', 'CHN', 'MIL'), ('its', 'JPN', 'GOV'), mod='hypothetical',
   note='content of the accusation (alleged act) = hypothetical; airspace incursion coded MOBILIZE (military move short of force; alternative COERCE)')
ev(27, 'increase cooperation with NATO countries', 'COOPERATE', None, ('Japan', 'JPN', 'GOV'), ('NATO countries', 'IGO', 'GOV'), mod='hypothetical',
   note='Brummer forecast ("will likely"); "deepening security agreements ... joint technology sharing and production" = same occurrence; "instead of calling for an Asian NATO" not coded')
S.save()
