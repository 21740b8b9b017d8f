from lib import Story
S = Story('voa-6205696')
ev = S.ev
FR = (None, 'FRA', 'GOV')
EU = (None, 'IGO', 'GOV')
BAR = (None, 'FRA', 'ELI')
UK = (None, 'GBR', 'GOV')
HU = (None, 'HUN', 'GOV')
ev(0, 'Brexit negotiations', 'CONSULT', None, ('Former top European Union official Michel Barnier', 'IGO', 'GOV'), UK,
   note='the Brexit negotiations he led as EU chief negotiator (historical, asserted by "who led"); IGO GOV for his role then')
ev(0, 'should stop', 'REQUEST', 'change', ('Former top European Union official Michel Barnier', 'FRA', 'ELI'), FR,
   note='Barnier (former official = ELI, precedent; French politician, alternative FRA OPP/PTY) calls for halting immigration to France (title: "Calls for Immigration Halt")')
ev(0, 'immigration to France should stop', 'COERCE', 'restrict', FR, (None, None, 'CVL'), mod='hypothetical',
   note='proposed halt of immigration (content of the demand, concrete restrictive act)')
ev(0, 'needs reexamination', 'REQUEST', 'change', ('Former top European Union official Michel Barnier', 'FRA', 'ELI'), EU,
   note='Schengen system needs reexamination (addressed to the EU/member states); content not a codable act')
ev(1, '“not working”', 'ACCUSE', 'disapprove', ('The French politician', 'FRA', 'ELI'), ('the EU', 'IGO', 'GOV'),
   note='criticism of EU immigration policy; the external borders "a sieve" = same criticism; considering challenging Macron (candidacy) not coded')
ev(2, 'increasingly critical', 'ACCUSE', 'disapprove', ('nationalist populists in central and southern European countries', None, 'PTY'),
   ('the Schengen system', 'IGO', 'GOV'), note='populists\' criticism of Schengen (several countries, country null); "likely to be seized on" (forecast) not coded')
ev(3, 'need to take some time', 'REQUEST', 'change', ('The former French foreign minister', 'FRA', 'ELI'), FR,
   note='quoted version of the s.0 demand (coded again, events in quotations count)')
ev(3, 'suspend immigration', 'COERCE', 'restrict', ('we', 'FRA', 'GOV'), (None, None, 'CVL'), mod='hypothetical')
ev(4, 'we need to rebuild the whole process', 'REQUEST', 'change', ('He', 'FRA', 'ELI'), FR,
   note='weak; "refugees who must be treated with humanity" (aside) not coded')
ev(5, 'need to talk', 'REQUEST', 'change', BAR, FR,
   note='continuation of the quote: talk to neighbours about Schengen, possibly stricter border controls (one REQUEST for the sentence, contents coded hypothetical)')
ev(5, 'talk to our neighbors', 'CONSULT', None, ('We', 'FRA', 'GOV'), ('our neighbors', None, 'GOV'), mod='hypothetical',
   note='proposed talks with neighbouring (Schengen) states')
ev(5, 'put in stricter border controls', 'COERCE', 'restrict', ('we', 'FRA', 'GOV'), None, mod='hypothetical')
ev(6, 'might be necessary', 'REQUEST', 'change', ('He', 'FRA', 'ELI'), FR, note='tentative proposal (weak)')
ev(6, 'renegotiate Schengen rules', 'CONSULT', None, FR, EU, mod='hypothetical')
ev(6, 'reintroduce cross-border controls', 'COERCE', 'restrict', FR, ('EU citizens', None, 'CVL'), mod='hypothetical')
ev(7, 'railed against', 'ACCUSE', 'disapprove', ('Central European populist leaders', 'HUN', 'GOV'), ('Schengen', 'IGO', 'GOV'),
   note='compound actor (Orban named, HUN; other Central European leaders); Schengen = the EU system (IGO GOV)')
ev(8, 'declined to participate', 'REJECT', None, ('Orban and other Central European populists', 'HUN', 'GOV'), ('EU', 'IGO', 'GOV'),
   note='refusal to join the EU migrant burden-sharing (relocation) plan; the relocation itself (plan content) not coded')
ev(9, 'we will try to help with repatriation', 'AGREE', None, ('we', 'HUN', 'GOV'), ('you', 'IGO', 'GOV'),
   note='Orban\'s conditional offer at a summit (asserted AGREE, precedent h: conditional offer); pledge of help not given = AGREE; "at one summit" (adjunct) not coded')
ev(9, 'repatriate immigrants', 'COERCE', 'deport', ('you', 'IGO', 'GOV'), ('immigrants', None, 'CVL'), mod='hypothetical',
   note='condition of the offer')
ev(10, 'Shared distribution, not', 'REJECT', None, HU, EU, note='Orban rejects redistribution of asylum seekers (quote continues)')
ev(11, 'Shared repatriation would be very good', 'AGREE', None, HU, EU,
   note='endorses/proposes shared repatriation (proposing cooperation = AGREE; weak, alternative SUPPORT)')
ev(13, 'links', 'ACCUSE', 'allege', ('Barnier', 'FRA', 'ELI'), ('terrorist networks', None, 'REB'),
   note='alleges terrorist networks infiltrate migration flows (weak); s.12 Orban "rejected the idea"/"warned" (opinions) and s.14 "cited human trafficking as a major concern" (no target) not coded')
ev(19, 'Cherry picking is not an option', 'REJECT', None, ('he', 'IGO', 'GOV'), UK,
   note='2016, as EU negotiator: refusal to compromise (UK picking single-market freedoms); s.18 "emphasized ... indivisible" (same stance) and "strong advocate of Schengen" not coded')
ev(21, 'allowed much milder restrictions', 'CONCEDE', None, ('the EU', 'IGO', 'GOV'), UK, mod='hypothetical',
   note='FT correspondent\'s counterfactual; "Brexit would probably never have happened" not coded (counterfactual about a real event)')
ev(23, 'leveled a string of criticisms', 'ACCUSE', 'disapprove', ('the 70-year-old Barnier', 'FRA', 'ELI'), ('the bloc', 'IGO', 'GOV'),
   note='"Since leaving the EU bureaucracy" (end of mandate) and publishing a diary not coded')
ev(24, 'highly critical', 'ACCUSE', 'disapprove', ('he', 'FRA', 'ELI'), ('the British government', 'GBR', 'GOV'),
   note='also critical of Britain\'s decision to leave')
ev(24, 'decision to relinquish EU membership', 'SANCTION', 'withdraw', ('Britain', 'GBR', 'GOV'), ('EU', 'IGO', 'GOV'),
   note='Brexit (leaving the organization = reduction of relations); noun re-mention as object of criticism')
ev(24, 'decide to quit', 'SANCTION', 'withdraw', ('other member states', None, 'GOV'), ('Brussels', 'IGO', 'GOV'), mod='hypothetical',
   note='"could decide to quit" the EU (Barnier\'s warning, not a threat by him); recipient = EU, named in the sentence only as "Brussels"')
ev(24, 'is needed', 'REQUEST', 'change', ('he', 'FRA', 'ELI'), ('Brussels', 'IGO', 'GOV'), note='"less bureaucracy, more democracy" is needed in Brussels (weak)')
ev(26, 'a suggestion I’m making', 'REQUEST', 'change', ('I', 'FRA', 'ELI'), ('the upcoming French presidency', 'FRA', 'GOV'),
   note='suggestion to assess EU competencies (weak); s.25 "urgent that we demonstrate the added value" and s.27 fragment (return of competencies, same suggestion) not coded separately')
ev(29, 'broke with Brussels', 'REJECT', None, ('EU member states', None, 'GOV'), ('Brussels', 'IGO', 'GOV'),
   note='defied the Commission over border controls (several states, country null)')
ev(29, 'imposed unilaterally', 'COERCE', 'restrict', ('they', None, 'GOV'), None, note='pandemic border controls (travel restrictions = COERCE/restrict, as in voa-6205512)')
ev(30, 'shouldn’t close borders', 'REQUEST', 'change', ('EU officials', 'IGO', 'GOV'), ('national governments', None, 'GOV'),
   note='told = demanded; content (negative) not coded')
ev(31, 'were ignored', 'REJECT', None, (None, None, 'GOV'), ('They', 'IGO', 'GOV'), note='national governments ignored the EU officials\' demand (precedent: ignoring a summons = REJECT)')
S.save()
