from lib import Story
S = Story('voa-8007739')
ev = S.ev
US = (None, 'USA', 'GOV')
CN = (None, 'CHN', 'GOV')
ev(0, 'encourage', 'REQUEST', None, ("China's leaders", 'CHN', 'GOV'), ('AI companies', 'CHN', 'BUS'),
   note='government encouraging (urging) domestic AI companies; weak; competing with the U.S. is not an event')
ev(1, 'restrictions', 'SANCTION', 'discontinue', ('U.S.', 'USA', 'GOV'), ('Chinese business', 'CHN', 'BUS'),
   note='noun mention of existing U.S. export/trade restrictions on Chinese firms (sanctions precedent; CAMEO 163 would give COERCE/restrict)')
ev(2, 'works directly with', 'COOPERATE', None, ('The government in China', 'CHN', 'GOV'), ('the private sector and universities', 'CHN', 'BUS'),
   note='state-business-academia cooperation on AI (domestic, weak); compound recipient BUS + EDU; "reducing dependence on imports" not coded')
ev(5, 'banned', 'SANCTION', 'discontinue', ('The U.S.', 'USA', 'GOV'), CN,
   note='ban on supplying advanced chips (export ban) to China, recipient clear from context')
ev(22, 'convened a meeting', 'CONSULT', None, ('Chinese President Xi Jinping', 'CHN', 'GOV'), ('heads of private companies', 'CHN', 'BUS'),
   note='subheading "Communist Party control" runs into the sentence')
ev(22, 'calling on', 'REQUEST', None, ('Chinese President Xi Jinping', 'CHN', 'GOV'), ('them', 'CHN', 'BUS'),
   note='calling on them to "show your talent"')
ev(22, 'restrictions', 'SANCTION', 'discontinue', ('U.S.', 'USA', 'GOV'), ('Chinese business', 'CHN', 'BUS'),
   note='noun re-mention of the U.S. restrictions (as in s.1)')
ev(23, 'media censorship', 'COERCE', 'censor', CN, (None, 'CHN', 'MED'),
   note='existing Chinese media censorship presupposed in Creemers quote (weak); "political censorship" in s.25 (what industries tolerate) not coded as generic')
ev(27, 'ban', 'SANCTION', 'discontinue', ('US', 'USA', 'GOV'), CN,
   note='subheading "US ban on advanced chips" runs into the Casanova quote; noun mention of the chip export ban')
ev(28, 'restrictions imposed', 'SANCTION', 'discontinue', ('the U.S.', 'USA', 'GOV'), ('Companies such as Huawei', 'CHN', 'BUS'),
   note='U.S. restrictions on Chinese chip firms')
ev(34, 'impose restrictions', 'SANCTION', 'discontinue', ('the Trump administration', 'USA', 'GOV'), ('the Chinese AI model', 'CHN', 'BUS'),
   mod='hypothetical', note='"could impose restrictions" on DeepSeek')
ev(35, 'restriction', 'COERCE', 'censor', ('China’s', 'CHN', 'GOV'), ('ChatGPT', 'USA', 'BUS'),
   note='China restricting the use of ChatGPT (censorship rules); "It could also react" (unspecified U.S. response) not coded')
ev(39, 'develop an AI tool for potential military applications', 'MOBILIZE', 'weapons', ('the Chinese army', 'CHN', 'MIL'), None,
   note='military AI development with Meta\'s Llama (weak; rearmament-like); use of a publicly available model is not cooperation with Meta; PLA air force AI pilot screening (s.36) not coded')
S.save()
