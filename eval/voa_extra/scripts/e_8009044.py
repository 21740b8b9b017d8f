from lib import Story
S = Story('voa-8009044')
ev = S.ev
HKJ = (None, 'HKG', 'JUD')
HKG = (None, 'HKG', 'GOV')
ev(0, 'brought the campaign', 'REQUEST', 'assist', ('The son of imprisoned pro-democracy publisher Jimmy Lai', 'HKG', 'CVL'),
   ('the Trump administration', 'USA', 'GOV'),
   note='lobbying the U.S. administration to help secure Lai\'s release (appeal for assistance); "imprisoned" attributive, not coded (precedent); Hong Kong parties coded HKG throughout (Lai = HKG JRN as publisher, precedent Zamora)')
ev(1, 'meet with', 'CONSULT', 'visit', ('Lai’s son Sebastien and their international legal team', 'HKG', 'CVL'),
   ('Trump administration officials and lawmakers', 'USA', 'GOV'),
   note='meetings in Washington this week; legal team international (country null); recipient includes lawmakers (LEG)')
ev(1, 'push for Lai’s release', 'REQUEST', 'yield', ('the United States', 'USA', 'GOV'), HKG, mod='hypothetical',
   note='hoped-for U.S. pressure for Lai\'s release (Hong Kong/Chinese authorities)')
ev(2, 'stands accused', 'ACCUSE', 'allege', HKJ, ('Lai', 'HKG', 'JRN'),
   note='prosecution for collusion and sedition under the national security law; "now-shuttered" Apple Daily and "Beijing-imposed" law are attributive, not coded')
ev(2, 'collusion with foreign forces', 'COOPERATE', None, ('Lai', 'HKG', 'JRN'), ('foreign forces', None, None), mod='hypothetical',
   note='content of the accusation (alleged collusion); weak')
ev(3, 'rejects', 'REJECT', None, ('He', 'HKG', 'JRN'), HKJ, note='denial of the charges (precedent: denials = REJECT)')
ev(3, 'charges', 'ACCUSE', 'allege', HKJ, ('He', 'HKG', 'JRN'), note='noun re-mention of the charges (precedent)')
ev(3, 'convicted', 'SANCTION', 'convict', HKJ, ('he', 'HKG', 'JRN'), mod='hypothetical',
   note='possible conviction and life sentence; "ongoing trial" here not coded separately')
ev(4, 'grateful', 'SUPPORT', None, ('We', 'HKG', 'CVL'), ('President Trump', 'USA', 'GOV'), note='Lai family thanking Trump (praise); weak')
ev(4, 'he will help release my father', 'AGREE', None, ('President Trump', 'USA', 'GOV'), ('my father', 'HKG', 'JRN'),
   note='Trump\'s promise to help free Lai (promise = AGREE; the promise itself asserted)')
ev(6, 'secure Lai’s release', 'AGREE', None, ('Trump', 'USA', 'GOV'), ('Lai', 'HKG', 'JRN'),
   note='October 2024 campaign promise, conditional on re-election (promise asserted)')
ev(7, 'get him out', 'RETREAT', 'release', ('I', 'USA', 'GOV'), ('him', 'HKG', 'JRN'), mod='hypothetical',
   note='Trump quote (pre-election): securing Lai\'s release; following "He\'ll be easy to get out" not coded again')
ev(11, 'calls for Lai’s immediate release', 'REQUEST', 'yield', ('the United States', 'USA', 'GOV'), HKG,
   note='stated by a State Department spokesperson; addressee Hong Kong/Chinese authorities; White House not replying to VOA (previous sentence) not coded')
ev(12, 'trial', 'ACCUSE', 'allege', HKJ, ('Lai', 'HKG', 'JRN'), note='noun mention of the prosecution (precedent: case = ACCUSE allege)')
ev(12, 'unjust detention', 'COERCE', 'arrest', HKG, ('Lai', 'HKG', 'JRN'), note='noun mention of the detention')
ev(12, 'example of how China uses vague national security laws', 'ACCUSE', 'disapprove', (None, 'USA', 'GOV'), ('China', 'CHN', 'GOV'),
   note='State Department spokesperson (named after the quote as "the spokesperson") criticising China')
ev(12, 'suppress fundamental freedoms', 'COERCE', 'restrict', ('China', 'CHN', 'GOV'), (None, 'HKG', 'CVL'), mod='hypothetical',
   note='content of the accusation (suppression of freedoms)')
ev(13, 'has been held in solitary confinement', 'COERCE', 'arrest', HKG, ('Lai', 'HKG', 'JRN'), note='ongoing detention since late 2020')
ev(14, 'His trial', 'ACCUSE', 'allege', HKJ, ('His', 'HKG', 'JRN'), note='ongoing trial since December 2023')
ev(14, 'politically motivated', 'ACCUSE', 'disapprove', (None, None, None), HKJ, note='"widely viewed as" politically motivated: critics unnamed')
ev(15, 'rejected', 'REJECT', None, ('Hong Kong authorities', 'HKG', 'GOV'), (None, None, None),
   note='rejecting accusations that the trial is unfair; "maintain that press freedom ... intact" part of the same denial; accusers unspecified (precedent); "Lai\'s trial" inside the accusation not coded again')
ev(15, 'accusations', 'ACCUSE', 'disapprove', (None, None, None), ('Hong Kong authorities', 'HKG', 'GOV'), note='noun re-mention of the criticism (precedent)')
ev(16, 'suggested', 'REQUEST', None, ('Mark Clifford', 'USA', 'NGO'), ('the U.S. government', 'USA', 'GOV'),
   note='proposal that the U.S. sanction Hong Kong officials (calling for sanctions = REQUEST); Committee for Freedom in Hong Kong = U.S.-based NGO')
ev(16, 'use sanctions', 'SANCTION', None, ('the U.S. government', 'USA', 'GOV'), ('Hong Kong officials', 'HKG', 'GOV'), mod='hypothetical',
   note='proposed sanctions')
ev(17, 'suggested', 'REQUEST', None, ('Clifford', 'USA', 'NGO'), ('the United States', 'USA', 'GOV'),
   note='proposal to close the Hong Kong trade offices in the U.S.')
ev(17, 'shutter', 'SANCTION', None, ('the United States', 'USA', 'GOV'), ('the Hong Kong Economic and Trade Offices', 'HKG', 'GOV'), mod='hypothetical',
   note='possible closure of HK government offices (reduction of relations; mode could be expel)')
ev(19, 'find Lai guilty', 'SANCTION', 'convict', ('the government-appointed judges', 'HKG', 'JUD'), (('Lai', 0), 'HKG', 'JRN'), mod='hypothetical',
   note='expected conviction ("are likely to")')
ev(19, 'releasing Lai', 'RETREAT', 'release', ('Beijing', 'CHN', 'GOV'), (('Lai', 2), 'HKG', 'JRN'), mod='hypothetical',
   note='Simon: releasing Lai may be in Beijing\'s interest; "The world is campaigning for you" (generic, s.21) not coded')
ev(22, 'you release him', 'RETREAT', 'release', (('you', 1), 'CHN', 'GOV'), ('him', 'HKG', 'JRN'), mod='hypothetical',
   note='"If you\'re China and you release him" (you = China)')
ev(24, 'expressed concern', 'ACCUSE', 'disapprove', ('Jimmy Lai’s international legal team', None, 'CVL'), HKG,
   note='concern with a target: the detention conditions imposed by the HK authorities (international legal team: country null, precedent)')
ev(24, 'is being held', 'COERCE', 'arrest', HKG, ('the publisher', 'HKG', 'JRN'), note='ongoing detention')
ev(24, 'no access to specialized medical care', 'COERCE', None, HKG, ('the publisher', 'HKG', 'JRN'), mod='hypothetical',
   note='contested conditions (rejected by the authorities in the next sentence): content of the legal team\'s claim; prolonged solitary confinement part of the same list (asserted in s.13)')
ev(25, 'rejected', 'REJECT', None, ('Hong Kong authorities', 'HKG', 'GOV'), (None, None, 'CVL'), note='rejecting the legal team\'s claims (denial = REJECT)')
ev(25, 'claims', 'ACCUSE', 'disapprove', (None, None, 'CVL'), ('Hong Kong authorities', 'HKG', 'GOV'), note='noun re-mention of the legal team\'s claims (precedent)')
ev(30, 'read out the charges', 'ACCUSE', 'allege', ('Hong Kong prosecutor Anthony Chau', 'HKG', 'JUD'), ('the elder Lai', 'HKG', 'JRN'),
   note='charges and alleged conspiracies read at the end of cross-examination; asking Lai whether he agreed not coded; "national security trial" adjunct not coded again')
ev(31, 'disagree', 'REJECT', None, ('I', 'HKG', 'JRN'), HKJ, note='Lai rejects the charges in court; "Totally rubbish" (next sentence) is the same rejection, not coded again')
ev(35, 'bipartisan support', 'SUPPORT', None, (None, 'USA', 'LEG'), (('Lai', 0), 'HKG', 'JRN'),
   note='bipartisan (congressional) support in Washington for Lai')
ev(36, 'coordinate their efforts and work together', 'COOPERATE', None, ('the United States', 'USA', 'GOV'), ('the United Kingdom', 'GBR', 'GOV'), mod='hypothetical',
   note='Gallagher hopes the U.S. and UK will cooperate to secure Lai\'s release; her hoping is not a REQUEST; "extremely worried" (s.37) concern without target not coded')
S.save()
