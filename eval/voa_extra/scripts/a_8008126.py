from lib import Story
S = Story('voa-8008126', nosplit=(2882,))
ev = S.ev
US_JUD = (None, 'USA', 'JUD')
# [0]
ev(0, 'tried to kill', 'ASSAULT', None, ('A self-described member of a Russian organized crime group', 'RUS', 'CRM'),
   ('the Iranian American journalist and VOA host Masih Alinejad', 'USA', 'JRN'),
   note='2022 assassination attempt (gunman came armed to her home; attempt coded asserted); Mehdiyev is Azerbaijani, coded by affiliation (Russian crime group); testimony itself is not an event')
# [1]
ev(1, 'arrested', 'COERCE', 'arrest', (None, 'USA', 'COP'), ('he', 'RUS', 'CRM'), note='July 2022 arrest in Brooklyn')
# [2]
ev(2, 'charges', 'ACCUSE', 'allege', US_JUD, ('his associates Rafat Amirov and Polad Omarov', 'RUS', 'CRM'),
   note='trial on murder-for-hire and conspiracy charges ("a trial ... of" and "facing ... charges" = one occurrence); Amirov and Omarov are from Azerbaijan, coded by affiliation like Mehdiyev')
# [3]
ev(3, 'allegedly', 'ACCUSE', 'allege', ('prosecutors', 'USA', 'JUD'), ('The Islamic Revolutionary Guard Corps of Iran', 'IRN', 'MIL'),
   note='IRGC allegedly behind the plot')
ev(3, 'the plot', 'ASSAULT', None, ('The Islamic Revolutionary Guard Corps of Iran', 'IRN', 'MIL'), (None, 'USA', 'JRN'), mod='hypothetical',
   note='content of the allegation: IRGC behind the murder plot against Alinejad')
# [4]
ev(4, 'pleaded not guilty', 'REJECT', None, ('Amirov and Omarov', 'RUS', 'CRM'), US_JUD,
   note='denial of the charges (precedent: denials = REJECT)')
# [5]
ev(5, 'convicted', 'SANCTION', 'convict', US_JUD, ('they', 'RUS', 'CRM'), mod='hypothetical')
ev(5, 'decades in prison', 'COERCE', 'arrest', US_JUD, ('they', 'RUS', 'CRM'), mod='hypothetical',
   note='possible prison sentence if convicted')
# [6]
ev(6, 'highlights', 'ACCUSE', 'disapprove', ('Media advocates', None, 'NGO'), ('the Iranian government', 'IRN', 'GOV'),
   note='"how far the Iranian government will go to silence its critics"')
ev(6, 'silence its critics', 'COERCE', None, ('the Iranian government', 'IRN', 'GOV'), ('its critics', None, 'CVL'), mod='hypothetical',
   note='content of the media advocates\' charge (habitual repression of critics)')
# [8]
ev(8, 'say', 'ACCUSE', 'allege', ('Prosecutors', 'USA', 'JUD'), ('Amirov, 45, and Omarov, 40', 'RUS', 'CRM'),
   note='prosecution allegation: hired Mehdiyev to kill Alinejad; "a vocal critic of Tehran\'s human rights abuses" is an attributive label, not coded')
ev(8, 'kill', 'ASSAULT', None, ('Mehdiyev', 'RUS', 'CRM'), (('Alinejad', 0), 'USA', 'JRN'), mod='hypothetical',
   note='purpose of the alleged hiring (hiring itself has no PLOVER type)')
# [10]
ev(10, 'said', 'ACCUSE', 'allege', ('federal prosecutor Jacob Gutwillig', 'USA', 'JUD'), ('Tehran', 'IRN', 'GOV'),
   note='opening statement charging that Tehran offered $500,000 for the murder plan')
ev(10, 'offered to pay', 'AGREE', None, ('Tehran', 'IRN', 'GOV'), ('Amirov and Omarov', 'RUS', 'CRM'), mod='hypothetical',
   note='alleged offer of money (pledge not given = AGREE); the murder it was to pay for not coded separately')
# [11]
ev(11, 'hired guns', 'ACCUSE', 'allege', ('Gutwillig', 'USA', 'JUD'), ('The defendants', 'RUS', 'CRM'),
   note='also implicates the government of Iran (compound target: defendants + IRN GOV)')
# [12]
ev(12, 'almost gunned down', 'ASSAULT', None, ('a hitman sent by the defendants', 'RUS', 'CRM'), ('Masih Alinejad', 'USA', 'JRN'),
   note='the 2022 assassination attempt (re-mention, in prosecutor quote); "almost" = attempt, coded asserted like s.0; alternative negated')
# [15]
ev(15, 'try to kill', 'ASSAULT', None, ('I', 'RUS', 'CRM'), ('the journalist', 'USA', 'JRN'),
   note='Mehdiyev quote: re-mention of the attempt; the stakeout/tracking (s.13-14) not coded (surveillance by a criminal, no PLOVER type)')
# [17]
ev(17, 'cooperating', 'COOPERATE', None, ('he', 'RUS', 'CRM'), ('prosecutors', 'USA', 'JUD'),
   note='judicial cooperation by the confessed gunman; guilty plea not coded (no PLOVER type), "attempted murder" is the object of the plea (anchor)')
# [18]
ev(18, 'faces at least 15 years in prison', 'COERCE', 'arrest', US_JUD, ('He', 'RUS', 'CRM'), mod='future',
   note='prospective sentence')
# [19]
ev(19, 'present', 'ACCUSE', 'allege', ('Prosecutors', 'USA', 'JUD'), ('Omarov', 'RUS', 'CRM'), mod='future',
   note='prosecutors will present evidence documenting the plan (weak)')
# [20]
ev(20, 'circumstantial', 'REJECT', None, ('Amirov’s lawyer, Michael Martin', 'USA', 'CVL'), US_JUD,
   note='defense rebuttal of the prosecution evidence (rejection of an accusation)')
ev(20, 'would not show', 'REJECT', None, ('Omarov’s lawyer, Michael Perkins', 'USA', 'CVL'), US_JUD,
   note='defense rebuttal; the plan to kill (content) not coded')
# [23]
ev(23, 'stood with a loaded gun', 'ASSAULT', None, ('that man', 'RUS', 'CRM'), ('my', 'USA', 'JRN'),
   note='Alinejad\'s post: re-mention of the 2022 attempt (gunman at her home); alternative THREATEN/violence')
# [26]
ev(26, 'want to kill her', 'ASSAULT', None, ('they', 'IRN', 'GOV'), ('her', 'USA', 'JRN'), mod='hypothetical',
   note='prosecutor quote; "they" = Iran\'s government (context)')
ev(26, 'That is why', 'ACCUSE', 'allege', US_JUD, ('they', 'IRN', 'GOV'),
   note='continuation of Gutwillig\'s opening statement (actor not named in the sentence), accusing Iran of wanting to kill Alinejad')
# [28]
ev(28, 'targeted', 'COERCE', None, (None, 'IRN', 'GOV'), ('Alinejad', 'USA', 'JRN'),
   note='aggregate targeting over years (plots, pressure on family); actor implied Iran; alternative ASSAULT')
# [29]
ev(29, 'allegedly', 'ACCUSE', 'allege', ('court documents', 'USA', 'JUD'), ('Iranian officials', 'IRN', 'GOV'))
ev(29, 'offered to pay', 'AGREE', None, ('Iranian officials', 'IRN', 'GOV'), ('Alinejad’s relatives in Iran', 'IRN', 'CVL'), mod='hypothetical',
   note='alleged 2018 offer; the apparent goal (luring her to Turkey, imprisonment in Iran) not coded (stated aims)')
# [30]
ev(30, 'refused', 'REJECT', None, ('The relatives', 'IRN', 'CVL'), (None, 'IRN', 'GOV'), note='refused the Iranian officials\' offer')
# [31]
ev(31, 'accused', 'ACCUSE', 'allege', US_JUD, ('Iranian operatives', 'IRN', 'SPY'), note='2021 U.S. indictment (accuser implied)')
ev(31, 'kidnap', 'ASSAULT', 'abduct', ('Iranian operatives', 'IRN', 'SPY'), ('Alinejad', 'USA', 'JRN'), mod='hypothetical',
   note='content of the accusation')
# [32]
ev(32, 'An indictment', 'ACCUSE', 'allege', ('An indictment', 'USA', 'JUD'), (None, 'IRN', 'SPY'))
ev(32, 'a plan to bring her', 'ASSAULT', 'abduct', (None, 'IRN', 'SPY'), ('her', 'USA', 'JRN'), mod='hypothetical',
   note='alleged kidnapping plan to Venezuela; Venezuela\'s "close ties with Iran" is a relation, not coded')
# [33]
ev(33, 'baseless', 'REJECT', None, ('Tehran', 'IRN', 'GOV'), (None, 'USA', 'JUD'),
   note='denial; the allegations (object of the rejection) not coded again (precedent)')
# [34]
ev(34, 'among the worst countries', 'ACCUSE', 'disapprove', ('rights groups', None, 'NGO'), ('Iran', 'IRN', 'GOV'),
   note='press-freedom ranking (precedent: Freedom House rating = ACCUSE disapprove)')
# [35]
ev(35, 'transnational repression', 'COERCE', None, ('The country', 'IRN', 'GOV'), (None, None, 'CVL'),
   note='aggregate transnational repression by Iran (named actor, main predication); targets dissidents abroad')
S.save()
