from lib import Story
S = Story('voa-6204569', nosplit=(2636,))
ev = S.ev
FG = (None, 'SOM', 'GOV')
INTL = (None, None, 'GOV')
ev(1, 'spoken out against', 'ACCUSE', 'disapprove', ('Opposition lawmakers', 'SOM', 'LEG'), FG,
   note='criticism of the term extension; the signing/vote on the extension itself (s.0, 3, 4) not coded: domestic legislation, no PLOVER type')
ev(1, 'spoken out against', 'ACCUSE', 'disapprove', ('donors', None, 'GOV'), FG,
   note='second actor of the sentence: donors and the international community (compound, countries unspecified)')
ev(2, 'no agreement', 'AGREE', None, FG, (None, 'SOM', 'GOV'), neg=True,
   note='no agreement (between the federal government and federal member states/opposition) on how to replace the president; delayed elections not coded (no actor)')
ev(5, 'denounced', 'ACCUSE', 'disapprove', ('Opposition lawmakers', 'SOM', 'LEG'), FG, note='including upper house members')
ev(6, 'urged', 'REQUEST', 'change', ('Ilyas Ali Hassan', 'SOM', 'LEG'), ('the president', 'SOM', 'GOV'),
   note='avoid decisions that threaten stability')
ev(7, 'urged', 'REQUEST', 'meet', ('He', 'SOM', 'LEG'), ('Farmajo', 'SOM', 'GOV'), note='return to talks on the electoral system (content not coded)')
ev(8, 'unconstitutional', 'ACCUSE', 'disapprove', ('Hassan', 'SOM', 'LEG'), ('Farmajo', 'SOM', 'GOV'),
   note='calls the extension unconstitutional, null and void, a threat to stability; target Farmajo and the lower house')
ev(9, 'urged', 'REQUEST', 'meet', ('we', 'SOM', 'LEG'), ('Farmajo', 'SOM', 'GOV'), note='same appeal restated in the quote (precedent)')
ev(10, 'The September deal', 'SUPPORT', None, FG, (None, 'SOM', 'GOV'),
   note='historical 17 September agreement (concluded agreement = SUPPORT, precedent voa-8010694); parties federal government and member states')
ev(11, 'talks', 'CONSULT', None, FG, ('the leaders of Puntland and Jubaland', 'SOM', 'GOV'),
   note='talks on the electoral impasse held and failed; Puntland/Jubaland = federal member states (SOM GOV)')
ev(11, 'placed blame', 'ACCUSE', 'allege', ('the government', 'SOM', 'GOV'), ('the leaders of Puntland and Jubaland', 'SOM', 'GOV'))
ev(12, 'will no longer recognize', 'SANCTION', None, ('Those leaders', 'SOM', 'GOV'), ('Farmajo', 'SOM', 'GOV'),
   note='declared withdrawal of recognition of Farmajo as president (reduction of relations); alternative REJECT or negated SUPPORT')
ev(15, 'calling for', 'REQUEST', 'change', ('Wasuge', 'SOM', 'NGO'), FG,
   note='call for electing a new caretaker government; addressees = Somali political leaders (implied). Civil society "argue" (s.13) not coded')
ev(17, 'published proposals', 'REQUEST', 'change', ('Somali Public Agenda', 'SOM', 'NGO'), FG,
   note='third-party proposal for a political agreement (REQUEST rather than AGREE for a non-party, as in the gold note on the UN envoy); weak')
ev(20, 'outside help', 'AID', None, (None, None, None), ('its people', 'SOM', 'CVL'),
   note='ongoing foreign (humanitarian) aid feeding Somalis; donors unnamed. Donors\' "voiced concern" (s.19) not coded (no target)')
ev(21, 'The fight against', 'ASSAULT', None, (None, 'SOM', 'MIL'), ('al-Shabab militants', 'SOM', 'REB'),
   note='ongoing fight against al-Shabab (al-Shabab SOM REB as in gold)')
ev(22, 'deeply disappointed', 'ACCUSE', 'disapprove', ('U.S. Secretary of State Antony Blinken', 'USA', 'GOV'), FG,
   note='"U.S." split merged; disapproval of the approval of the bill (target: Somali government/parliament)')
ev(23, 'threatened', 'THREATEN', 'restrict', (None, 'USA', 'GOV'), FG,
   note='the U.S. statement threatened sanctions and visa restrictions (actor = U.S., the statement is not a party)')
ev(24, 'considering sanctions', 'SANCTION', None, ('The European Union', 'IGO', 'GOV'), ('the Somali government', 'SOM', 'GOV'), mod='hypothetical',
   note='sanctions under consideration (not imposed)')
ev(24, 'warned', 'ACCUSE', 'disapprove', ('The European Union', 'IGO', 'GOV'), ('the Somali government', 'SOM', 'GOV'),
   note='warning that the government\'s actions would divide the country = criticism, not a threat of consequences (precedent voa-7677701)')
ev(26, 'sanctions', 'SANCTION', None, INTL, FG, mod='hypothetical', note='analyst: sanctions may be imminent')
ev(27, 'punitive measures', 'SANCTION', None, ('the international community', None, 'GOV'), FG, mod='hypothetical',
   note='expected punitive measures (analyst)')
ev(28, 'target sanctions', 'SANCTION', None, INTL, FG, mod='hypothetical', note='possible targeted sanctions: asset freeze and travel ban (one occurrence)')
ev(29, 'impose trade sanctions', 'SANCTION', 'discontinue', ('they', None, 'GOV'), ('Somalia', 'SOM', 'GOV'), mod='hypothetical',
   note='they = the international community')
ev(29, 'cutting foreign aid', 'SANCTION', None, ('they', None, 'GOV'), ('Somalia', 'SOM', 'GOV'), mod='hypothetical', note='aid halted (possible)')
ev(29, 'strengthening army embargo', 'SANCTION', None, ('they', None, 'GOV'), ('Somalia', 'SOM', 'GOV'), mod='hypothetical',
   note='tightening the arms embargo (possible)')
ev(29, 'the fight against al-Shabab', 'ASSAULT', None, (None, 'SOM', 'MIL'), ('al-Shabab', 'SOM', 'REB'),
   note='noun re-mention of the ongoing fight (the effect on it is hypothetical, the fight is real)')
ev(30, 'urged', 'REQUEST', 'meet', ('The United Nations', 'IGO', 'GOV'), ('Somali leaders', 'SOM', 'GOV'),
   note='appeal to agree on a way forward (appeal to settle, precedent voa-7677701 REQUEST meet)')
S.save()
