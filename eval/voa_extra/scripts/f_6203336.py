from lib import Story
S = Story('voa-6203336')
ev = S.ev
ICJ = (None, 'IGO', 'JUD')
KE = (None, 'KEN', 'GOV')
SO = (None, 'SOM', 'GOV')
ev(0, 'refused to attend', 'REJECT', 'meet', ('Kenya', 'KEN', 'GOV'), ("the United Nations' highest court", 'IGO', 'JUD'),
   note='boycott of the ICJ hearing (CAMEO 125/126 reject meeting/mediation -> REJECT meet); "long-running maritime dispute with Somalia" (state, adjunct) not coded')
ev(1, 'not participating', 'REJECT', 'meet', ('the Kenyan government', 'KEN', 'GOV'), ('The Hague-based International Court of Justice', 'IGO', 'JUD'),
   note='re-mention of the refusal with its own predicate (reasons cited in a letter); the letter/citing reasons is a statement')
ev(2, 'rejected', 'REJECT', None, ('Judge Joan Donoghue', 'IGO', 'JUD'), ('Kenya', 'KEN', 'GOV'),
   note='court president rejects Kenya\'s request to brief the court')
ev(2, 'request', 'REQUEST', None, ('Kenya', 'KEN', 'GOV'), ('it', 'IGO', 'JUD'), note='noun mention of Kenya\'s (asserted) request to brief the court')
ev(3, 'regrets', 'ACCUSE', 'disapprove', ('The court', 'IGO', 'JUD'), ('Kenya', 'KEN', 'GOV'),
   note='expressed regret at Kenya\'s decision = disapproval (quoted by Donoghue)')
ev(3, 'the decision of Kenya not to participate', 'REJECT', 'meet', ('Kenya', 'KEN', 'GOV'), ('The court', 'IGO', 'JUD'),
   note='noun re-mention of the refusal')
ev(8, 'filed several requests', 'REQUEST', None, ('Kenya', 'KEN', 'GOV'), ICJ,
   note='requests to postpone the hearing "along with other demands" (one event); s.4 materials filed and s.6-7 competing border claims not coded (claims not coded, precedent)')
ev(9, "Presenting his country's opening arguments", 'ACCUSE', 'allege', ("Somalia's Deputy Prime Minister Mahdi Mohamed Guled", 'SOM', 'GOV'), KE,
   note='Somalia\'s case against Kenya before the ICJ (litigation = ACCUSE allege, CAMEO 115); weak; "described the dispute as ..." is a statement')
ev(10, 'settle our dispute', 'AGREE', None, ('We', 'SOM', 'GOV'), ('Kenya', 'KEN', 'GOV'), mod='hypothetical',
   note='hoped-for bilateral settlement')
ev(10, 'negotiations', 'CONSULT', None, ('We', 'SOM', 'GOV'), ('Kenya', 'KEN', 'GOV'), mod='hypothetical',
   note='hoped-for bilateral negotiations')
ev(11, 'proved impossible', 'AGREE', None, SO, KE, neg=True,
   note='the bilateral settlement did not happen')
ev(13, 'cutting ties', 'SANCTION', 'withdraw', ('Mogadishu', 'SOM', 'GOV'), ('Kenya', 'KEN', 'GOV'),
   note='December 2020 break of diplomatic relations (CAMEO 161); "announced it was cutting" = done; s.12 "mounting diplomatic friction" (generic) not coded')
ev(13, 'allegedly meddling', 'ACCUSE', 'allege', ('Mogadishu', 'SOM', 'GOV'), ('Kenya', 'KEN', 'GOV'),
   note='Somalia\'s accusation of Kenyan interference (reason given for the break); the meddling itself has no clear PLOVER type, not coded')
S.save()
