from lib import Story
S = Story('voa-8009973')
ev = S.ev
CN = (None, 'CHN', 'GOV')
ev(0, 'praise', 'SUPPORT', None, ('Foreign bloggers', None, 'MED'), ('China', 'CHN', 'GOV'),
   note='habitual praise of China by a named class of actors (aggregate with named actor); bloggers/influencers coded MED, country null (various)')
ev(3, 'cooperate with', 'COOPERATE', None, ('Foreign influencers', None, 'MED'), ('the Chinese government', 'CHN', 'GOV'),
   note='content cooperation with the government, state media and third parties (compound recipient); "supports government narratives" is the aim, not coded; s.2 "tradition ... to use foreigners" (generic) not coded')
ev(4, 'whitewashing', 'SUPPORT', None, ('foreign influencers', None, 'MED'), CN,
   note='defending China over Xinjiang abuses (verbal support; weak)')
ev(4, 'human rights abuses', 'COERCE', None, CN, (None, 'CHN', 'CVL'),
   note='abuses in Xinjiang presupposed as fact (Uyghurs, next sentence); mode null')
ev(5, 'have been confined in internment camps', 'COERCE', 'arrest', CN, ('more than 1 million people', 'CHN', 'CVL'),
   note='UN/Amnesty estimate reported = asserted; the estimating is a statement, not coded as ACCUSE')
ev(9, 'celebrity treatment', 'SUPPORT', None, ('Chinese authorities', 'CHN', 'GOV'), ('Detrez', 'FRA', 'MED'),
   note='official celebration of the French blogger (weak); "touring across China" not coded as a visit')
ev(9, 'profiled him as a hero', 'SUPPORT', None, ('state media outlets', 'CHN', 'MED'), ('him', 'FRA', 'MED'), note='praise')
ev(10, 'exposed Detrez as a fraud', 'ACCUSE', 'allege', ('historians', None, 'EDU'), ('Detrez', 'FRA', 'MED'),
   note='his claim of donating the photos (s.8) not coded as AGREE (not aid)')
ev(14, 'praising', 'SUPPORT', None, ('he', 'RUS', 'MED'), ('China', 'CHN', 'GOV'),
   note='Fulafu (Russian blogger) habitually praising life in China')
ev(15, 'ostentatious displays of affection', 'SUPPORT', None, ('his', 'RUS', 'MED'), ('China', 'CHN', 'GOV'),
   note='noun re-mention of his praise of China (inside the ASPI quote)')
ev(15, 'identifying him as a Chinese government propagandist', 'ACCUSE', 'allege', ('the Australian Strategic Policy Institute', 'AUS', 'NGO'), ('him', 'RUS', 'MED'),
   note='ASPI = Australian think tank (NGO)')
ev(21, 'critical of', 'ACCUSE', 'disapprove', ('Kowal', 'USA', 'MED'), ('New York City authorities', 'USA', 'GOV'),
   note='videos criticizing NYC COVID handling')
ev(22, 'claiming', 'ACCUSE', 'allege', ('He', 'USA', 'MED'), ('the U.S. military', 'USA', 'MIL'),
   note='conspiracy theory blaming the U.S. military for the coronavirus')
ev(22, 'brought the coronavirus to China', 'ASSAULT', 'unconventional', ('the U.S. military', 'USA', 'MIL'), ('China', 'CHN', None),
   mod='hypothetical', note='content of the (debunked) accusation: biological attack (weak)')
ev(24, 'profiled Kowal', 'SUPPORT', None, ('The China Newsweek magazine', 'CHN', 'MED'), ('Kowal', 'USA', 'MED'),
   note='praise ("most influential", "war correspondent"); CCTV interview/broadcast (s.20, 23) not coded (media interview)')
ev(29, 'accused', 'ACCUSE', 'allege', ('Chinese democracy activists in exile', 'CHN', 'NGO'), ('YChina', 'CHN', 'BUS'),
   note='activists = NGO (gold precedent for human rights activists); YChina = MCN company (BUS), Israeli-Chinese founders')
ev(29, 'supporting', 'SUPPORT', None, ('YChina', 'CHN', 'BUS'), (None, 'CHN', 'GOV'), mod='hypothetical',
   note='content of the accusation: supporting government propaganda')
ev(30, 'gathered', 'CONSULT', 'visit', ('the China Public Diplomacy Association', 'CHN', 'GOV'), ('more than 30 foreign influencers from 25 countries', None, 'MED'),
   note='hosting foreign influencers for a training camp and city tours (host a visit); association under MFA supervision coded GOV (alternative NGO)')
ev(31, 'were asked', 'REQUEST', None, (None, 'CHN', 'GOV'), ('The bloggers', None, 'MED'),
   note='the association asking them to record and share their experiences')
ev(32, 'boost', 'SUPPORT', None, ('China’s state-controlled media outlets', 'CHN', 'MED'), ('such bloggers', None, 'MED'),
   note='promoting the bloggers (weak)')
ev(33, 'series', 'SUPPORT', None, ("the Xinhua News Agency's", 'CHN', 'MED'), ('foreign internet celebrities', None, 'MED'),
   note='instance of state media boosting bloggers (weak)')
ev(33, 'praising', 'SUPPORT', None, ('influencers from all over the world', None, 'MED'), CN,
   note='praising China\'s cities ("cleanest streets")')
ev(36, 'very hypocritical', 'ACCUSE', 'disapprove', ('Ohlberg', 'USA', 'NGO'), ('the Communist Party', 'CHN', 'GOV'),
   note='Ohlberg = German Marshall Fund (of the United States) fellow, USA NGO; CCP coded GOV (ruling party-state); s.34 "wants to show ... not what rights groups say" and s.35 not coded')
ev(36, 'allows these people to go only where it wants them to go', 'COERCE', 'restrict', ('the Communist Party', 'CHN', 'GOV'), ('these people', None, 'MED'),
   note='movement restrictions on visiting influencers (asserted in the quote); s.37 generic conditional ("if you\'re critical ... won\'t get the opportunity") not coded')
S.save()
