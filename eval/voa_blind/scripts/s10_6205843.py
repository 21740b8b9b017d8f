from lib import Story
S = Story('voa-6205843', nosplit=(2473,))
ev = S.ev
R = ('Rasmussen', 'DNK', 'NGO')
ev(0, 'sanctioned', 'SANCTION', None, ('Beijing', 'CHN', 'GOV'), ('The Alliance of Democracies', 'DNK', 'NGO'),
   note='Chinese sanctions on the Copenhagen-based NGO')
ev(1, 'concluded a Democracy Summit', 'CONSULT', 'multilateral', ('The organization', 'DNK', 'NGO'), None)
ev(1, 'called on', 'REQUEST', None, ('The organization', 'DNK', 'NGO'), ('democratic nations', None, 'GOV'),
   note='call for collective economic defense')
ev(1, 'weaponized', 'COERCE', None, ('Beijing', 'CHN', 'GOV'), None, note='trade weaponized by Beijing (economic coercion, asserted by the article)')
ev(4, 'spread disinformation', 'COERCE', 'misinformation', ('Russian bots', 'RUS', None), None, note='inside Rasmussen quote')
ev(4, 'expressed concern', 'ACCUSE', 'disapprove', R, ('China', 'CHN', 'GOV'),
   note='concern about China\'s economic coercion (has a target, so coded; Rasmussen as head of the Alliance of Democracies)')
ev(4, 'economic coercion', 'COERCE', None, ('China', 'CHN', 'GOV'), None, note='"China\'s campaign of economic coercion"')
ev(5, 'must find ways to counter it', 'REQUEST', None, ('he', 'DNK', 'NGO'), ('the free world', None, 'GOV'), note='weak: conditional call')
ev(8, 'urging', 'REQUEST', None, ('his organization', 'DNK', 'NGO'), ('like-minded individuals and governments', None, 'GOV'),
   note='to co-sign the Copenhagen Charter')
ev(9, 'calls on', 'REQUEST', None, ('The Charter', 'DNK', 'NGO'), ('democratic nations', None, 'GOV'), note='"economic Article 5"')
ev(10, 'pointed to', 'ACCUSE', 'disapprove', ('Rasmussen', 'DNK', 'NGO'), ('China', 'CHN', 'GOV'))
ev(10, 'punitive measures', 'SANCTION', 'discontinue', ('China', 'CHN', 'GOV'), ('Australia', 'AUS', 'GOV'))
ev(10, 'refusal', 'REJECT', None, ('the latter', 'AUS', 'GOV'), ('Beijing', 'CHN', 'GOV'))
ev(10, 'demands', 'REQUEST', None, ('Beijing', 'CHN', 'GOV'), (None, 'AUS', 'GOV'), note='noun mention of Beijing\'s demands')
ev(10, 'threatened', 'THREATEN', 'restrict', (('China', 1), 'CHN', 'GOV'), ('many other democracies', None, 'GOV'),
   note='aggregate, inside Rasmussen quote')
ev(11, 'urged', 'REQUEST', None, ('He', 'DNK', 'NGO'), ('nations', None, 'GOV'), note='"these human rights abuses" (generic) not coded')
ev(13, 'visiting', 'CONSULT', 'visit', ('U.S. Secretary of State Antony Blinken', 'USA', 'GOV'), ('Australian Foreign Minister Marise Payne', 'AUS', 'GOV'),
   note='Payne visiting Washington')
ev(13, 'assured', 'SUPPORT', None, ('U.S. Secretary of State Antony Blinken', 'USA', 'GOV'), ('Australian Foreign Minister Marise Payne', 'AUS', 'GOV'),
   note='assurance of support against Chinese coercion (alternative AGREE)')
ev(13, 'economic coercion', 'COERCE', None, ('China', 'CHN', 'GOV'), ('Australia', 'AUS', 'GOV'), note='inside Blinken quote')
S.save()
