from lib import Story
S = Story('voa-8010418', nosplit=(2043, 2145))
ev = S.ev
D = ('Dodik', 'BIH', 'GOV')
ev(0, 'adopted', 'REJECT', 'yield', ("The national assembly of Bosnia's Serb-controlled Republika Srpska", 'BIH', 'LEG'), (None, 'BIH', 'GOV'),
   note='adopting a draft constitution that violates Bosnia\'s constitution = defying the state\'s law (CAMEO 128, precedent "violated CAATSA"); weak. Republika Srpska coded BIH (entity of Bosnia), assembly LEG, Dodik GOV')
ev(1, 'ordered the arrest', 'COERCE', 'arrest', ('Bosnian state prosecutors', 'BIH', 'JUD'), ('Dodik and his aides', 'BIH', 'GOV'),
   note='arrest warrant issued (the arrest itself not carried out); precedent "ordered back to prison" = COERCE/arrest')
ev(1, 'ignoring a court summons', 'REJECT', 'yield', ('Dodik and his aides', 'BIH', 'GOV'), (None, 'BIH', 'JUD'),
   note='defying a court summons (CAMEO 128)')
ev(1, 'allegedly', 'ACCUSE', 'allege', ('Bosnian state prosecutors', 'BIH', 'JUD'), ('Dodik and his aides', 'BIH', 'GOV'),
   note='the charge of trying to undermine the constitution; its content not coded separately')
ev(3, 'sentenced', 'SANCTION', 'convict', ('a Bosnian court', 'BIH', 'JUD'), D, note='one-year prison sentence (last month)')
ev(3, 'banned him from politics', 'COERCE', 'restrict', ('a Bosnian court', 'BIH', 'JUD'), ('him', 'BIH', 'GOV'),
   note='six-year ban from politics (alternative: part of the SANCTION/convict)')
ev(3, 'defying', 'REJECT', 'yield', ('Dodik', 'BIH', 'GOV'), ('the international High Representative', 'IGO', 'GOV'),
   note='defying decisions of the High Representative (grounds of the conviction, stated as fact); "separatist activities" not coded. War ended by Dayton (next sentence) is background with no actor, not coded')
ev(5, 'rejected', 'REJECT', None, D, (None, 'BIH', 'JUD'), note='Dodik rejects the arrest warrant')
ev(5, 'the arrest warrant', 'COERCE', 'arrest', (None, 'BIH', 'JUD'), D, note='noun re-mention of the warrant (object of the rejection)')
ev(5, 'politically motivated', 'ACCUSE', 'disapprove', D, (None, 'BIH', 'JUD'), note='Dodik calls the warrant politically motivated')
ev(5, 'ask', 'REQUEST', None, ('he', 'BIH', 'GOV'), ('Russia', 'RUS', 'GOV'), mod='future',
   note='he would ask Russia to veto the EUFOR extension at the UNSC; the requested veto not coded separately (precedent); EUFOR presence is background')
ev(6, 'does not recognize', 'REJECT', None, (('Dodik', 1), 'BIH', 'GOV'), ('the Bosnian court', 'BIH', 'JUD'),
   note='refuses to recognize the court and the prosecutor\'s office (compound recipient); lawyer Nobilo reporting')
ev(7, "arrest", 'COERCE', 'arrest', (None, 'BIH', 'COP'), ('Dodik', 'BIH', 'GOV'), mod='hypothetical', neg=True,
   note='Nobilo: "I do not believe there will be Dodik\'s arrest"')
ev(8, 'will not cooperate', 'REJECT', None, ('Mr. Dodik', 'BIH', 'GOV'), (None, 'BIH', 'JUD'),
   note='refusal to cooperate with the proceedings or name a defense team; "does not consider the proceedings legitimate" is its reason, not coded separately; s.9-10 ("needs this situation defused") no addressee, not coded')
ev(11, 'denounced', 'ACCUSE', 'disapprove', ('Nenad Stevandic', 'BIH', 'LEG'), (None, 'BIH', 'JUD'),
   note='denounces the moves (warrant, prosecution) against Republika Srpska as an attack on the constitutional order; recipient = Bosnian state judiciary')
ev(13, 'persecuted', 'ACCUSE', 'disapprove', (None, 'BIH', 'LEG'), (None, 'BIH', 'GOV'),
   note='Stevandic (named two sentences earlier) claims persecution by the Bosnian state; weak')
ev(14, 'calling on', 'REQUEST', None, ('three members of the U.S. Senate', 'USA', 'LEG'), ('Secretary of State Marco Rubio', 'USA', 'GOV'),
   note='Grassley, Shaheen, Risch leading nine other members of Congress; "U.S." splits merged (two places)')
ev(15, 'deeply concerned', 'ACCUSE', 'disapprove', ('they', 'USA', 'LEG'), ('Milorad Dodik', 'BIH', 'GOV'),
   note='concern with a named target, in the letter to Rubio')
ev(16, 'engaged in secessionist activity', 'ACCUSE', 'allege', (None, 'USA', 'LEG'), ('he', 'BIH', 'GOV'),
   note='continuation of the senators\' letter (not named in the sentence)')
ev(16, 'threatening the territorial integrity', 'THREATEN', 'territory', ('he', 'BIH', 'GOV'), ('the country', 'BIH', 'GOV'), mod='hypothetical',
   note='content of the accusation (hypothetical per guide); "challenging ... institutions, undermining the constitution" not coded separately')
ev(17, 'imposed sanctions', 'SANCTION', None, ('The U.S.', 'USA', 'GOV'), ('Dodik', 'BIH', 'GOV'), note='2023 sanctions on Dodik and his patronage network')
ev(17, 'again', 'SANCTION', None, ('The U.S.', 'USA', 'GOV'), ('Dodik', 'BIH', 'GOV'), note='second round, January 2025')
ev(18, 'punitive action', 'SANCTION', None, ('the U.S.', 'USA', 'GOV'), ('Dodik', 'BIH', 'GOV'), mod='hypothetical',
   note='VOA question whether the U.S. is considering punitive action; Rubio trip to Jeddah (no counterpart named) not coded; "did not want to see a partition" is an opinion')
ev(20, 'options', 'SANCTION', None, ('we', 'USA', 'GOV'), (None, 'BIH', 'GOV'), mod='hypothetical',
   note='Rubio: reviewing options (punitive action against Dodik) for what to do next; weak')
ev(23, 'disrespect', 'ACCUSE', 'disapprove', ('Milos Davidovic', 'BIH', 'EDU'), ('Dodik', 'BIH', 'GOV'),
   note='law professor criticises Dodik\'s disrespect for state institutions')
ev(24, 'hybrid operations', 'ACCUSE', 'allege', ('Ahmed Kico', 'BIH', None), ('Dodik', 'BIH', 'GOV'),
   note='expert calls the actions of Dodik and the RS assembly hybrid operations (compound recipient with the assembly)')
ev(24, 'at the behest of', 'ACCUSE', 'allege', ('Ahmed Kico', 'BIH', None), ('the Russian Federation and Serbia', 'RUS', 'GOV'),
   note='same statement, alleging Russian and Serbian direction (compound RUS + SRB); the alleged instigation itself not coded')
ev(25, 'arrived', 'AID', None, ('additional European peacekeepers', 'IGO', 'MIL'), ('Bosnia', 'BIH', 'GOV'),
   note='EUFOR reinforcements (peacekeeping, CAMEO 074 -> AID, precedent MINUSCA); alternative MOBILIZE/troops')
S.save()
