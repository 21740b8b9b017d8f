from lib import Story
S = Story('voa-8010476', nosplit=(1230, 2943, 5273))
ev = S.ev
IRN = (None, 'IRN', 'GOV')
# [0]
ev(0, 'named', 'ACCUSE', 'allege', ('Western news reports', None, 'MED'), ('A second Iranian ship', 'IRN', 'GOV'),
   note='news reports naming the ship as part of an Iranian scheme to import a missile-propellant ingredient (allegation by media); recipient = the ship as instrument of the Iranian state scheme')
ev(0, 'import', 'COOPERATE', None, IRN, ('China', 'CHN', None), mod='hypothetical',
   note='alleged ("named as part of a scheme") Iranian import of missile-propellant chemical from China (trade = material cooperation, precedent: arms purchase = COOPERATE); seller China, sector unknown')
# [2]
ev(2, 'named', 'ACCUSE', 'allege', ('The Financial Times', 'GBR', 'MED'), ('Tehran', 'IRN', 'GOV'),
   note='compound actor: The Financial Times (GBR), The Wall Street Journal and CNN (USA)')
ev(2, 'import', 'COOPERATE', None, ('Tehran', 'IRN', 'GOV'), ('China', 'CHN', None), mod='hypothetical',
   note='content of the media allegation: Tehran importing 1,000 t of sodium perchlorate from China')
# [3]
ev(3, 'the purported shipment', 'COOPERATE', None, IRN, (None, 'CHN', None), mod='hypothetical',
   note='noun re-mention of the alleged import ("purported"); the intelligence sources\' assessment (could produce 260 missiles) not coded')
# [6] (+ "Treasury Department" merged)
ev(6, 'sanctioned', 'SANCTION', 'discontinue', ('the U.S. Treasury Department', 'USA', 'GOV'),
   ('Both the Golbon and the Jairan', 'IRN', 'BUS'), note='vessels of state-run IRISL; "U.S." split merged')
ev(6, ('sanctioned', 1), 'SANCTION', 'discontinue', (None, 'USA', 'GOV'),
   ('the state-run Islamic Republic of Iran Shipping Lines', 'IRN', 'BUS'), note='IRISL itself sanctioned (state-run company coded BUS)')
ev(6, 'called', 'ACCUSE', 'allege', ('the State Department', 'USA', 'GOV'),
   ('the state-run Islamic Republic of Iran Shipping Lines', 'IRN', 'BUS'),
   note='"the preferred shipping line for Iranian proliferators and procurement agents"')
# [18]
ev(16, 'import', 'COOPERATE', None, ('Iran', 'IRN', 'GOV'), ('China', 'CHN', None), mod='hypothetical',
   note='"Iran\'s purported use of the Golbon and Jairan to import sodium perchlorate from China"; being aware of the news reports is not an event')
# [19]
ev(17, 'hold Iran accountable through sanctions', 'SANCTION', 'discontinue', ('the State Department', 'USA', 'GOV'), (('Iran', 1), 'IRN', 'GOV'),
   note='ongoing U.S. sanctions on Iran (quoted spokesperson); "focused on preventing the proliferation" not coded (policy aim)')
# [20]
ev(18, 'abides by its own export controls', 'REJECT', None, ('Chinese Foreign Ministry spokesperson Mao Ning', 'CHN', 'GOV'), ('the news reports', None, 'MED'),
   note='denial of the media allegation (precedent: denials = REJECT); asserted that China abides by export controls')
ev(18, 'rejects', 'REJECT', None, (('China', 0), 'CHN', 'GOV'), ('other countries', None, 'GOV'),
   note='rejects unilateral sanctions imposed by other countries (chiefly the U.S.); the generic "imposition of sanctions" by unnamed countries not coded separately')
# [23]
ev(21, 'interdicted', 'COERCE', 'seize', (None, None, None), ('the Golbon', 'IRN', 'BUS'), mod='hypothetical', neg=True,
   note='analyst speculation: Iran testing whether the Golbon could sail without being interdicted')
# [24]
ev(22, 'under U.S. sanctions', 'SANCTION', 'discontinue', ('U.S.', 'USA', 'GOV'), ("Iran's missile industry", 'IRN', 'MIL'),
   note='standing U.S. sanctions on Iran\'s missile industry (relative clause, asserted)')
ev(22, 'interception', 'COERCE', 'seize', (None, None, None), ('Ships', 'IRN', 'BUS'), mod='hypothetical',
   note='"at risk of interception" (possibility, Brew quote)')
# [25]
ev(23, 'urging', 'REQUEST', None, ('Eight Republican U.S. senators', 'USA', 'LEG'), ('Secretary of State Marco Rubio', 'USA', 'GOV'),
   note='letter led by Risch and Ricketts urging Rubio to work with partners to intercept the shipments; the letter itself = same occurrence')
ev(23, 'the purported Iran-China chemical scheme', 'COOPERATE', None, ('Iran', 'IRN', 'GOV'), ('China', 'CHN', None), mod='hypothetical',
   note='noun re-mention of the alleged import')
ev(23, 'work with', 'COOPERATE', None, ('him', 'USA', 'GOV'), ('global partners of the U.S.', None, 'GOV'), mod='hypothetical',
   note='requested content: cooperation with partners to intercept shipments')
ev(23, 'to intercept and stop', 'COERCE', 'seize', ('him', 'USA', 'GOV'), ('the shipments currently underway', 'IRN', 'BUS'), mod='hypothetical',
   note='requested content (and conditional on reports being accurate)')
# [26]
ev(24, 'intercepted', 'COERCE', 'seize', (None, None, None), ('the Golbon', 'IRN', 'BUS'), neg=True,
   note='"no sign of the Golbon being intercepted"')
S.save()
